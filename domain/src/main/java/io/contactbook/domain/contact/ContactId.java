package io.contactbook.domain.contact;

import io.contactbook.domain.shared.TimeOrderedIds;

import java.util.Objects;
import java.util.UUID;

/** A contact's id: a time-ordered UUID (v7). */
public record ContactId(UUID value) {

    /**
     * The id of this value.
     *
     * @param value the UUID
     * @throws NullPointerException if {@code value} is null
     */
    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    /** {@return a new id, later than every id generated before it in this JVM} */
    public static ContactId generate() {
        return new ContactId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
