package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * A custom attribute a workspace defined: its key, label, type and, for a {@code list}, the allowed options.
 * In strict mode a contact's custom attribute must be defined and its value must match the type.
 */
public record CustomAttributeDefinition(String key, String label, CustomAttributeType type, List<String> options) {

    public CustomAttributeDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
    }

    /** Checks a value against this definition; an {@link InvalidValue} says what was expected. */
    public void check(Object value) {
        switch (type) {
            case TEXT -> require(value instanceof String, "must be text");
            case NUMBER -> require(value instanceof Number, "must be a number");
            case BOOLEAN -> require(value instanceof Boolean, "must be true or false");
            case DATE -> require(value instanceof String text && isDate(text), "must be a date as YYYY-MM-DD");
            case LIST -> require(value instanceof String text && options.contains(text),
                    "must be one of " + String.join(", ", options));
        }
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new InvalidValue(message);
        }
    }

    private static boolean isDate(String text) {
        try {
            return text.length() == 10 && LocalDate.parse(text) != null;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
