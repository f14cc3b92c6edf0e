package io.contactbook.application.service;

import io.contactbook.application.port.in.AddListMembersUseCase.AddListMembersCommand;
import io.contactbook.application.port.in.AddListMembersUseCase.MembersAdded;
import io.contactbook.application.port.in.ContactListView;
import io.contactbook.application.port.in.CreateContactListUseCase.CreateContactListCommand;
import io.contactbook.application.port.in.UpdateContactListUseCase.UpdateContactListCommand;
import io.contactbook.application.port.out.InMemoryContactLists;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.list.ListChanges;
import io.contactbook.domain.list.ListNameTaken;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactListCommandServiceTest {

    private static final Instant START = Instant.parse("2026-03-18T09:15:00.123456Z");
    private static final Instant START_IN_MILLIS = Instant.parse("2026-03-18T09:15:00.123Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final WorkspaceId workspace = workspaces.create("acme");
    private final WorkspaceId otherWorkspace = workspaces.create("globex");
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryContactLists lists = new InMemoryContactLists(contacts);
    private final ContactListCommandService service = new ContactListCommandService(lists, clock);

    @Nested
    class Creating {

        @Test
        void answersAnEmptyListStampedToTheMillisecond() {
            ContactListView created = create(workspace, "Newsletter");

            assertThat(created.name()).isEqualTo("Newsletter");
            assertThat(created.memberCount()).isZero();
            assertThat(created.createdAt()).isEqualTo(START_IN_MILLIS);
            assertThat(lists.count(workspace)).isEqualTo(1);
        }

        @Test
        void refusesANameTheWorkspaceAlreadyUsesInAnyCase() {
            create(workspace, "Newsletter");

            assertThatThrownBy(() -> create(workspace, "NEWSLETTER")).isInstanceOf(ListNameTaken.class);
            assertThat(lists.count(workspace)).isEqualTo(1);
        }

        @Test
        void takesANameAnotherWorkspaceUses() {
            create(otherWorkspace, "Newsletter");

            assertThat(create(workspace, "Newsletter").name()).isEqualTo("Newsletter");
        }
    }

    @Nested
    class Changing {

        @Test
        void renamesAndKeepsTheMembers() {
            ContactListId list = listId(create(workspace, "Newsletter"));
            service.add(new AddListMembersCommand(workspace, list, List.of(contact(workspace).toString())));
            clock.advance(Duration.ofMinutes(1));

            ContactListView renamed = service.update(new UpdateContactListCommand(workspace, list,
                    new ListChanges(Change.to("Weekly"), Change.to("Every Monday")))).orElseThrow();

            assertThat(renamed.name()).isEqualTo("Weekly");
            assertThat(renamed.description()).isEqualTo("Every Monday");
            assertThat(renamed.memberCount()).isEqualTo(1);
            assertThat(renamed.updatedAt()).isAfter(renamed.createdAt());
        }

        @Test
        void mayChangeOnlyTheCaseOfItsOwnName() {
            ContactListId list = listId(create(workspace, "newsletter"));

            assertThat(service.update(new UpdateContactListCommand(workspace, list,
                    new ListChanges(Change.to("Newsletter"), Change.keep()))).orElseThrow().name())
                    .isEqualTo("Newsletter");
        }

        @Test
        void refusesTheNameOfAnotherList() {
            create(workspace, "Newsletter");
            ContactListId list = listId(create(workspace, "Leads"));

            assertThatThrownBy(() -> service.update(new UpdateContactListCommand(workspace, list,
                    new ListChanges(Change.to("newsletter"), Change.keep())))).isInstanceOf(ListNameTaken.class);
        }

        @Test
        void findsNoListOfAnotherWorkspace() {
            ContactListId foreign = listId(create(otherWorkspace, "Newsletter"));

            assertThat(service.update(new UpdateContactListCommand(workspace, foreign,
                    new ListChanges(Change.to("Mine"), Change.keep())))).isEmpty();
            assertThat(service.delete(workspace, foreign)).isFalse();
            assertThat(lists.count(otherWorkspace)).isEqualTo(1);
        }
    }

    @Nested
    class AddingMembers {

        @Test
        void addsKnownContactsAndReportsTheRest() {
            ContactListId list = listId(create(workspace, "Newsletter"));
            ContactId ada = contact(workspace);
            ContactId foreign = contact(otherWorkspace);
            String unknown = UUID.randomUUID().toString();

            MembersAdded result = add(list, ada.toString(), foreign.toString(), unknown, "not-an-id");

            assertThat(result).isEqualTo(new MembersAdded(1, 0, List.of(foreign.toString(), unknown, "not-an-id")));
            assertThat(lists.members(workspace, list)).containsExactly(ada);
        }

        @Test
        void isIdempotent() {
            ContactListId list = listId(create(workspace, "Newsletter"));
            ContactId ada = contact(workspace);
            ContactId bob = contact(workspace);
            add(list, ada.toString());

            MembersAdded again = add(list, ada.toString(), bob.toString(), bob.toString());

            assertThat(again).isEqualTo(new MembersAdded(1, 1, List.of()));
            assertThat(lists.members(workspace, list)).containsExactly(ada, bob);
        }

        @Test
        void reportsAnUnknownIdOnceHoweverOftenItWasSent() {
            ContactListId list = listId(create(workspace, "Newsletter"));

            assertThat(add(list, "x", "x").notFound()).containsExactly("x");
        }

        @Test
        void readsOnlyTheCanonicalSpellingOfAnId() {
            ContactListId list = listId(create(workspace, "Newsletter"));
            ContactId ada = contact(workspace);

            assertThat(add(list, ada.toString().toUpperCase()).added()).isEqualTo(1);
            assertThat(add(list, "{" + ada + "}").notFound()).hasSize(1);
        }

        @Test
        void takesAThousandIdsButNotOneMore() {
            ContactListId list = listId(create(workspace, "Newsletter"));
            List<String> thousand = new ArrayList<>();
            IntStream.range(0, 1000).forEach(i -> thousand.add(contact(workspace).toString()));

            assertThat(service.add(new AddListMembersCommand(workspace, list, thousand)).orElseThrow().added())
                    .isEqualTo(1000);
            List<String> tooMany = new ArrayList<>(thousand);
            tooMany.add(contact(workspace).toString());
            assertThatThrownBy(() -> new AddListMembersCommand(workspace, list, tooMany))
                    .isInstanceOf(RuleViolation.class);
        }

        @Test
        void refusesANullId() {
            ContactListId list = listId(create(workspace, "Newsletter"));

            assertThatThrownBy(() -> new AddListMembersCommand(workspace, list, Collections.singletonList(null)))
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(violation -> assertThat(((RuleViolation) violation).violations())
                            .containsOnlyKeys("contact_ids[0]"));
        }

        @Test
        void answersNothingForAListOfAnotherWorkspace() {
            ContactListId foreign = listId(create(otherWorkspace, "Newsletter"));

            assertThat(service.add(new AddListMembersCommand(workspace, foreign,
                    List.of(contact(workspace).toString())))).isEmpty();
        }
    }

    @Nested
    class RemovingMembers {

        @Test
        void takesTheContactOutAndKeepsIt() {
            ContactListId list = listId(create(workspace, "Newsletter"));
            ContactId ada = contact(workspace);
            add(list, ada.toString());

            assertThat(service.remove(workspace, list, ada)).isTrue();
            assertThat(lists.members(workspace, list)).isEmpty();
            assertThat(contacts.find(workspace, ada)).isPresent();
        }

        @Test
        void answersFalseForAContactThatIsNoMember() {
            ContactListId list = listId(create(workspace, "Newsletter"));

            assertThat(service.remove(workspace, list, contact(workspace))).isFalse();
            assertThat(service.remove(workspace, ContactListId.generate(), contact(workspace))).isFalse();
        }
    }

    @Test
    void deletingAListKeepsItsContacts() {
        ContactListId list = listId(create(workspace, "Newsletter"));
        ContactId ada = contact(workspace);
        add(list, ada.toString());

        assertThat(service.delete(workspace, list)).isTrue();
        assertThat(lists.find(workspace, list)).isEmpty();
        assertThat(contacts.find(workspace, ada)).isPresent();
        assertThat(service.delete(workspace, list)).isFalse();
    }

    private ContactListView create(WorkspaceId owner, String name) {
        return service.create(new CreateContactListCommand(owner, new ListChanges(Change.to(name), Change.keep())));
    }

    private MembersAdded add(ContactListId list, String... contactIds) {
        return service.add(new AddListMembersCommand(workspace, list, List.of(contactIds))).orElseThrow();
    }

    private ContactId contact(WorkspaceId owner) {
        Contact contact = Contact.create(ContactId.generate(), owner,
                ContactChanges.builder().firstName(Change.to("Ada")).build(), ContactPolicy.DEFAULTS, START);
        contacts.add(contact);
        return contact.id();
    }

    private static ContactListId listId(ContactListView view) {
        return new ContactListId(view.id());
    }
}
