package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An extra way to reach a contact: an email or phone (normalised as the contact's own), or a handle on a
 * messaging network, trimmed, at most 255 characters, compared case-insensitively.
 */
public record Channel(ChannelType type, String value) {

    /** The most characters a handle may have. */
    public static final int MAX_VALUE_LENGTH = 255;

    /**
     * A channel already in its compared form; {@link #parse} reads one as a client wrote it.
     *
     * @param type  the network
     * @param value the normalised value
     * @throws NullPointerException if either is null
     */
    public Channel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the channel a client wrote} An email or phone is normalised as {@link EmailAddress#parse} and
     * {@link PhoneNumber#parse} do; a handle is trimmed and kept as written.
     *
     * @param type          the network
     * @param raw           the value as sent
     * @param defaultRegion the region phones without {@code +} are read in, if any
     * @throws InvalidValue if the value breaks its type's rule (a blank or too long handle, for one)
     */
    public static Channel parse(ChannelType type, String raw, Optional<String> defaultRegion) {
        return switch (type) {
            case EMAIL -> new Channel(type, EmailAddress.parse(raw).value());
            case PHONE -> new Channel(type, PhoneNumber.parse(raw, defaultRegion).value());
            default -> new Channel(type, handle(raw));
        };
    }

    /** {@return the identity this channel gives its contact; a handle is compared lower-cased} */
    public Identity identity() {
        return switch (type) {
            case EMAIL -> new Identity(IdentityKind.EMAIL, value);
            case PHONE -> new Identity(IdentityKind.PHONE, value);
            default -> new Identity(IdentityKind.valueOf(type.name()), value.toLowerCase(Locale.ROOT));
        };
    }

    private static String handle(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            throw new InvalidValue("must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        return value;
    }
}
