package io.contactbook.domain.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where else a contact can be reached; each channel value is an identity of the contact. */
public enum ChannelType {
    EMAIL, PHONE, INSTAGRAM, WHATSAPP, MESSENGER, TELEGRAM, CUSTOM;

    /** The name clients use, e.g. {@code whatsapp}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }
}
