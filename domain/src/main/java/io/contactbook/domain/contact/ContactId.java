package io.contactbook.domain.contact;

import io.contactbook.domain.shared.TimeOrderedIds;

import java.util.Objects;
import java.util.UUID;

/** A contact's id: a time-ordered UUID (v7). */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId generate() {
        return new ContactId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
