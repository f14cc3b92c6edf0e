package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased: addresses compare case-insensitively, so the stored form
 * is the compared form. Letters outside ASCII, with their combining marks, are accepted (internationalised addresses).
 */
public record EmailAddress(String value) {

    /** The most characters an address may have (RFC 5321's limit on a path). */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    private static final Pattern LOCAL_PART = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([\\p{L}\\p{N}]([\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?\\.)+"
                    + "\\p{L}[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}]");

    /**
     * An address already in its compared form; {@link #parse} reads one as a client wrote it.
     *
     * @param value the address, trimmed and lower-cased
     * @throws InvalidValue if it is null, not in that form or not well formed
     */
    public EmailAddress {
        if (value == null || !value.equals(normalise(value)) || !isWellFormed(value)) {
            throw new InvalidValue("must be a valid email address");
        }
    }

    /**
     * {@return the address a client wrote, trimmed and lower-cased}
     *
     * @param raw the address as sent, e.g. {@code " Ada@Example.COM "}
     * @throws InvalidValue if it is longer than {@link #MAX_LENGTH} or is not a well-formed address
     */
    public static EmailAddress parse(String raw) {
        String value = normalise(raw);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_LENGTH + " characters");
        }
        if (!isWellFormed(value)) {
            throw new InvalidValue("must be a valid email address");
        }
        return new EmailAddress(value);
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.length() > MAX_LENGTH) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        return local.length() <= MAX_LOCAL_LENGTH
                && LOCAL_PART.matcher(local).matches()
                && DOMAIN.matcher(domain).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
