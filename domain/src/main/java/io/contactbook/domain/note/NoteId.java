package io.contactbook.domain.note;

import io.contactbook.domain.shared.TimeOrderedIds;

import java.util.Objects;
import java.util.UUID;

/** A note's id: a time-ordered UUID (v7). */
public record NoteId(UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    public static NoteId generate() {
        return new NoteId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
