package io.contactbook.adapter.persistence;

import io.contactbook.domain.shared.InvalidValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Where a page of notes ends: the sort key {@code (created_at, id)} of its last note, as a cursor carries it. */
record NotePosition(Instant createdAt, UUID id) {

    static NotePosition of(NoteEntity row) {
        return new NotePosition(row.createdAt, row.id);
    }

    /** Reads a position back; one this class did not write is an {@link InvalidValue}. */
    static NotePosition read(List<String> position) {
        if (position.size() != 2) {
            throw notAPosition();
        }
        try {
            UUID id = UUID.fromString(position.get(1));
            // fromString also reads shortened groups such as 1-1-1-1-1, which no position holds.
            if (!id.toString().equals(position.get(1).toLowerCase(Locale.ROOT))) {
                throw notAPosition();
            }
            return new NotePosition(Instant.parse(position.get(0)), id);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw notAPosition();
        }
    }

    List<String> asText() {
        return List.of(createdAt.toString(), id.toString());
    }

    private static InvalidValue notAPosition() {
        return new InvalidValue("is not a valid position");
    }
}
