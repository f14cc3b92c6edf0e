package io.contactbook.domain.note;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * A private note an agent keeps about a contact. Notes are immutable: once written, a note can only be deleted,
 * and only by its author or by someone allowed to delete any note.
 */
public record Note(NoteId id, WorkspaceId workspaceId, ContactId contactId, NoteContent content, String author,
                   Instant createdAt) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new note by {@code author}; its content rules are checked here (a RuleViolation otherwise). */
    public static Note write(WorkspaceId workspace, ContactId contact, String content, String author, Instant now) {
        return new Note(NoteId.generate(), workspace, contact, new NoteContent(content), author, now);
    }

    /** The author may delete their own note; a moderator (who may delete any note) may delete every note. */
    public boolean mayBeDeletedBy(NoteDeleter deleter) {
        return deleter.mayDeleteAnyNote() || author.equals(deleter.principal());
    }

    /** Who asks to delete a note: the principal they act as, and whether they may delete notes of others. */
    public record NoteDeleter(String principal, boolean mayDeleteAnyNote) {
        public NoteDeleter {
            Objects.requireNonNull(principal, "principal");
        }
    }
}
