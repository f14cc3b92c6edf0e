package io.contactbook.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule of the business. {@link #violations()} maps each offending field
 * (a JSON path such as {@code tags[3]} or {@code custom_attributes.plan}) to a message for a person.
 */
public class RuleViolation extends RuntimeException {

    private final Map<String, String> violations;

    public RuleViolation(Map<String, String> violations) {
        super("invalid input: " + violations.keySet());
        this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
    }

    public static RuleViolation of(String field, String message) {
        return new RuleViolation(Map.of(field, message));
    }

    public Map<String, String> violations() {
        return violations;
    }
}
