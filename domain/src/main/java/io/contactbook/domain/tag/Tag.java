package io.contactbook.domain.tag;

import io.contactbook.domain.shared.InvalidValue;

import java.util.Locale;

/** A label on a contact: trimmed, lower-cased, 1 to 50 characters, so {@code " VIP "} and {@code "vip"} are one tag. */
public record Tag(String value) {

    /** The most characters a tag may have. */
    public static final int MAX_LENGTH = 50;

    /**
     * A tag already in its compared form; {@link #parse} reads one as a client wrote it.
     *
     * @param value the tag, trimmed and lower-cased
     * @throws InvalidValue if it is null, empty, too long, untrimmed or not lower-case
     */
    public Tag {
        if (value == null || value.isEmpty() || value.codePointCount(0, value.length()) > MAX_LENGTH
                || !value.equals(normalise(value))) {
            throw new InvalidValue("must be 1 to " + MAX_LENGTH + " characters, trimmed and lower-case");
        }
    }

    /**
     * {@return the tag a client wrote, trimmed and lower-cased}
     *
     * @param raw the tag as sent
     * @throws InvalidValue if it is null, blank or longer than {@link #MAX_LENGTH}
     */
    public static Tag parse(String raw) {
        if (raw == null) {
            throw new InvalidValue("must be a string");
        }
        String value = normalise(raw);
        if (value.isEmpty()) {
            throw new InvalidValue("must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_LENGTH + " characters");
        }
        return new Tag(value);
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
