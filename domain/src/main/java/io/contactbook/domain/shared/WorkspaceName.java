package io.contactbook.domain.shared;

/** A workspace's name: trimmed, 1 to 100 characters. */
public record WorkspaceName(String value) {

    /** The most characters (code points) a name may have. */
    public static final int MAX_LENGTH = 100;

    /**
     * A name already in its stored form.
     *
     * @param value the name, trimmed
     * @throws RuleViolation on {@code name} if it is empty, untrimmed, too long or holds a NUL character
     */
    public WorkspaceName {
        if (value == null || value.isEmpty() || !value.equals(value.strip())
                || value.codePointCount(0, value.length()) > MAX_LENGTH || value.indexOf('\u0000') >= 0) {
            throw RuleViolation.of("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    /**
     * {@return the name a client wrote, trimmed}
     *
     * @param raw the name as sent, possibly null
     * @throws RuleViolation on {@code name} if it is blank, too long or holds a NUL character
     */
    public static WorkspaceName parse(String raw) {
        return new WorkspaceName(raw == null ? "" : raw.strip());
    }
}
