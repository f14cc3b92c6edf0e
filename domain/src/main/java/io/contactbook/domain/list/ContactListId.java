package io.contactbook.domain.list;

import io.contactbook.domain.shared.TimeOrderedIds;

import java.util.Objects;
import java.util.UUID;

/** A list's id: a time-ordered UUID (v7), so lists sort by creation when sorted by id. */
public record ContactListId(UUID value) {

    /**
     * The id of this value.
     *
     * @param value the UUID
     * @throws NullPointerException if {@code value} is null
     */
    public ContactListId {
        Objects.requireNonNull(value, "value");
    }

    /** {@return a new id, later than every id generated before it in this JVM} */
    public static ContactListId generate() {
        return new ContactListId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
