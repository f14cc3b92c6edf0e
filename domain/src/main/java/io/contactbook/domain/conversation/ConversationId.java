package io.contactbook.domain.conversation;

import io.contactbook.domain.shared.InvalidValue;

import java.util.Objects;

/**
 * A conversation's id, given by the conversation service that owns the conversation (whatever its ids look like:
 * a number, a UUID, a Chatwoot or Intercom id): 1 to 255 characters, trimmed, compared exactly.
 */
public record ConversationId(String value) {

    /** The most characters an id may have. */
    public static final int MAX_LENGTH = 255;

    /**
     * An id already checked; {@link #parse} reads one as a client wrote it.
     *
     * @param value the id
     * @throws NullPointerException if {@code value} is null
     */
    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id a client wrote, trimmed}
     *
     * @param raw the id as sent, possibly null
     * @throws InvalidValue if it is blank, longer than {@link #MAX_LENGTH} or holds a NUL character
     */
    public static ConversationId parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidValue("is required");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValue("must not contain NUL characters");
        }
        return new ConversationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
