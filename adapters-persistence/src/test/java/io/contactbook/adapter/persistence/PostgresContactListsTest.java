package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.out.ContactLists;
import io.contactbook.application.port.out.ContactLists.CountedList;
import io.contactbook.application.port.out.ContactLists.ListSlice;
import io.contactbook.application.port.out.ContactLists.MemberAdditions;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactList;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.list.ListChanges;
import io.contactbook.domain.list.ListNameTaken;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.contactbook.adapter.persistence.TestContacts.NOW;
import static io.contactbook.adapter.persistence.TestContacts.newContact;
import static io.contactbook.domain.shared.Change.to;
import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class PostgresContactListsTest {

    @Inject
    ContactLists lists;

    @Inject
    Contacts contacts;

    @Inject
    TestDatabase database;

    @Test
    void aListReadBackHasEveryFieldItWasWrittenWith() {
        WorkspaceId workspace = database.newWorkspace();
        ContactList list = newList(workspace, "Newsletter", "Monthly readers");

        requiringNew().run(() -> lists.add(list));

        assertThat(requiringNew().call(() -> lists.find(workspace, list.id()))).contains(new CountedList(list, 0));
        assertThat(requiringNew().call(() -> lists.find(database.newWorkspace(), list.id()))).isEmpty();
    }

    @Test
    void theIndexRefusesASecondListOfOneNameInAnyCaseAndNothingIsWritten() {
        WorkspaceId workspace = database.newWorkspace();
        requiringNew().run(() -> lists.add(newList(workspace, "Newsletter", null)));

        assertThatThrownBy(() -> requiringNew().run(() -> lists.add(newList(workspace, "NEWSLETTER", null))))
                .isInstanceOf(ListNameTaken.class);
        assertThat(listRows(workspace)).isEqualTo(1);
        requiringNew().run(() -> lists.add(newList(database.newWorkspace(), "Newsletter", null)));
    }

    @Test
    void aRenameToATakenNameIsRefusedAndChangesNothing() {
        WorkspaceId workspace = database.newWorkspace();
        requiringNew().run(() -> lists.add(newList(workspace, "Newsletter", null)));
        ContactList leads = newList(workspace, "Leads", null);
        requiringNew().run(() -> lists.add(leads));

        assertThatThrownBy(() -> requiringNew().run(() -> lists.update(
                lists.findForUpdate(workspace, leads.id()).orElseThrow()
                        .apply(new ListChanges(to("newsletter"), Change.keep()), NOW))))
                .isInstanceOf(ListNameTaken.class);
        assertThat(requiringNew().call(() -> lists.find(workspace, leads.id())).orElseThrow().list().name().value())
                .isEqualTo("Leads");
    }

    @Test
    void concurrentCreatesOfOneNameMakeOneList() throws Exception {
        WorkspaceId workspace = database.newWorkspace();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(created(() -> lists.add(newList(workspace, "Newsletter", null)))));
            }
            long made = 0;
            for (Future<Boolean> outcome : outcomes) {
                made += outcome.get() ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
            assertThat(listRows(workspace)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void addingMembersTellsAddedFromAlreadyMembersAndLeavesOutOtherWorkspacesContacts() {
        WorkspaceId workspace = database.newWorkspace();
        ContactList list = stored(workspace, "Newsletter");
        ContactId ada = storedContact(workspace, "Ada");
        ContactId bob = storedContact(workspace, "Bob");
        ContactId foreign = storedContact(database.newWorkspace(), "Eve");
        addMembers(workspace, list, List.of(ada));

        MemberAdditions additions = addMembers(workspace, list, List.of(ada, bob, foreign, ContactId.generate()));

        assertThat(additions).isEqualTo(new MemberAdditions(Set.of(bob), Set.of(ada)));
        assertThat(memberCount(workspace, list)).isEqualTo(2);
    }

    @Test
    void addsAThousandMembersInOneGo() {
        WorkspaceId workspace = database.newWorkspace();
        ContactList list = stored(workspace, "Everyone");
        List<ContactId> thousand = requiringNew().call(() -> IntStream.range(0, 1000).mapToObj(i -> {
            Contact contact = newContact(workspace, input -> input.firstName(to("Contact " + i)));
            contacts.add(contact);
            return contact.id();
        }).toList());

        assertThat(addMembers(workspace, list, thousand).added()).hasSize(1000);
        assertThat(memberCount(workspace, list)).isEqualTo(1000);
    }

    @Test
    void aMemberIsRemovedOnceAndItsContactStays() {
        WorkspaceId workspace = database.newWorkspace();
        ContactList list = stored(workspace, "Newsletter");
        ContactId ada = storedContact(workspace, "Ada");
        addMembers(workspace, list, List.of(ada));

        assertThat(requiringNew().call(() -> lists.removeMember(workspace, list.id(), ada))).isTrue();
        assertThat(requiringNew().call(() -> lists.removeMember(workspace, list.id(), ada))).isFalse();
        assertThat(memberCount(workspace, list)).isZero();
        assertThat(database.contactRows(workspace)).isEqualTo(1);
    }

    @Test
    void membershipsGoWithTheirListAndWithTheirContact() {
        WorkspaceId workspace = database.newWorkspace();
        ContactList doomed = stored(workspace, "Doomed");
        ContactList kept = stored(workspace, "Kept");
        ContactId ada = storedContact(workspace, "Ada");
        ContactId bob = storedContact(workspace, "Bob");
        addMembers(workspace, doomed, List.of(ada, bob));
        addMembers(workspace, kept, List.of(ada, bob));

        assertThat(requiringNew().call(() -> lists.remove(workspace, doomed.id()))).isTrue();
        requiringNew().run(() -> contacts.remove(workspace, ada));

        assertThat(database.contactRows(workspace)).isEqualTo(1);
        assertThat(memberCount(workspace, kept)).isEqualTo(1);
        assertThat(((Number) database.value("SELECT count(*) FROM list_members WHERE workspace_id = ?",
                workspace.value())).longValue()).isEqualTo(1);
        assertThat(requiringNew().call(() -> lists.remove(workspace, doomed.id()))).isFalse();
    }

    @Test
    void pagesWalkEveryListOnceInTheOrderTheyWereMade() {
        WorkspaceId workspace = database.newWorkspace();
        List<ContactListId> made = IntStream.range(0, 7).mapToObj(i -> stored(workspace, "List " + i).id()).toList();
        stored(database.newWorkspace(), "Someone else's");

        List<ContactListId> seen = new ArrayList<>();
        Optional<ContactListId> after = Optional.empty();
        ListSlice slice;
        do {
            Optional<ContactListId> from = after;
            slice = requiringNew().call(() -> lists.page(workspace, from, 3));
            slice.lists().forEach(counted -> seen.add(counted.list().id()));
            after = Optional.of(seen.get(seen.size() - 1));
        } while (slice.hasMore());

        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(requiringNew().call(() -> lists.count(workspace))).isEqualTo(7);
    }

    @Test
    void theListFilterOfContactsLetsThroughItsMembersOnlyAlongWithTheOtherFilters() {
        WorkspaceId workspace = database.newWorkspace();
        ContactList list = stored(workspace, "Newsletter");
        ContactId ada = storedContact(workspace, "Ada");
        ContactId adam = storedContact(workspace, "Adam");
        storedContact(workspace, "Adalbert");
        storedContact(workspace, "Bob");
        addMembers(workspace, list, List.of(ada, adam));

        ContactFilter members = ContactFilter.membersOf(workspace, list.id().value());
        ContactFilter membersNamedAdam = new ContactFilter(workspace, Optional.of("adam"), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(list.id().value()));

        assertThat(matching(members)).containsExactlyInAnyOrder(ada, adam);
        assertThat(requiringNew().call(() -> contacts.count(members, 10).value())).isEqualTo(2);
        assertThat(matching(membersNamedAdam)).containsExactly(adam);
        assertThat(matching(ContactFilter.membersOf(database.newWorkspace(), list.id().value()))).isEmpty();
        assertThat(matching(ContactFilter.membersOf(workspace, ContactListId.generate().value()))).isEmpty();
    }

    private List<ContactId> matching(ContactFilter filter) {
        return requiringNew().call(() -> contacts.list(filter, ContactSort.DEFAULT, Optional.empty(), 0, 100))
                .contacts().stream().map(Contact::id).toList();
    }

    private static ContactList newList(WorkspaceId workspace, String name, String description) {
        return ContactList.create(ContactListId.generate(), workspace,
                new ListChanges(to(name), Change.toNullable(description)), NOW);
    }

    private ContactList stored(WorkspaceId workspace, String name) {
        ContactList list = newList(workspace, name, null);
        requiringNew().run(() -> lists.add(list));
        return list;
    }

    private ContactId storedContact(WorkspaceId workspace, String firstName) {
        Contact contact = newContact(workspace, input -> input.firstName(to(firstName)));
        requiringNew().run(() -> contacts.add(contact));
        return contact.id();
    }

    private MemberAdditions addMembers(WorkspaceId workspace, ContactList list, List<ContactId> members) {
        return requiringNew().call(() -> lists.addMembers(workspace, list.id(), members, NOW));
    }

    private long memberCount(WorkspaceId workspace, ContactList list) {
        return requiringNew().call(() -> lists.find(workspace, list.id())).orElseThrow().memberCount();
    }

    private long listRows(WorkspaceId workspace) {
        return ((Number) database.value("SELECT count(*) FROM contact_lists WHERE workspace_id = ?",
                workspace.value())).longValue();
    }

    /** True when the write committed, false when it was refused as a taken name. */
    private static Callable<Boolean> created(Runnable write) {
        return () -> {
            try {
                requiringNew().run(write);
                return true;
            } catch (ListNameTaken taken) {
                return false;
            }
        };
    }
}
