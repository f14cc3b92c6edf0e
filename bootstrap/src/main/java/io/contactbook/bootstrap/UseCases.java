package io.contactbook.bootstrap;

import io.contactbook.application.port.in.AuthenticateUseCase;
import io.contactbook.application.port.in.CreateContactUseCase;
import io.contactbook.application.port.in.CreateWorkspaceUseCase;
import io.contactbook.application.port.in.DeleteContactUseCase;
import io.contactbook.application.port.in.EnsureBootstrapKeyUseCase;
import io.contactbook.application.port.in.GetContactUseCase;
import io.contactbook.application.port.in.ListContactsUseCase;
import io.contactbook.application.port.in.LookupContactUseCase;
import io.contactbook.application.port.in.ManageApiKeysUseCase;
import io.contactbook.application.port.in.QuickCreateContactUseCase;
import io.contactbook.application.port.in.SearchContactsUseCase;
import io.contactbook.application.port.in.UpdateContactUseCase;
import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Conversations;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.application.service.AccessService;
import io.contactbook.application.service.ContactCommandService;
import io.contactbook.application.service.ContactQueryService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Wires the application services, which know no framework, to the adapters, and makes each use case one
 * transaction: ArC's {@link InterceptionProxy} puts the interceptors that {@link OneTransaction} declares
 * around every method of the produced use case.
 */
@Singleton
public class UseCases {

    private final ContactCommandService contactCommands;
    private final ContactQueryService contactQueries;
    private final AccessService access;

    UseCases(Contacts contacts, Workspaces workspaces, ApiKeys apiKeys, Conversations conversations,
             @ConfigProperty(name = "contactbook.api-key-cache-seconds", defaultValue = "5") int keyCacheSeconds) {
        Clock clock = Clock.systemUTC();
        this.contactCommands = new ContactCommandService(contacts, workspaces, clock);
        this.contactQueries = new ContactQueryService(contacts, workspaces, conversations);
        this.access = new AccessService(apiKeys, workspaces, clock, Duration.ofSeconds(keyCacheSeconds));
    }

    @Produces
    @ApplicationScoped
    CreateContactUseCase createContact(
            @BindingsSource(OneTransaction.class) InterceptionProxy<CreateContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    QuickCreateContactUseCase quickCreateContact(
            @BindingsSource(OneTransaction.class) InterceptionProxy<QuickCreateContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    UpdateContactUseCase updateContact(
            @BindingsSource(OneTransaction.class) InterceptionProxy<UpdateContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    DeleteContactUseCase deleteContact(
            @BindingsSource(OneTransaction.class) InterceptionProxy<DeleteContactUseCase> proxy) {
        return proxy.create(contactCommands);
    }

    @Produces
    @ApplicationScoped
    GetContactUseCase getContact(
            @BindingsSource(OneTransaction.class) InterceptionProxy<GetContactUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    LookupContactUseCase lookupContact(
            @BindingsSource(OneTransaction.class) InterceptionProxy<LookupContactUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    ListContactsUseCase listContacts(
            @BindingsSource(OneTransaction.class) InterceptionProxy<ListContactsUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    SearchContactsUseCase searchContacts(
            @BindingsSource(OneTransaction.class) InterceptionProxy<SearchContactsUseCase> proxy) {
        return proxy.create(contactQueries);
    }

    @Produces
    @ApplicationScoped
    AuthenticateUseCase authenticate(
            @BindingsSource(OneTransaction.class) InterceptionProxy<AuthenticateUseCase> proxy) {
        return proxy.create(access);
    }

    @Produces
    @ApplicationScoped
    EnsureBootstrapKeyUseCase ensureBootstrapKey(
            @BindingsSource(OneTransaction.class) InterceptionProxy<EnsureBootstrapKeyUseCase> proxy) {
        return proxy.create(access);
    }

    @Produces
    @ApplicationScoped
    ManageApiKeysUseCase manageApiKeys(
            @BindingsSource(OneTransaction.class) InterceptionProxy<ManageApiKeysUseCase> proxy) {
        return proxy.create(access);
    }

    @Produces
    @ApplicationScoped
    CreateWorkspaceUseCase createWorkspace(
            @BindingsSource(OneTransaction.class) InterceptionProxy<CreateWorkspaceUseCase> proxy) {
        return proxy.create(access);
    }

    /** The bindings every use case gets: one transaction per call, joined if the caller already has one. */
    @Transactional
    abstract static class OneTransaction {
    }
}
