package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.CreateContactUseCase.CreateContactCommand;
import io.contactbook.application.port.in.DeleteContactUseCase.DeleteContactCommand;
import io.contactbook.application.port.in.QuickCreateContactUseCase.QuickCreateContactCommand;
import io.contactbook.application.port.in.QuickCreateContactUseCase.QuickCreateResult;
import io.contactbook.application.port.in.UpdateContactUseCase.UpdateContactCommand;
import io.contactbook.application.port.in.VersionMismatch;
import io.contactbook.application.port.out.ClaimedAfterLookUp;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContactCommandServiceTest {

    /** Sub-millisecond on purpose: the service stores times to the millisecond, as the API renders them. */
    private static final Instant START = Instant.parse("2026-03-18T09:15:00.123456Z");
    private static final Instant START_IN_MILLIS = Instant.parse("2026-03-18T09:15:00.123Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final WorkspaceId workspace = workspaces.create("acme");
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactCommandService service = new ContactCommandService(contacts, workspaces, clock);

    @Nested
    class Creating {

        @Test
        void answersTheNewContactWithItsFieldsNormalised() {
            ContactView created = create(changes()
                    .firstName(Change.to("  Ada "))
                    .lastName(Change.to("Lovelace"))
                    .email(Change.to(" Ada@Example.COM "))
                    .phone(Change.to("+44 20 7946 0958"))
                    .tags(Change.to(List.of(" VIP ", "vip", "Lead"))));

            assertThat(created.firstName()).isEqualTo("Ada");
            assertThat(created.name()).isEqualTo("Ada Lovelace");
            assertThat(created.email()).isEqualTo("ada@example.com");
            assertThat(created.phone()).isEqualTo("+442079460958");
            assertThat(created.tags()).containsExactly("vip", "lead");
            assertThat(created.version()).isEqualTo(1);
            assertThat(created.createdAt()).isEqualTo(START_IN_MILLIS);
            assertThat(created.updatedAt()).isEqualTo(START_IN_MILLIS);
        }

        @Test
        void storesWhatItAnswers() {
            ContactView created = create(withEmail("ada@example.com"));

            assertThat(contacts.find(workspace, new ContactId(created.id())).map(ContactView::of)).contains(created);
        }

        @Test
        void readsAPhoneWithoutPlusInTheWorkspaceRegion() {
            workspaces.setDefaultPhoneRegion(workspace, "DE");

            ContactView created = create(changes().phone(Change.to("030 12345678")));

            assertThat(created.phone()).isEqualTo("+493012345678");
        }

        @Test
        void withoutARegionAPhoneWithoutPlusCannotBeRead() {
            assertThatThrownBy(() -> create(changes().phone(Change.to("030 12345678"))))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.violations()).containsOnlyKeys("phone"));
            assertThat(contacts.all()).isEmpty();
        }

        @Test
        void aTakenEmailNamesTheContactThatHoldsIt() {
            ContactView holder = create(withEmail("ada@example.com"));

            DuplicateContact duplicate = catchThrowableOfType(DuplicateContact.class, () -> create(
                    withEmail("ADA@example.com ").phone(Change.to("+15550123456"))));

            assertThat(duplicate.field()).isEqualTo("email");
            assertThat(duplicate.holder()).isEqualTo(new ContactId(holder.id()));
        }

        @Test
        void aDuplicateWritesNothing() {
            create(withEmail("ada@example.com"));

            assertThatThrownBy(() -> create(withEmail("ada@example.com").phone(Change.to("+15550123456"))))
                    .isInstanceOf(DuplicateContact.class);

            assertThat(contacts.all()).hasSize(1);
            assertThat(contacts.findByIdentity(workspace, new Identity(IdentityKind.PHONE, "+15550123456"))).isEmpty();
        }

        @Test
        void anotherWorkspaceMayHaveTheSameEmail() {
            WorkspaceId other = workspaces.create("globex");
            create(withEmail("ada@example.com"));

            ContactView inOther = service.create(new CreateContactCommand(other, withEmail("ada@example.com").build()));

            assertThat(contacts.find(other, new ContactId(inOther.id()))).isPresent();
        }
    }

    @Nested
    class QuickCreating {

        @Test
        void answersTheContactThatHasTheEmailUnchanged() {
            ContactView existing = create(withEmail("ada@example.com")
                    .firstName(Change.to("Ada"))
                    .companyName(Change.to("Analytical Engines")));
            clock.advance(Duration.ofHours(1));

            QuickCreateResult result = service.quickCreate(
                    new QuickCreateContactCommand(workspace, "Augusta", "King", " ADA@Example.com"));

            assertThat(result.created()).isFalse();
            assertThat(result.contact()).isEqualTo(existing);
            assertThat(contacts.all()).hasSize(1);
        }

        @Test
        void createsTheContactWhenNoneHasTheEmail() {
            QuickCreateResult result = service.quickCreate(
                    new QuickCreateContactCommand(workspace, "Ada", "Lovelace", "Ada@Example.com"));

            assertThat(result.created()).isTrue();
            assertThat(result.contact().name()).isEqualTo("Ada Lovelace");
            assertThat(result.contact().email()).isEqualTo("ada@example.com");
            assertThat(contacts.find(workspace, new ContactId(result.contact().id())).map(ContactView::of))
                    .contains(result.contact());
        }

        @Test
        void createsAContactWithoutEmailFromItsNames() {
            QuickCreateResult result = service.quickCreate(
                    new QuickCreateContactCommand(workspace, "Ada", null, null));

            assertThat(result.created()).isTrue();
            assertThat(result.contact().name()).isEqualTo("Ada");
            assertThat(result.contact().email()).isNull();
        }

        @Test
        void answersTheContactThatClaimedTheEmailBetweenLookUpAndInsert() {
            Contact rival = Contact.create(ContactId.generate(), workspace,
                    withEmail("ada@example.com").firstName(Change.to("Ada")).build(), ContactPolicy.DEFAULTS, START);
            ClaimedAfterLookUp racing = new ClaimedAfterLookUp(rival);
            ContactCommandService service = new ContactCommandService(racing, workspaces, clock);

            QuickCreateResult result = service.quickCreate(
                    new QuickCreateContactCommand(workspace, "Augusta", "King", "ada@example.com"));

            assertThat(result.created()).isFalse();
            assertThat(result.contact()).isEqualTo(ContactView.of(rival));
            assertThat(racing.all()).containsExactly(rival);
        }
    }

    @Nested
    class Updating {

        @Test
        void appliesThePresentFieldsAndKeepsTheOthers() {
            ContactView created = create(withEmail("ada@example.com").companyName(Change.to("Analytical Engines")));
            clock.advance(Duration.ofMinutes(5));

            ContactView updated = update(created, changes().firstName(Change.to("Ada")).companyName(Change.clear()),
                    OptionalLong.empty()).orElseThrow();

            assertThat(updated.firstName()).isEqualTo("Ada");
            assertThat(updated.companyName()).isNull();
            assertThat(updated.email()).isEqualTo("ada@example.com");
            assertThat(updated.createdAt()).isEqualTo(START_IN_MILLIS);
            assertThat(updated.updatedAt()).isEqualTo(START_IN_MILLIS.plus(Duration.ofMinutes(5)));
            assertThat(contacts.find(workspace, new ContactId(created.id())).map(ContactView::of)).contains(updated);
        }

        @Test
        void everyUpdateBumpsTheVersion() {
            ContactView created = create(withEmail("ada@example.com"));

            ContactView once = update(created, changes().firstName(Change.to("Ada")), OptionalLong.empty())
                    .orElseThrow();
            ContactView twice = update(created, changes().lastName(Change.to("King")), OptionalLong.empty())
                    .orElseThrow();

            assertThat(List.of(created.version(), once.version(), twice.version())).containsExactly(1L, 2L, 3L);
        }

        @Test
        void appliesAtTheExpectedVersion() {
            ContactView created = create(withEmail("ada@example.com"));

            Optional<ContactView> updated = update(created, changes().firstName(Change.to("Ada")), OptionalLong.of(1));

            assertThat(updated).map(ContactView::version).contains(2L);
        }

        @Test
        void refusesAStaleVersionAndChangesNothing() {
            ContactView created = create(withEmail("ada@example.com"));
            ContactView current = update(created, changes().firstName(Change.to("Ada")), OptionalLong.empty())
                    .orElseThrow();

            VersionMismatch mismatch = catchThrowableOfType(VersionMismatch.class,
                    () -> update(created, changes().firstName(Change.to("Augusta")), OptionalLong.of(1)));

            assertThat(mismatch.currentVersion()).isEqualTo(2);
            assertThat(contacts.find(workspace, new ContactId(created.id())).map(ContactView::of)).contains(current);
        }

        @Test
        void readsAPhoneWithoutPlusInTheWorkspaceRegion() {
            ContactView created = create(withEmail("ada@example.com"));
            workspaces.setDefaultPhoneRegion(workspace, "GB");

            ContactView updated = update(created, changes().phone(Change.to("020 7946 0958")), OptionalLong.empty())
                    .orElseThrow();

            assertThat(updated.phone()).isEqualTo("+442079460958");
        }

        @Test
        void refusesAnEmailAnotherContactHolds() {
            ContactView holder = create(withEmail("ada@example.com"));
            ContactView other = create(withEmail("augusta@example.com"));

            DuplicateContact duplicate = catchThrowableOfType(DuplicateContact.class,
                    () -> update(other, changes().email(Change.to("Ada@example.com")), OptionalLong.empty()));

            assertThat(duplicate.holder()).isEqualTo(new ContactId(holder.id()));
            assertThat(contacts.find(workspace, new ContactId(other.id())).map(ContactView::of)).contains(other);
        }

        @Test
        void answersEmptyForAContactThatDoesNotExist() {
            Optional<ContactView> updated = service.update(new UpdateContactCommand(workspace, ContactId.generate(),
                    changes().firstName(Change.to("Ada")).build(), OptionalLong.empty()));

            assertThat(updated).isEmpty();
            assertThat(contacts.all()).isEmpty();
        }

        @Test
        void answersEmptyForAContactOfAnotherWorkspace() {
            ContactView created = create(withEmail("ada@example.com"));
            WorkspaceId other = workspaces.create("globex");

            Optional<ContactView> updated = service.update(new UpdateContactCommand(other, new ContactId(created.id()),
                    changes().firstName(Change.to("Ada")).build(), OptionalLong.empty()));

            assertThat(updated).isEmpty();
            assertThat(contacts.find(workspace, new ContactId(created.id())).map(ContactView::of)).contains(created);
        }
    }

    @Nested
    class Deleting {

        @Test
        void removesTheContactAndFreesItsEmail() {
            ContactView created = create(withEmail("ada@example.com"));

            boolean deleted = delete(created.id(), OptionalLong.empty());

            assertThat(deleted).isTrue();
            assertThat(contacts.find(workspace, new ContactId(created.id()))).isEmpty();
            assertThat(create(withEmail("ada@example.com")).id()).isNotEqualTo(created.id());
        }

        @Test
        void answersFalseWhenThereIsNone() {
            assertThat(delete(ContactId.generate().value(), OptionalLong.empty())).isFalse();
        }

        @Test
        void removesAtTheExpectedVersion() {
            ContactView created = create(withEmail("ada@example.com"));

            assertThat(delete(created.id(), OptionalLong.of(1))).isTrue();
            assertThat(contacts.all()).isEmpty();
        }

        @Test
        void refusesAStaleVersionAndKeepsTheContact() {
            ContactView created = create(withEmail("ada@example.com"));
            update(created, changes().firstName(Change.to("Ada")), OptionalLong.empty());

            VersionMismatch mismatch = catchThrowableOfType(VersionMismatch.class,
                    () -> delete(created.id(), OptionalLong.of(1)));

            assertThat(mismatch.currentVersion()).isEqualTo(2);
            assertThat(contacts.find(workspace, new ContactId(created.id()))).isPresent();
        }
    }

    private ContactView create(ContactChanges.Builder input) {
        return service.create(new CreateContactCommand(workspace, input.build()));
    }

    private Optional<ContactView> update(ContactView contact, ContactChanges.Builder changes,
                                         OptionalLong expectedVersion) {
        return service.update(new UpdateContactCommand(workspace, new ContactId(contact.id()), changes.build(),
                expectedVersion));
    }

    private boolean delete(UUID contact, OptionalLong expectedVersion) {
        return service.delete(new DeleteContactCommand(workspace, new ContactId(contact), expectedVersion));
    }

    private static ContactChanges.Builder changes() {
        return ContactChanges.builder();
    }

    private static ContactChanges.Builder withEmail(String email) {
        return changes().email(Change.to(email));
    }
}
