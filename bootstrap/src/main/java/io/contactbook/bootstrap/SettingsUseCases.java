package io.contactbook.bootstrap;

import io.contactbook.application.port.in.ContactTagsUseCase;
import io.contactbook.application.port.in.TagCountsUseCase;
import io.contactbook.application.port.in.WorkspaceSettingsUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.CustomAttributes;
import io.contactbook.application.port.out.TagCounts;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.application.service.ContactTagService;
import io.contactbook.application.service.WorkspaceSettingsService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires tags, settings and custom attributes, each use case one transaction (see {@link UseCases}). */
@Singleton
public class SettingsUseCases {

    private final ContactTagService tags;
    private final WorkspaceSettingsService settings;

    SettingsUseCases(Contacts contacts, Workspaces workspaces, TagCounts tagCounts, CustomAttributes customAttributes) {
        this.tags = new ContactTagService(contacts, workspaces, tagCounts, Clock.systemUTC());
        this.settings = new WorkspaceSettingsService(workspaces, customAttributes);
    }

    @Produces
    @ApplicationScoped
    ContactTagsUseCase contactTags(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<ContactTagsUseCase> proxy) {
        return proxy.create(tags);
    }

    @Produces
    @ApplicationScoped
    TagCountsUseCase tagCounts(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<TagCountsUseCase> proxy) {
        return proxy.create(tags);
    }

    @Produces
    @ApplicationScoped
    WorkspaceSettingsUseCase workspaceSettings(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<WorkspaceSettingsUseCase> proxy) {
        return proxy.create(settings);
    }
}
