package io.contactbook.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects every broken rule of one input, so a client learns all of them in one answer. */
public final class Violations {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /** Runs a parse step; an {@link InvalidValue} it throws is recorded against {@code field} and null returned. */
    public <T> T check(String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidValue invalid) {
            add(field, invalid.getMessage());
            return null;
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new RuleViolation(byField);
        }
    }
}
