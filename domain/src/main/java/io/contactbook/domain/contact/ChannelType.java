package io.contactbook.domain.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where else a contact can be reached; each channel value is an identity of the contact. */
public enum ChannelType {
    /** An email address, normalised as the contact's email. */
    EMAIL,
    /** A phone number, normalised as the contact's phone. */
    PHONE,
    /** An Instagram handle. */
    INSTAGRAM,
    /** A WhatsApp handle. */
    WHATSAPP,
    /** A Messenger handle. */
    MESSENGER,
    /** A Telegram handle. */
    TELEGRAM,
    /** A handle on any other network. */
    CUSTOM;

    /** {@return the name clients use, e.g. {@code whatsapp}} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type of this wire name, or empty when there is none}
     *
     * @param name a wire name such as {@code whatsapp}, possibly null
     */
    public static Optional<ChannelType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }
}
