package io.contactbook.domain.contact;

/**
 * A write that would give an identity to a second contact. {@code field} is the input field that carried it
 * ({@code email}, {@code phone}, {@code external_id}, {@code channels[2]}); {@code holder} is the contact that has it.
 */
public class DuplicateContact extends RuntimeException {

    private final String field;
    private final ContactId holder;

    public DuplicateContact(String field, ContactId holder) {
        super("identity in " + field + " is held by contact " + holder, null, false, false);
        this.field = field;
        this.holder = holder;
    }

    public String field() {
        return field;
    }

    public ContactId holder() {
        return holder;
    }
}
