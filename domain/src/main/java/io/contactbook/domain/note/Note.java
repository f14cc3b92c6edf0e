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

    /**
     * A note as stored; {@link #write} is the way to make a new one.
     *
     * @param id          the note's id
     * @param workspaceId the workspace it belongs to
     * @param contactId   the contact it is about
     * @param content     its text
     * @param author      the principal that wrote it
     * @param createdAt   when it was written
     * @throws NullPointerException if any component is null
     */
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * {@return a new note by {@code author}, with a new id}
     *
     * @param workspace the workspace it belongs to
     * @param contact   the contact it is about
     * @param content   the text as the agent wrote it
     * @param author    the principal that writes it
     * @param now       the moment of writing
     * @throws io.contactbook.domain.shared.RuleViolation on {@code content} if the text breaks
     *                                                    {@link NoteContent}'s rules
     */
    public static Note write(WorkspaceId workspace, ContactId contact, String content, String author, Instant now) {
        return new Note(NoteId.generate(), workspace, contact, new NoteContent(content), author, now);
    }

    /**
     * {@return whether {@code deleter} may delete this note} The author may delete their own note; a moderator
     * (who may delete any note) may delete every note.
     *
     * @param deleter who asks
     */
    public boolean mayBeDeletedBy(NoteDeleter deleter) {
        return deleter.mayDeleteAnyNote() || author.equals(deleter.principal());
    }

    /** Who asks to delete a note: the principal they act as, and whether they may delete notes of others. */
    public record NoteDeleter(String principal, boolean mayDeleteAnyNote) {
        /**
         * Who asks.
         *
         * @param principal        the principal they act as
         * @param mayDeleteAnyNote whether they may delete notes of others
         * @throws NullPointerException if {@code principal} is null
         */
        public NoteDeleter {
            Objects.requireNonNull(principal, "principal");
        }
    }
}
