package io.contactbook.bootstrap;

import io.contactbook.application.port.in.AuthenticateUseCase;
import io.contactbook.application.port.in.CreateContactUseCase;
import io.contactbook.application.port.in.DeleteContactUseCase;
import io.contactbook.application.port.in.EnsureBootstrapKeyUseCase;
import io.contactbook.application.port.in.GetContactUseCase;
import io.contactbook.application.port.in.ListContactsUseCase;
import io.contactbook.application.port.in.LookupContactUseCase;
import io.contactbook.application.port.in.QuickCreateContactUseCase;
import io.contactbook.application.port.in.SearchContactsUseCase;
import io.contactbook.application.port.in.UpdateContactUseCase;
import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.application.service.AccessService;
import io.contactbook.application.service.ContactCommandService;
import io.contactbook.application.service.ContactQueryService;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Wires the application services, which know no framework, to the adapters, and makes each use case one
 * transaction: the {@code @Transactional} on a producer binds the interceptor around every method of the
 * produced use case (ArC's {@link InterceptionProxy}).
 */
@Singleton
public class UseCases {

    private final ContactCommandService contactCommands;
    private final ContactQueryService contactQueries;
    private final AccessService access;

    UseCases(Contacts contacts, Workspaces workspaces, ApiKeys apiKeys) {
        Clock clock = Clock.systemUTC();
        this.contactCommands = new ContactCommandService(contacts, workspaces, clock);
        this.contactQueries = new ContactQueryService(contacts, workspaces);
        this.access = new AccessService(apiKeys, workspaces, clock);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    CreateContactUseCase createContact(InterceptionProxy<CreateContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    QuickCreateContactUseCase quickCreateContact(InterceptionProxy<QuickCreateContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    UpdateContactUseCase updateContact(InterceptionProxy<UpdateContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    DeleteContactUseCase deleteContact(InterceptionProxy<DeleteContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    GetContactUseCase getContact(InterceptionProxy<GetContactUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    LookupContactUseCase lookupContact(InterceptionProxy<LookupContactUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    ListContactsUseCase listContacts(InterceptionProxy<ListContactsUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    SearchContactsUseCase searchContacts(InterceptionProxy<SearchContactsUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    AuthenticateUseCase authenticate(InterceptionProxy<AuthenticateUseCase> proxy) {
        return proxy.create(access);
    }

    @Produces
    @ApplicationScoped
    @Transactional
    EnsureBootstrapKeyUseCase ensureBootstrapKey(InterceptionProxy<EnsureBootstrapKeyUseCase> proxy) {
        return proxy.create(access);
    }
}
