package io.contactbook.domain.conversation;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConversationTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of(UUID.fromString("0190a4c2-0000-7000-8000-000000000001"));
    private static final ContactId CONTACT = ContactId.generate();
    private static final Instant NOW = Instant.parse("2026-03-18T09:15:00Z");

    @Test
    void readsAWholeSummary() {
        Conversation conversation = record(new ConversationInput(" conv-1 ", " whatsapp ", "2026-03-18T08:00:00.123456Z",
                "2026-03-18T08:30:00Z", 12L, " Asked about pricing. "));

        assertThat(conversation.id()).isEqualTo(new ConversationId("conv-1"));
        assertThat(conversation.contactId()).isEqualTo(CONTACT);
        assertThat(conversation.channel()).isEqualTo("whatsapp");
        assertThat(conversation.startedAt()).isEqualTo(Instant.parse("2026-03-18T08:00:00.123Z"));
        assertThat(conversation.lastMessageAt()).isEqualTo(Instant.parse("2026-03-18T08:30:00Z"));
        assertThat(conversation.messageCount()).isEqualTo(12);
        assertThat(conversation.summary()).isEqualTo("Asked about pricing.");
        assertThat(conversation.createdAt()).isEqualTo(NOW);
        assertThat(conversation.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyIdAndStartAreRequired() {
        Conversation conversation = record(new ConversationInput("c", null, "2026-03-18T08:00:00Z", null, null, null));

        assertThat(conversation.messageCount()).isZero();
        assertThat(conversation.lastActivityAt()).isEqualTo(Instant.parse("2026-03-18T08:00:00Z"));
    }

    @Test
    void theLastMessageIsTheLatestActivityWhenThereIsOne() {
        Conversation conversation = record(new ConversationInput("c", null, "2026-03-18T08:00:00Z",
                "2026-03-18T09:00:00Z", 2L, null));

        assertThat(conversation.lastActivityAt()).isEqualTo(Instant.parse("2026-03-18T09:00:00Z"));
    }

    @Test
    void replacingAStoredSummaryKeepsItsCreationTime() {
        Conversation first = record(new ConversationInput("c", null, "2026-03-18T08:00:00Z", null, 1L, "first"));

        Conversation again = Conversation.record(WORKSPACE, CONTACT,
                new ConversationInput("c", null, "2026-03-18T08:00:00Z", null, 2L, null), NOW.plusSeconds(60))
                .replacing(first);

        assertThat(again.createdAt()).isEqualTo(NOW);
        assertThat(again.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(again.messageCount()).isEqualTo(2);
        assertThat(again.summary()).isNull();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> record(new ConversationInput(
                " ", "c".repeat(51), "yesterday", "soon", -1L, "s".repeat(5001))));

        assertThat(violation.violations()).containsOnlyKeys("id", "channel", "started_at", "last_message_at",
                "message_count", "summary");
    }

    @Test
    void limitsFitExactly() {
        Conversation conversation = record(new ConversationInput("i".repeat(255), "c".repeat(50),
                "2026-03-18T08:00:00Z", "2026-03-18T08:00:00Z", (long) Integer.MAX_VALUE, "s".repeat(5000)));

        assertThat(conversation.id().value()).hasSize(255);
    }

    @Test
    void idsLongerThan255CharactersAreRefused() {
        assertThat(violations(new ConversationInput("i".repeat(256), null, "2026-03-18T08:00:00Z", null, null, null)))
                .containsOnlyKeys("id");
    }

    @Test
    void aStartIsRequired() {
        assertThat(violations(new ConversationInput("c", null, null, null, null, null)))
                .containsEntry("started_at", "is required");
    }

    @Test
    void theLastMessageCannotComeBeforeTheStart() {
        assertThat(violations(new ConversationInput("c", null, "2026-03-18T08:00:00Z", "2026-03-18T07:59:59Z", 1L, null)))
                .containsEntry("last_message_at", "must not be before started_at");
    }

    @Test
    void messageCountsBeyondAnIntAreRefused() {
        assertThat(violations(new ConversationInput("c", null, "2026-03-18T08:00:00Z", null, Integer.MAX_VALUE + 1L, null)))
                .containsOnlyKeys("message_count");
    }

    @Test
    void aConversationOfAnotherContactIsTold() {
        Conversation conversation = record(new ConversationInput("c", null, "2026-03-18T08:00:00Z", null, null, null));
        Conversation detached = new Conversation(WORKSPACE, conversation.id(), null, null, conversation.startedAt(),
                null, 0, null, NOW, NOW);

        assertThat(conversation.belongsToAnotherThan(CONTACT)).isFalse();
        assertThat(conversation.belongsToAnotherThan(ContactId.generate())).isTrue();
        assertThat(detached.belongsToAnotherThan(CONTACT)).isFalse();
    }

    @Test
    void aTallyCountsAndTakesTheLatestActivity() {
        Conversation early = record(new ConversationInput("a", null, "2026-03-18T08:00:00Z", "2026-03-18T10:00:00Z", 1L, null));
        Conversation late = record(new ConversationInput("b", null, "2026-03-18T09:00:00Z", null, 1L, null));

        assertThat(ConversationTally.of(List.of(early, late)))
                .isEqualTo(new ConversationTally(2, Instant.parse("2026-03-18T10:00:00Z")));
        assertThat(ConversationTally.of(List.of())).isEqualTo(new ConversationTally(0, null));
    }

    private static Conversation record(ConversationInput input) {
        return Conversation.record(WORKSPACE, CONTACT, input, NOW);
    }

    private static Map<String, String> violations(ConversationInput input) {
        return catchThrowableOfType(RuleViolation.class, () -> record(input)).violations();
    }
}
