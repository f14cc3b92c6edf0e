package io.contactbook.application.service;

import io.contactbook.application.port.in.ConversationView;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListConversationsUseCase.ConversationPage;
import io.contactbook.application.port.in.ListConversationsUseCase.ListConversationsQuery;
import io.contactbook.application.port.in.RecordConversationUseCase.RecordConversationCommand;
import io.contactbook.application.port.in.RecordConversationUseCase.RecordedConversation;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryConversations;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.conversation.ConversationInput;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationServiceTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-18T09:15:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final WorkspaceId workspace = WorkspaceId.of(UUID.randomUUID());
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final ConversationService service = new ConversationService(conversations, contacts, clock);
    private final Contact jane = contact("Jane");

    @Test
    void aNewConversationIsCreatedAndCountedOnItsContact() {
        RecordedConversation recorded = record(jane, "c1", "2026-03-10T08:00:00Z", "2026-03-10T09:00:00Z").orElseThrow();

        assertThat(recorded.created()).isTrue();
        assertThat(recorded.conversation().contactId()).isEqualTo(jane.id().value());
        Contact after = stored(jane);
        assertThat(after.conversationCount()).isEqualTo(1);
        assertThat(after.lastConversationAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(after.lastActivity()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(after.version()).isEqualTo(jane.version() + 1);
    }

    @Test
    void theSameIdAgainUpdatesItWithoutCountingItTwice() {
        record(jane, "c1", "2026-03-10T08:00:00Z", null);
        clock.advance(Duration.ofMinutes(1));

        RecordedConversation again = record(jane, "c1", "2026-03-10T08:00:00Z", "2026-03-12T08:00:00Z").orElseThrow();

        assertThat(again.created()).isFalse();
        assertThat(again.conversation().createdAt()).isEqualTo(NOW);
        assertThat(again.conversation().updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(stored(jane).conversationCount()).isEqualTo(1);
        assertThat(stored(jane).lastConversationAt()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
    }

    @Test
    void theLatestConversationIsTheOneWithTheLatestMessageOrStart() {
        record(jane, "old-but-busy", "2026-03-01T08:00:00Z", "2026-03-15T08:00:00Z");
        record(jane, "newer-start", "2026-03-14T08:00:00Z", null);

        assertThat(stored(jane).lastConversationAt()).isEqualTo(Instant.parse("2026-03-15T08:00:00Z"));
        assertThat(recentOf(jane)).extracting(ConversationView::id)
                .containsExactly("old-but-busy", "newer-start");
    }

    @Test
    void anOldConversationDoesNotMoveLastActivityBack() {
        record(jane, "c1", "2020-01-01T00:00:00Z", null);

        assertThat(stored(jane).lastActivity()).isEqualTo(CREATED);
        assertThat(stored(jane).lastConversationAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void aConversationRecordedForAnotherContactMovesThereAndBothAreRecounted() {
        Contact john = contact("John");
        record(jane, "c1", "2026-03-10T08:00:00Z", null);
        record(jane, "c2", "2026-03-09T08:00:00Z", null);

        RecordedConversation moved = record(john, "c1", "2026-03-10T08:00:00Z", null).orElseThrow();

        assertThat(moved.created()).isFalse();
        assertThat(moved.conversation().contactId()).isEqualTo(john.id().value());
        assertThat(stored(jane).conversationCount()).isEqualTo(1);
        assertThat(stored(jane).lastConversationAt()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(stored(john).conversationCount()).isEqualTo(1);
    }

    @Test
    void aDetachedConversationCanBeRecordedOntoAContactAgain() {
        record(jane, "c1", "2026-03-10T08:00:00Z", null);
        conversations.detachAllOf(workspace, jane.id());
        Contact john = contact("John");

        RecordedConversation attached = record(john, "c1", "2026-03-10T08:00:00Z", null).orElseThrow();

        assertThat(attached.created()).isFalse();
        assertThat(stored(john).conversationCount()).isEqualTo(1);
    }

    @Test
    void anUnknownContactIsNotFoundAndNothingIsWritten() {
        Contact stranger = Contact.create(ContactId.generate(), workspace,
                ContactChanges.builder().firstName(Change.to("Nobody")).build(), ContactPolicy.DEFAULTS, CREATED);

        assertThat(record(stranger, "c1", "2026-03-10T08:00:00Z", null)).isEmpty();
        assertThat(conversations.find(workspace, new io.contactbook.domain.conversation.ConversationId("c1"))).isEmpty();
    }

    @Test
    void aBadSummaryIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> service.record(new RecordConversationCommand(workspace, jane.id(),
                new ConversationInput("c1", null, "2026-03-10T08:00:00Z", "2026-03-09T08:00:00Z", -1L, null))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.violations())
                        .containsOnlyKeys("last_message_at", "message_count"));
        assertThat(stored(jane)).isEqualTo(jane);
    }

    @Test
    void pagesWalkEveryConversationOnceMostRecentFirst() {
        IntStream.range(0, 7).forEach(i -> record(jane, "c" + i, "2026-03-0" + (1 + i % 3) + "T08:00:00Z", null));
        List<String> walked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            ConversationPage page = service.list(new ListConversationsQuery(workspace, jane.id(), 3, cursor,
                    OptionalInt.empty())).orElseThrow();
            assertThat(page.totalCount()).isEqualTo(7);
            page.conversations().forEach(conversation -> walked.add(conversation.id()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(walked).containsExactly("c2", "c5", "c1", "c4", "c0", "c3", "c6");
    }

    @Test
    void anOffsetSkipsThatMany() {
        IntStream.range(0, 3).forEach(i -> record(jane, "c" + i, "2026-03-0" + (1 + i) + "T08:00:00Z", null));

        ConversationPage page = service.list(new ListConversationsQuery(workspace, jane.id(), 50, Optional.empty(),
                OptionalInt.of(1))).orElseThrow();

        assertThat(page.conversations()).extracting(ConversationView::id).containsExactly("c1", "c0");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aCursorContinuesOnlyTheContactItWasMadeFor() {
        IntStream.range(0, 2).forEach(i -> record(jane, "c" + i, "2026-03-01T08:00:00Z", null));
        Contact john = contact("John");
        String cursor = service.list(new ListConversationsQuery(workspace, jane.id(), 1, Optional.empty(),
                OptionalInt.empty())).orElseThrow().nextCursor().orElseThrow();

        assertThatThrownBy(() -> service.list(new ListConversationsQuery(workspace, john.id(), 1, Optional.of(cursor),
                OptionalInt.empty()))).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> service.list(new ListConversationsQuery(workspace, jane.id(), 1,
                Optional.of("garbage"), OptionalInt.empty()))).isInstanceOf(InvalidQuery.class);
    }

    @Test
    void anUnknownContactHasNoList() {
        assertThat(service.list(new ListConversationsQuery(workspace, ContactId.generate(), 50, Optional.empty(),
                OptionalInt.empty()))).isEmpty();
    }

    @Test
    void theContactShowsItsTenMostRecent() {
        IntStream.range(0, 12).forEach(i -> record(jane, "c" + i,
                NOW.minus(Duration.ofHours(i)).toString(), null));

        assertThat(recentOf(jane)).extracting(ConversationView::id)
                .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
    }

    private List<ConversationView> recentOf(Contact contact) {
        return new ContactQueryService(contacts, new InMemoryWorkspaces(), conversations)
                .get(workspace, contact.id()).orElseThrow().recentConversations();
    }

    private Optional<RecordedConversation> record(Contact contact, String id, String startedAt, String lastMessageAt) {
        return service.record(new RecordConversationCommand(workspace, contact.id(),
                new ConversationInput(id, "chat", startedAt, lastMessageAt, 1L, null)));
    }

    private Contact contact(String name) {
        Contact contact = Contact.create(ContactId.generate(), workspace,
                ContactChanges.builder().firstName(Change.to(name)).build(), ContactPolicy.DEFAULTS, CREATED);
        contacts.add(contact);
        return contact;
    }

    private Contact stored(Contact contact) {
        return contacts.find(workspace, contact.id()).orElseThrow();
    }
}
