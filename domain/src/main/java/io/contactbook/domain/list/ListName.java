package io.contactbook.domain.list;

import io.contactbook.domain.shared.InvalidValue;

import java.util.Locale;
import java.util.Objects;

/**
 * A list's name: trimmed, 1 to 100 characters. Two names that differ only in case are the same name, so a
 * workspace cannot have both "VIP" and "vip" (as HubSpot refuses a second list of one name).
 */
public record ListName(String value) {

    public static final int MAX_LENGTH = 100;

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

    public static ListName parse(String raw) {
        return new ListName(raw == null ? "" : raw.strip());
    }

    /** The form two names are compared in. */
    public String comparable() {
        return value.toLowerCase(Locale.ROOT);
    }
}
