package io.contactbook.domain.conversation;

/**
 * A conversation summary as the client sent it, before any rule is checked: times are ISO-8601 text, and
 * {@code null} means the field was absent or null.
 */
public record ConversationInput(
        String id,
        String channel,
        String startedAt,
        String lastMessageAt,
        Long messageCount,
        String summary) {
}
