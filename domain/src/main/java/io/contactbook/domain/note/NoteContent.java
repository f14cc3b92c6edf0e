package io.contactbook.domain.note;

import io.contactbook.domain.shared.RuleViolation;

/**
 * The text of a note, kept exactly as the agent wrote it (line breaks and indentation are part of a note):
 * 1 to 10,000 characters, not blank, without NUL characters.
 */
public record NoteContent(String value) {

    /** The most characters a note may have. */
    public static final int MAX_LENGTH = 10_000;
    private static final String FIELD = "content";

    /**
     * A note's text, checked.
     *
     * @param value the text, exactly as written
     * @throws RuleViolation on {@code content} if it is null, blank, too long or holds a NUL character
     */
    public NoteContent {
        if (value == null) {
            throw RuleViolation.of(FIELD, "is required");
        }
        if (value.isBlank()) {
            throw RuleViolation.of(FIELD, "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw RuleViolation.of(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw RuleViolation.of(FIELD, "must not contain NUL characters");
        }
    }
}
