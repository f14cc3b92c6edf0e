package io.contactbook.domain.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The type a defined custom attribute's values must have. */
public enum CustomAttributeType {
    TEXT, NUMBER, BOOLEAN, DATE, LIST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CustomAttributeType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }
}
