package io.contactbook.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule of the business. {@link #violations()} maps each offending field
 * (a JSON path such as {@code tags[3]} or {@code custom_attributes.plan}) to a message for a person.
 */
public class RuleViolation extends RuntimeException {

    /** Each offending field mapped to its message. */
    private final Map<String, String> violations;

    /**
     * Input that breaks the given rules; without a stack trace, as it is an answer to input, not a fault.
     *
     * @param violations each offending field's JSON path mapped to its message, in the order to report them
     */
    public RuleViolation(Map<String, String> violations) {
        super("invalid input: " + violations.keySet());
        this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
    }

    /**
     * {@return input that breaks one rule}
     *
     * @param field   the offending field's JSON path, e.g. {@code name}
     * @param message the rule it breaks, for a person to read
     */
    public static RuleViolation of(String field, String message) {
        return new RuleViolation(Map.of(field, message));
    }

    /** {@return each offending field mapped to its message, unmodifiable, in the order they were found} */
    public Map<String, String> violations() {
        return violations;
    }
}
