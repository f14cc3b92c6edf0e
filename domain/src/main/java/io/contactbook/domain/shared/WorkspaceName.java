package io.contactbook.domain.shared;

/** A workspace's name: trimmed, 1 to 100 characters. */
public record WorkspaceName(String value) {

    public static final int MAX_LENGTH = 100;

    public WorkspaceName {
        if (value == null || value.isEmpty() || !value.equals(value.strip())
                || value.codePointCount(0, value.length()) > MAX_LENGTH || value.indexOf('\u0000') >= 0) {
            throw RuleViolation.of("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static WorkspaceName parse(String raw) {
        return new WorkspaceName(raw == null ? "" : raw.strip());
    }
}
