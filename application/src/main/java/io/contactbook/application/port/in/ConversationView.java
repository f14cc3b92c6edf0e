package io.contactbook.application.port.in;

import io.contactbook.domain.conversation.Conversation;

import java.time.Instant;
import java.util.UUID;

/** A conversation summary as the use cases answer it; {@code contactId} is null once its contact is deleted. */
public record ConversationView(
        String id,
        UUID contactId,
        String channel,
        Instant startedAt,
        Instant lastMessageAt,
        int messageCount,
        String summary,
        Instant createdAt,
        Instant updatedAt) {

    public static ConversationView of(Conversation conversation) {
        return new ConversationView(
                conversation.id().value(),
                conversation.contactId() == null ? null : conversation.contactId().value(),
                conversation.channel(),
                conversation.startedAt(),
                conversation.lastMessageAt(),
                conversation.messageCount(),
                conversation.summary(),
                conversation.createdAt(),
                conversation.updatedAt());
    }
}
