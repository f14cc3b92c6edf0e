package io.contactbook.domain.contact;

/** A first and last name, either of which may be missing. */
public record PersonName(String firstName, String lastName) {

    /**
     * {@return a full name split at its last space} {@code "Mary Ann Smith"} is Mary Ann + Smith; one word is a
     * first name; a blank or null name is neither.
     *
     * @param fullName the name as written, possibly null
     */
    public static PersonName split(String fullName) {
        String trimmed = fullName == null ? "" : fullName.strip();
        int lastSpace = trimmed.lastIndexOf(' ');
        if (lastSpace < 0) {
            return new PersonName(emptyToNull(trimmed), null);
        }
        return new PersonName(emptyToNull(trimmed.substring(0, lastSpace).strip()),
                emptyToNull(trimmed.substring(lastSpace + 1).strip()));
    }

    /** {@return the full name: first and last joined by a space, or null when there is neither} */
    public String fullName() {
        if (firstName == null) {
            return lastName;
        }
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
