package io.contactbook.domain.shared;

/** A single value that breaks its rule; the message says which rule, for a person to read. */
public class InvalidValue extends RuntimeException {

    /**
     * A broken rule of one value; without a stack trace, as it is an answer to input, not a fault.
     *
     * @param message the rule the value breaks, e.g. {@code must be a valid email address}
     */
    public InvalidValue(String message) {
        super(message, null, false, false);
    }
}
