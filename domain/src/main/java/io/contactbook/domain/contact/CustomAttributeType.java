package io.contactbook.domain.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The type a defined custom attribute's values must have. */
public enum CustomAttributeType {
    /** A JSON string. */
    TEXT,
    /** A JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A string holding a date as {@code YYYY-MM-DD}. */
    DATE,
    /** A string that is one of the definition's options. */
    LIST;

    /** {@return the name clients use, e.g. {@code date}} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type of this wire name, or empty when there is none}
     *
     * @param name a wire name such as {@code date}, possibly null
     */
    public static Optional<CustomAttributeType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }
}
