package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note;
import io.contactbook.domain.note.NoteContent;
import io.contactbook.domain.note.NoteId;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Notes} in memory, ordered as the PostgreSQL adapter orders them (newest first, ties by id descending),
 * with positions {@code [created_at, id]} that continue exactly after the note they came from.
 */
public class InMemoryNotes implements Notes {

    private static final Comparator<Note> NEWEST_FIRST = Comparator.comparing(Note::createdAt)
            .thenComparing(note -> note.id().value()).reversed();

    private final Map<NoteId, Note> notes = new LinkedHashMap<>();

    @Override
    public synchronized void add(Note note) {
        if (notes.putIfAbsent(note.id(), note) != null) {
            throw new IllegalStateException("note " + note.id() + " was added before");
        }
    }

    @Override
    public synchronized Optional<Note> find(WorkspaceId workspace, NoteId id) {
        return Optional.ofNullable(notes.get(id)).filter(note -> note.workspaceId().equals(workspace));
    }

    @Override
    public synchronized boolean remove(WorkspaceId workspace, NoteId id) {
        return find(workspace, id).map(note -> notes.remove(id) != null).orElse(false);
    }

    @Override
    public synchronized NoteSlice list(WorkspaceId workspace, ContactId contact, Optional<List<String>> after,
                                       int offset, int limit) {
        Optional<Note> last = after.map(InMemoryNotes::positionNote);
        List<Note> matching = ofContact(workspace, contact).stream()
                .filter(note -> last.isEmpty() || NEWEST_FIRST.compare(note, last.get()) > 0)
                .skip(offset)
                .limit(limit + 1L)
                .toList();
        boolean hasMore = matching.size() > limit;
        List<Note> slice = hasMore ? matching.subList(0, limit) : matching;
        List<String> lastPosition = slice.isEmpty() ? List.of()
                : List.of(slice.get(slice.size() - 1).createdAt().toString(),
                        slice.get(slice.size() - 1).id().value().toString());
        return new NoteSlice(slice, hasMore, lastPosition);
    }

    @Override
    public synchronized long count(WorkspaceId workspace, ContactId contact) {
        return ofContact(workspace, contact).size();
    }

    private List<Note> ofContact(WorkspaceId workspace, ContactId contact) {
        return notes.values().stream()
                .filter(note -> note.workspaceId().equals(workspace) && note.contactId().equals(contact))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** A stand-in note that sorts where the position is; only its time and id are read. */
    private static Note positionNote(List<String> position) {
        if (position.size() != 2) {
            throw new InvalidValue("is not a valid position");
        }
        try {
            return new Note(new NoteId(UUID.fromString(position.get(1))), WorkspaceId.of(new UUID(0, 0)),
                    new ContactId(new UUID(0, 0)), new NoteContent("position"), "",
                    Instant.parse(position.get(0)));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw new InvalidValue("is not a valid position");
        }
    }
}
