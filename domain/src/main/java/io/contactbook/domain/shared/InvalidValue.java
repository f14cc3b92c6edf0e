package io.contactbook.domain.shared;

/** A single value that breaks its rule; the message says which rule, for a person to read. */
public class InvalidValue extends RuntimeException {

    public InvalidValue(String message) {
        super(message, null, false, false);
    }
}
