package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Contacts;
import io.contactbook.domain.contact.Channel;
import io.contactbook.domain.contact.ChannelInput;
import io.contactbook.domain.contact.ChannelType;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.EmailAddress;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.contact.PhoneNumber;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import static io.contactbook.adapter.persistence.TestContacts.NOW;
import static io.contactbook.adapter.persistence.TestContacts.newContact;
import static io.contactbook.domain.shared.Change.to;
import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PostgresContactsTest {

    @Inject
    Contacts contacts;

    @Inject
    TestDatabase database;

    @Test
    void aContactReadBackHasEveryFieldItWasWrittenWith() {
        WorkspaceId workspace = database.newWorkspace();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("crm", Map.of("stage", "lead", "scores", List.of(1, 2.5, "three", true)));
        metadata.put("sparse", Arrays.asList(1, null));
        metadata.put("big", 10_000_000_000L);
        metadata.put("empty", Map.of());
        Contact contact = new Contact(ContactId.generate(), workspace, "Ada", "Lovelace",
                new EmailAddress("ada@example.com"), new PhoneNumber("+15550123456"), "Analytical Engines",
                "https://example.com/ada.png", List.of(new Tag("vip"), new Tag("math")), "Prefers letters.",
                "Engines", metadata, Map.of("plan", "pro", "seats", 5, "trial", false), "crm-42", "widget",
                List.of(new Channel(ChannelType.INSTAGRAM, "@Ada"), new Channel(ChannelType.EMAIL, "ada@work.example")),
                true, true, false, 3, Instant.parse("2026-03-01T10:00:00.000001Z"),
                Instant.parse("2026-03-02T10:00:00.123456Z"), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-03-03T10:00:00.5Z"), 7);

        requiringNew().run(() -> contacts.add(contact));

        assertThat(requiringNew().call(() -> contacts.find(workspace, contact.id()))).contains(contact);
    }

    @Test
    void aContactIsFoundOnlyInItsOwnWorkspace() {
        WorkspaceId workspace = database.newWorkspace();
        WorkspaceId other = database.newWorkspace();
        Contact contact = newContact(workspace, input -> input.firstName(to("Ada")));
        requiringNew().run(() -> contacts.add(contact));

        assertThat(requiringNew().call(() -> contacts.find(other, contact.id()))).isEmpty();
        assertThat(requiringNew().call(() -> contacts.find(workspace, ContactId.generate()))).isEmpty();
    }

    @Test
    void anEmailAlreadyHeldIsRefusedHoweverItIsWritten() {
        assertRefused(holder -> holder.email(to("ada@example.com")),
                duplicate -> duplicate.email(to(" ADA@example.com ")), "email");
    }

    @Test
    void aPhoneAlreadyHeldIsRefusedHoweverItIsWritten() {
        assertRefused(holder -> holder.phone(to("+15550123456")),
                duplicate -> duplicate.phone(to("+1 (555) 012-3456")), "phone");
    }

    @Test
    void anExternalIdAlreadyHeldIsRefused() {
        assertRefused(holder -> holder.externalId(to("crm-42")),
                duplicate -> duplicate.externalId(to("crm-42")), "external_id");
    }

    @Test
    void aHandleAlreadyHeldIsRefusedInAnyLetterCase() {
        assertRefused(holder -> holder.channels(to(List.of(new ChannelInput("instagram", "@Ada")))),
                duplicate -> duplicate.channels(to(List.of(new ChannelInput("instagram", "@ada")))), "channels[0]");
    }

    @Test
    void anEmailChannelEqualToAnotherContactsEmailIsRefused() {
        assertRefused(holder -> holder.email(to("ada@example.com")),
                duplicate -> duplicate.channels(to(List.of(new ChannelInput("telegram", "ada"),
                        new ChannelInput("email", "Ada@Example.com")))), "channels[1]");
    }

    @Test
    void aRefusalUndoesTheClaimsMadeBeforeIt() {
        // Identities are claimed in (kind, value) order: the free email is claimed before the taken phone.
        assertRefused(holder -> holder.phone(to("+15550123456")),
                duplicate -> duplicate.email(to("free@example.com")).phone(to("+15550123456")), "phone");
    }

    @Test
    void theSameIdentityInAnotherWorkspaceIsNoDuplicate() {
        Contact first = newContact(database.newWorkspace(), input -> input.email(to("ada@example.com")));
        Contact second = newContact(database.newWorkspace(), input -> input.email(to("ada@example.com")));

        requiringNew().run(() -> {
            contacts.add(first);
            contacts.add(second);
        });

        assertThat(database.contactRows(second.workspaceId())).isEqualTo(1);
    }

    @Test
    void ofTwentySimultaneousAddsWithOneEmailExactlyOneSucceeds() throws Exception {
        WorkspaceId workspace = database.newWorkspace();
        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Contact> candidates = new ArrayList<>();
        List<Future<Optional<DuplicateContact>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Contact candidate = newContact(workspace, input -> input.email(to("race@example.com")));
                candidates.add(candidate);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return Optional.ofNullable(requiringNew().call(() -> refusal(() -> contacts.add(candidate))));
                }));
            }
            start.countDown();

            List<ContactId> winners = new ArrayList<>();
            List<DuplicateContact> refusals = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Optional<DuplicateContact> outcome = outcomes.get(i).get();
                outcome.ifPresent(refusals::add);
                if (outcome.isEmpty()) {
                    winners.add(candidates.get(i).id());
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(refusals).hasSize(writers - 1)
                    .allSatisfy(refused -> {
                        assertThat(refused.holder()).isEqualTo(winners.get(0));
                        assertThat(refused.field()).isEqualTo("email");
                    });
            assertThat(database.contactRows(workspace)).isEqualTo(1);
            assertThat(database.identityRows(workspace)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpdateHandsOverIdentitiesAndReleasesTheOnesItDrops() {
        WorkspaceId workspace = database.newWorkspace();
        Contact ada = newContact(workspace, input -> input.email(to("ada@example.com")).phone(to("+15550123456")));
        Contact bob = newContact(workspace, input -> input.email(to("bob@example.com")));
        requiringNew().run(() -> {
            contacts.add(ada);
            contacts.add(bob);
        });

        update(workspace, ada.id(), input -> input.email(to("ada@new.example")).phone(Change.clear()));
        update(workspace, bob.id(), input -> input.email(to("ada@example.com")).phone(to("+15550123456")));

        assertThat(holderOf(workspace, IdentityKind.EMAIL, "ada@new.example")).contains(ada.id());
        assertThat(holderOf(workspace, IdentityKind.EMAIL, "ada@example.com")).contains(bob.id());
        assertThat(holderOf(workspace, IdentityKind.PHONE, "+15550123456")).contains(bob.id());
        assertThat(holderOf(workspace, IdentityKind.EMAIL, "bob@example.com")).isEmpty();
        assertThat(database.identityRows(workspace)).isEqualTo(3);
        assertThat(requiringNew().call(() -> contacts.find(workspace, ada.id())))
                .hasValueSatisfying(found -> {
                    assertThat(found.email().value()).isEqualTo("ada@new.example");
                    assertThat(found.phone()).isNull();
                    assertThat(found.version()).isEqualTo(2);
                });
    }

    @Test
    void anUpdateTakingAnIdentityAlreadyHeldLeavesTheContactAsItWas() {
        WorkspaceId workspace = database.newWorkspace();
        Contact ada = newContact(workspace, input -> input.email(to("ada@example.com")));
        Contact bob = newContact(workspace, input -> input.email(to("bob@example.com")));
        requiringNew().run(() -> {
            contacts.add(ada);
            contacts.add(bob);
        });

        // As in a create, the transaction goes on and commits after the refusal.
        DuplicateContact refused = requiringNew().call(() -> refusal(() -> change(workspace, bob.id(),
                input -> input.externalId(to("crm-7")).email(to("ada@example.com")))));

        assertThat(refused.field()).isEqualTo("email");
        assertThat(refused.holder()).isEqualTo(ada.id());
        assertThat(requiringNew().call(() -> contacts.find(workspace, bob.id()))).contains(bob);
        assertThat(holderOf(workspace, IdentityKind.EXTERNAL_ID, "crm-7")).isEmpty();
        assertThat(holderOf(workspace, IdentityKind.EMAIL, "bob@example.com")).contains(bob.id());
    }

    @Test
    void removingAContactRemovesItsIdentitiesSoOthersMayTakeThem() {
        WorkspaceId workspace = database.newWorkspace();
        Contact ada = newContact(workspace, input -> input.email(to("ada@example.com")).externalId(to("crm-1")));
        requiringNew().run(() -> contacts.add(ada));

        assertThat(requiringNew().call(() -> contacts.remove(workspace, ada.id()))).isTrue();

        assertThat(requiringNew().call(() -> contacts.find(workspace, ada.id()))).isEmpty();
        assertThat(database.identityRows(workspace)).isZero();
        requiringNew().run(() -> contacts.add(newContact(workspace, input -> input.email(to("ada@example.com")))));
        assertThat(requiringNew().call(() -> contacts.remove(workspace, ada.id()))).isFalse();
    }

    @Test
    void aContactRemovedAfterItWasLockedIsGoneForTheRestOfTheTransaction() {
        WorkspaceId workspace = database.newWorkspace();
        Contact ada = newContact(workspace, input -> input.email(to("ada@example.com")));
        requiringNew().run(() -> contacts.add(ada));

        requiringNew().run(() -> {
            assertThat(contacts.findForUpdate(workspace, ada.id())).isPresent();
            assertThat(contacts.remove(workspace, ada.id())).isTrue();
            assertThat(contacts.find(workspace, ada.id())).isEmpty();
            assertThat(contacts.findByIdentity(workspace, new Identity(IdentityKind.EMAIL, "ada@example.com")))
                    .isEmpty();
        });

        assertThat(database.contactRows(workspace)).isZero();
    }

    @Test
    void aContactIsFoundByEachOfItsIdentitiesInItsOwnWorkspaceOnly() {
        WorkspaceId workspace = database.newWorkspace();
        WorkspaceId other = database.newWorkspace();
        Contact ada = newContact(workspace, input -> input.email(to("ada@example.com")).phone(to("+15550123456"))
                .externalId(to("crm-1")).channels(to(List.of(new ChannelInput("whatsapp", "AdaL")))));
        requiringNew().run(() -> contacts.add(ada));

        assertThat(holderOf(workspace, IdentityKind.EMAIL, "ada@example.com")).contains(ada.id());
        assertThat(holderOf(workspace, IdentityKind.PHONE, "+15550123456")).contains(ada.id());
        assertThat(holderOf(workspace, IdentityKind.EXTERNAL_ID, "crm-1")).contains(ada.id());
        assertThat(holderOf(workspace, IdentityKind.WHATSAPP, "adal")).contains(ada.id());
        assertThat(holderOf(workspace, IdentityKind.TELEGRAM, "adal")).isEmpty();
        assertThat(holderOf(other, IdentityKind.EMAIL, "ada@example.com")).isEmpty();
    }

    /**
     * Adds a holder, then a contact taking one of its identities, in a transaction that goes on and commits after
     * the refusal (as quick create's does), so that only the adapter's own undoing can keep it from writing.
     */
    private void assertRefused(UnaryOperator<ContactChanges.Builder> holderInput,
                               UnaryOperator<ContactChanges.Builder> duplicateInput, String field) {
        WorkspaceId workspace = database.newWorkspace();
        Contact holder = newContact(workspace, holderInput);
        requiringNew().run(() -> contacts.add(holder));
        long identitiesOfHolder = database.identityRows(workspace);

        DuplicateContact refused =
                requiringNew().call(() -> refusal(() -> contacts.add(newContact(workspace, duplicateInput))));

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.holder()).isEqualTo(holder.id());
        assertThat(database.contactRows(workspace)).isEqualTo(1);
        assertThat(database.identityRows(workspace)).isEqualTo(identitiesOfHolder);
    }

    private void update(WorkspaceId workspace, ContactId id, UnaryOperator<ContactChanges.Builder> changes) {
        requiringNew().run(() -> change(workspace, id, changes));
    }

    /** What the update use case does, in the caller's transaction: lock, apply the changes, write. */
    private void change(WorkspaceId workspace, ContactId id, UnaryOperator<ContactChanges.Builder> changes) {
        Contact current = contacts.findForUpdate(workspace, id).orElseThrow();
        contacts.update(current.apply(changes.apply(ContactChanges.builder()).build(), ContactPolicy.DEFAULTS, NOW));
    }

    private Optional<ContactId> holderOf(WorkspaceId workspace, IdentityKind kind, String value) {
        return requiringNew().call(() -> contacts.findByIdentity(workspace, new Identity(kind, value)))
                .map(Contact::id);
    }

    /** The refusal a write met, or null when it succeeded. */
    private static DuplicateContact refusal(Runnable write) {
        try {
            write.run();
            return null;
        } catch (DuplicateContact refused) {
            return refused;
        }
    }
}
