package io.contactbook.application.port.in;

import io.contactbook.domain.note.Note;

import java.time.Instant;
import java.util.UUID;

/** A note as the use cases answer it. */
public record NoteView(UUID id, UUID contactId, String content, String author, Instant createdAt) {

    public static NoteView of(Note note) {
        return new NoteView(note.id().value(), note.contactId().value(), note.content().value(), note.author(),
                note.createdAt());
    }
}
