package io.contactbook.domain.list;

import io.contactbook.domain.shared.TimeOrderedIds;

import java.util.Objects;
import java.util.UUID;

/** A list's id: a time-ordered UUID (v7), so lists sort by creation when sorted by id. */
public record ContactListId(UUID value) {

    public ContactListId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactListId generate() {
        return new ContactListId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
