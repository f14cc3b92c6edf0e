package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note;
import io.contactbook.domain.note.NoteId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** The notes of every workspace. A contact's notes go with the contact when it is removed. */
public interface Notes {

    void add(Note note);

    Optional<Note> find(WorkspaceId workspace, NoteId id);

    /** False when there was no such note. */
    boolean remove(WorkspaceId workspace, NoteId id);

    /**
     * Up to {@code limit} notes of a contact, newest first (ties by id, descending), after {@code after} (a position
     * from an earlier slice) or past the first {@code offset}. A position the store cannot read is an
     * {@link io.contactbook.domain.shared.InvalidValue}.
     */
    NoteSlice list(WorkspaceId workspace, ContactId contact, Optional<List<String>> after, int offset, int limit);

    long count(WorkspaceId workspace, ContactId contact);

    /** {@code lastPosition} is where the next slice starts: the sort key of the last note. */
    record NoteSlice(List<Note> notes, boolean hasMore, List<String> lastPosition) {
        public NoteSlice {
            notes = List.copyOf(notes);
            lastPosition = List.copyOf(lastPosition);
        }
    }
}
