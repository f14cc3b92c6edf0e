package io.contactbook.domain.note;

import io.contactbook.domain.shared.TimeOrderedIds;

import java.util.Objects;
import java.util.UUID;

/** A note's id: a time-ordered UUID (v7). */
public record NoteId(UUID value) {

    /**
     * The id of this value.
     *
     * @param value the UUID
     * @throws NullPointerException if {@code value} is null
     */
    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    /** {@return a new id, later than every id generated before it in this JVM} */
    public static NoteId generate() {
        return new NoteId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
