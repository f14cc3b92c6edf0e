package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.ConversationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A conversation summary as the API returns it. */
@Schema(name = "Conversation", description = "The summary of one conversation; its messages live in the conversation service.")
public record ConversationResponse(
        @Schema(description = "The conversation service's own id, unique within the workspace.", maxLength = 255)
        String id,
        @Schema(description = "The contact it belongs to.", readOnly = true) UUID contactId,
        @Schema(maxLength = 50, examples = "whatsapp", nullable = true) String channel,
        Instant startedAt,
        @Schema(description = "Not before started_at.", nullable = true) Instant lastMessageAt,
        @Schema(minimum = "0") int messageCount,
        @Schema(maxLength = 5000, nullable = true) String summary,
        @Schema(description = "When it was first recorded here.", readOnly = true) Instant createdAt,
        @Schema(description = "When it was last recorded here.", readOnly = true) Instant updatedAt) {

    static ConversationResponse of(ConversationView view) {
        return new ConversationResponse(view.id(), view.contactId(), view.channel(), view.startedAt(),
                view.lastMessageAt(), view.messageCount(), view.summary(), view.createdAt(), view.updatedAt());
    }
}
