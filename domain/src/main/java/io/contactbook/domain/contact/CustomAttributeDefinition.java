package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A custom attribute a workspace defined: its key, label, type and, for a {@code list}, the allowed options.
 * In strict mode a contact's custom attribute must be defined and its value must match the type.
 */
public record CustomAttributeDefinition(String key, String label, CustomAttributeType type, List<String> options) {

    /**
     * A definition as stored; {@link #define} is the checked way to make one.
     *
     * @param key     the attribute's key
     * @param label   its label, for people
     * @param type    the type its values must have
     * @param options the allowed values of a {@code list}, empty for other types
     * @throws NullPointerException if any is null
     */
    public CustomAttributeDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
    }

    /** The most characters a label may have. */
    public static final int MAX_LABEL_LENGTH = 100;
    /** The most options a {@code list} may have. */
    public static final int MAX_OPTIONS = 100;
    /** The most characters an option may have. */
    public static final int MAX_OPTION_LENGTH = 100;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * {@return the definition a workspace asks for, checked} A key is 1 to 64 of {@code a-z0-9_}, starting with a
     * letter (it names a JSON member); a label is trimmed, 1 to 100 characters; a {@code list} needs 1 to 100
     * distinct options, other types take none.
     *
     * @param key     the attribute's key
     * @param label   its label
     * @param type    the type's wire name: {@code text}, {@code number}, {@code boolean}, {@code date} or {@code list}
     * @param options the allowed values of a {@code list}; null is none
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field
     */
    public static CustomAttributeDefinition define(String key, String label, String type, List<String> options) {
        Violations violations = new Violations();
        if (key == null || !KEY.matcher(key).matches()) {
            violations.add("key", "must be 1 to 64 of a-z, 0-9 and _, starting with a letter");
        }
        String trimmedLabel = label == null ? "" : label.strip();
        if (trimmedLabel.isEmpty() || trimmedLabel.codePointCount(0, trimmedLabel.length()) > MAX_LABEL_LENGTH) {
            violations.add("label", "must be 1 to " + MAX_LABEL_LENGTH + " characters");
        }
        CustomAttributeType checkedType = type == null ? null : CustomAttributeType.fromWireName(type).orElse(null);
        if (checkedType == null) {
            violations.add("type", "must be one of text, number, boolean, date, list");
        }
        List<String> checkedOptions = options(checkedType, options == null ? List.of() : options, violations);
        violations.throwIfAny();
        return new CustomAttributeDefinition(key, trimmedLabel, checkedType, checkedOptions);
    }

    private static List<String> options(CustomAttributeType type, List<String> options, Violations violations) {
        if (type != CustomAttributeType.LIST) {
            if (!options.isEmpty()) {
                violations.add("options", "are only for attributes of type list");
            }
            return List.of();
        }
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            violations.add("options", "a list needs 1 to " + MAX_OPTIONS + " options");
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i) == null ? "" : options.get(i).strip();
            if (option.isEmpty() || option.codePointCount(0, option.length()) > MAX_OPTION_LENGTH) {
                violations.add("options[" + i + "]", "must be 1 to " + MAX_OPTION_LENGTH + " characters");
            } else if (!distinct.add(option)) {
                violations.add("options[" + i + "]", "is already an option");
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * Checks a value against this definition.
     *
     * @param value a custom attribute's value as plain-Java JSON
     * @throws InvalidValue saying what was expected, if the value does not match the type (or the options)
     */
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
