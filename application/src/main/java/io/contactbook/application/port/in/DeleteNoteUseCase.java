package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note.NoteDeleter;
import io.contactbook.domain.note.NoteId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;

/** Deletes a note of a contact, if the one asking may (see {@link io.contactbook.domain.note.Note#mayBeDeletedBy}). */
public interface DeleteNoteUseCase {

    NoteDeletion delete(DeleteNoteCommand command);

    record DeleteNoteCommand(WorkspaceId workspace, ContactId contact, NoteId note, NoteDeleter deleter) {
        public DeleteNoteCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(deleter, "deleter");
        }
    }

    /** How a deletion ended: done, no such note of this contact, or refused because the asker is not its author. */
    sealed interface NoteDeletion {
        record Deleted(NoteId note) implements NoteDeletion {
        }

        record NoSuchNote() implements NoteDeletion {
        }

        record NotTheAuthor(String author) implements NoteDeletion {
        }
    }
}
