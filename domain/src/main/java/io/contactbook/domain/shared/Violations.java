package io.contactbook.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects every broken rule of one input, so a client learns all of them in one answer. */
public final class Violations {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /**
     * Records a broken rule; a field keeps the first message recorded for it.
     *
     * @param field   the offending field's JSON path
     * @param message the rule it breaks
     */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /**
     * Runs a parse step; an {@link InvalidValue} it throws is recorded against {@code field}.
     *
     * @param field the JSON path of the value the step reads
     * @param step  the parse step
     * @param <T>   what the step answers
     * @return what the step answered, or null if it threw an {@link InvalidValue}
     */
    public <T> T check(String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidValue invalid) {
            add(field, invalid.getMessage());
            return null;
        }
    }

    /** {@return whether no rule is broken so far} */
    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /**
     * Ends the checks of an input.
     *
     * @throws RuleViolation naming every recorded field, if any rule is broken
     */
    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new RuleViolation(byField);
        }
    }
}
