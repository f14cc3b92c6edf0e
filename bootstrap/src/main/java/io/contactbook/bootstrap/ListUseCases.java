package io.contactbook.bootstrap;

import io.contactbook.application.port.in.AddListMembersUseCase;
import io.contactbook.application.port.in.CreateContactListUseCase;
import io.contactbook.application.port.in.DeleteContactListUseCase;
import io.contactbook.application.port.in.GetContactListsUseCase;
import io.contactbook.application.port.in.RemoveListMemberUseCase;
import io.contactbook.application.port.in.UpdateContactListUseCase;
import io.contactbook.application.port.out.ContactLists;
import io.contactbook.application.service.ContactListCommandService;
import io.contactbook.application.service.ContactListQueryService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires the list use cases as {@link UseCases} wires the contacts': each one becomes one transaction. */
@Singleton
public class ListUseCases {

    private final ContactListCommandService listCommands;
    private final ContactListQueryService listQueries;

    ListUseCases(ContactLists lists) {
        this.listCommands = new ContactListCommandService(lists, Clock.systemUTC());
        this.listQueries = new ContactListQueryService(lists);
    }

    @Produces
    @ApplicationScoped
    CreateContactListUseCase createList(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<CreateContactListUseCase> proxy) {
        return proxy.create(listCommands);
    }

    @Produces
    @ApplicationScoped
    UpdateContactListUseCase updateList(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<UpdateContactListUseCase> proxy) {
        return proxy.create(listCommands);
    }

    @Produces
    @ApplicationScoped
    DeleteContactListUseCase deleteList(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<DeleteContactListUseCase> proxy) {
        return proxy.create(listCommands);
    }

    @Produces
    @ApplicationScoped
    AddListMembersUseCase addListMembers(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<AddListMembersUseCase> proxy) {
        return proxy.create(listCommands);
    }

    @Produces
    @ApplicationScoped
    RemoveListMemberUseCase removeListMember(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<RemoveListMemberUseCase> proxy) {
        return proxy.create(listCommands);
    }

    @Produces
    @ApplicationScoped
    GetContactListsUseCase getLists(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<GetContactListsUseCase> proxy) {
        return proxy.create(listQueries);
    }
}
