package io.contactbook.application.service;

import io.contactbook.application.port.in.AddListMembersUseCase.AddListMembersCommand;
import io.contactbook.application.port.in.ContactListView;
import io.contactbook.application.port.in.CreateContactListUseCase.CreateContactListCommand;
import io.contactbook.application.port.in.GetContactListsUseCase.ContactListPage;
import io.contactbook.application.port.in.GetContactListsUseCase.ContactListsQuery;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.out.InMemoryContactLists;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.list.ListChanges;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.PageCursor;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactListQueryServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-18T09:15:00Z"));
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final WorkspaceId workspace = workspaces.create("acme");
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryContactLists lists = new InMemoryContactLists(contacts);
    private final ContactListCommandService commands = new ContactListCommandService(lists, clock);
    private final ContactListQueryService service = new ContactListQueryService(lists);

    @Test
    void answersAListWithItsMemberCount() {
        ContactListView created = create(workspace, "Newsletter");
        ContactId ada = contact();
        ContactId bob = contact();
        commands.add(new AddListMembersCommand(workspace, new ContactListId(created.id()),
                List.of(ada.toString(), bob.toString())));

        assertThat(service.get(workspace, new ContactListId(created.id())).orElseThrow().memberCount()).isEqualTo(2);
    }

    @Test
    void aDeletedContactIsNoLongerCounted() {
        ContactListView created = create(workspace, "Newsletter");
        ContactId ada = contact();
        commands.add(new AddListMembersCommand(workspace, new ContactListId(created.id()), List.of(ada.toString())));

        contacts.remove(workspace, ada);

        assertThat(service.get(workspace, new ContactListId(created.id())).orElseThrow().memberCount()).isZero();
    }

    @Test
    void findsNoListOfAnotherWorkspace() {
        ContactListView foreign = create(workspaces.create("globex"), "Newsletter");

        assertThat(service.get(workspace, new ContactListId(foreign.id()))).isEmpty();
        assertThat(service.all(new ContactListsQuery(workspace, 10, Optional.empty())).lists()).isEmpty();
    }

    @Test
    void walksEveryListOnceInTheOrderTheyWereMade() {
        List<UUID> made = new ArrayList<>();
        IntStream.range(0, 7).forEach(i -> made.add(create(workspace, "list " + i).id()));

        List<UUID> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        ContactListPage page;
        do {
            page = service.all(new ContactListsQuery(workspace, 3, cursor));
            page.lists().forEach(list -> seen.add(list.id()));
            assertThat(page.totalCount()).isEqualTo(7);
            cursor = page.nextCursor();
        } while (page.hasMore());

        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void refusesACursorItDidNotMake() {
        String contactsCursor = new PageCursor("another binding", List.of(UUID.randomUUID().toString())).encode();
        String notAnId = new PageCursor("contact_lists", List.of("nope")).encode();

        assertThatThrownBy(() -> service.all(new ContactListsQuery(workspace, 10, Optional.of(contactsCursor))))
                .isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> service.all(new ContactListsQuery(workspace, 10, Optional.of(notAnId))))
                .isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> service.all(new ContactListsQuery(workspace, 10, Optional.of("garbage"))))
                .isInstanceOf(InvalidQuery.class);
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThatThrownBy(() -> new ContactListsQuery(workspace, 0, Optional.empty())).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> new ContactListsQuery(workspace, 101, Optional.empty()))
                .isInstanceOf(InvalidQuery.class);
    }

    private ContactListView create(WorkspaceId owner, String name) {
        return commands.create(new CreateContactListCommand(owner, new ListChanges(Change.to(name), Change.keep())));
    }

    private ContactId contact() {
        Contact contact = Contact.create(ContactId.generate(), workspace,
                ContactChanges.builder().firstName(Change.to("Ada")).build(), ContactPolicy.DEFAULTS, clock.instant());
        contacts.add(contact);
        return contact.id();
    }
}
