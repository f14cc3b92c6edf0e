package io.contactbook.domain.list;

import io.contactbook.domain.shared.InvalidValue;

import java.util.Locale;
import java.util.Objects;

/**
 * A list's name: trimmed, 1 to 100 characters. Two names that differ only in case are the same name, so a
 * workspace cannot have both "VIP" and "vip" (as HubSpot refuses a second list of one name).
 */
public record ListName(String value) {

    /** The most characters a name may have. */
    public static final int MAX_LENGTH = 100;

    /**
     * A name already trimmed; {@link #parse} reads one as a client wrote it.
     *
     * @param value the name
     * @throws NullPointerException if {@code value} is null
     * @throws InvalidValue         if it is empty, untrimmed, too long or holds a NUL character
     */
    public ListName {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || !value.equals(value.strip())) {
            throw new InvalidValue("must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValue("must not contain NUL characters");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * {@return the name a client wrote, trimmed}
     *
     * @param raw the name as sent, possibly null
     * @throws InvalidValue if it is blank, too long or holds a NUL character
     */
    public static ListName parse(String raw) {
        return new ListName(raw == null ? "" : raw.strip());
    }

    /** {@return the form two names are compared in: lower-cased} */
    public String comparable() {
        return value.toLowerCase(Locale.ROOT);
    }
}
