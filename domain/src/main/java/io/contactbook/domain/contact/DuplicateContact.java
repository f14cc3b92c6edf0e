package io.contactbook.domain.contact;

/**
 * A write that would give an identity to a second contact. {@code field} is the input field that carried it
 * ({@code email}, {@code phone}, {@code external_id}, {@code channels[2]}); {@code holder} is the contact that has it.
 */
public class DuplicateContact extends RuntimeException {

    /** The input field that carried the identity. */
    private final String field;
    /** The contact that holds the identity. */
    private final ContactId holder;

    /**
     * A write refused by the dedup rule; without a stack trace, as it is an answer to input, not a fault.
     *
     * @param field  the input field that carried the identity
     * @param holder the contact that holds it
     */
    public DuplicateContact(String field, ContactId holder) {
        super("identity in " + field + " is held by contact " + holder, null, false, false);
        this.field = field;
        this.holder = holder;
    }

    /** {@return the input field that carried the identity, e.g. {@code email} or {@code channels[2]}} */
    public String field() {
        return field;
    }

    /** {@return the contact that already holds the identity} */
    public ContactId holder() {
        return holder;
    }
}
