package io.contactbook.domain.conversation;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.Violations;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The summary of one conversation with a contact; the messages live in the conversation service. A conversation
 * outlives its contact: {@code contactId} is null once the contact is deleted.
 */
public record Conversation(
        WorkspaceId workspaceId,
        ConversationId id,
        ContactId contactId,
        String channel,
        Instant startedAt,
        Instant lastMessageAt,
        int messageCount,
        String summary,
        Instant createdAt,
        Instant updatedAt) {

    /** The most characters a channel name may have. */
    public static final int MAX_CHANNEL_LENGTH = 50;
    /** The most characters a summary may have. */
    public static final int MAX_SUMMARY_LENGTH = 5000;

    /**
     * A conversation as stored; {@link #record} is the checked way to make one.
     *
     * @param workspaceId   the workspace it belongs to
     * @param id            the conversation service's id for it
     * @param contactId     the contact it is attached to, or null once that contact is deleted
     * @param channel       where it takes place, e.g. {@code whatsapp}, or null
     * @param startedAt     when it started
     * @param lastMessageAt when its last message was sent, or null
     * @param messageCount  how many messages it has
     * @param summary       what it was about, or null
     * @param createdAt     when it was first recorded
     * @param updatedAt     when it was last recorded
     * @throws NullPointerException if the workspace, id or start is null
     */
    public Conversation {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /**
     * The conversation as {@code input} describes it now, attached to {@code contact}: the whole summary as the
     * conversation service knows it, so an absent summary is none and an absent message count is 0. Times are
     * kept to the millisecond, as the API renders them.
     *
     * @param workspace the workspace it belongs to
     * @param contact   the contact it is attached to
     * @param input     the summary as the client sent it
     * @param now       the moment of the write
     * @return the checked conversation
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field (an id that is not 1 to 255
     *                                                    characters, a start missing or after the last message,
     *                                                    a negative message count, too long a text)
     * @throws NullPointerException                       if {@code contact} is null
     */
    public static Conversation record(WorkspaceId workspace, ContactId contact, ConversationInput input,
                                      Instant now) {
        Violations violations = new Violations();
        ConversationId id = violations.check("id", () -> ConversationId.parse(input.id()));
        String channel = violations.check("channel", () -> text(input.channel(), MAX_CHANNEL_LENGTH));
        Instant startedAt = violations.check("started_at", () -> time(input.startedAt()));
        if (input.startedAt() == null) {
            violations.add("started_at", "is required");
        }
        Instant lastMessageAt = violations.check("last_message_at", () -> time(input.lastMessageAt()));
        if (startedAt != null && lastMessageAt != null && lastMessageAt.isBefore(startedAt)) {
            violations.add("last_message_at", "must not be before started_at");
        }
        Integer messageCount = violations.check("message_count", () -> messageCount(input.messageCount()));
        String summary = violations.check("summary", () -> text(input.summary(), MAX_SUMMARY_LENGTH));
        violations.throwIfAny();
        return new Conversation(workspace, id, Objects.requireNonNull(contact, "contact"), channel, startedAt,
                lastMessageAt, messageCount, summary, now, now);
    }

    /**
     * This summary in place of {@code stored}, the one recorded before under the same id: an upsert replaces every
     * field but the creation time.
     *
     * @param stored the conversation as recorded before
     * @return this conversation, created when {@code stored} was
     */
    public Conversation replacing(Conversation stored) {
        return new Conversation(workspaceId, id, contactId, channel, startedAt, lastMessageAt, messageCount, summary,
                stored.createdAt(), updatedAt);
    }

    /**
     * {@return when the conversation last moved: its last message, or its start while it has none} "Most recent"
     * orders by it.
     */
    public Instant lastActivityAt() {
        return lastMessageAt != null ? lastMessageAt : startedAt;
    }

    /**
     * {@return whether this conversation is attached to another contact than {@code contact}} A detached one is not.
     *
     * @param contact the contact that asks
     */
    public boolean belongsToAnotherThan(ContactId contact) {
        return contactId != null && !contactId.equals(contact);
    }

    private static Instant time(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw.strip()).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException unreadable) {
            throw new InvalidValue("must be an ISO-8601 UTC time such as 2026-03-18T09:15:00.000Z");
        }
    }

    private static int messageCount(Long raw) {
        if (raw == null) {
            return 0;
        }
        if (raw < 0 || raw > Integer.MAX_VALUE) {
            throw new InvalidValue("must be between 0 and " + Integer.MAX_VALUE);
        }
        return raw.intValue();
    }

    /** Trimmed; blank is no value. */
    private static String text(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidValue("must not contain NUL characters");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidValue("must be at most " + maxLength + " characters");
        }
        return text;
    }
}
