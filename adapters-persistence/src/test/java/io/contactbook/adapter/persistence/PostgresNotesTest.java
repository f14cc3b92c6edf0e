package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Notes;
import io.contactbook.application.port.out.Notes.NoteSlice;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note;
import io.contactbook.domain.note.NoteContent;
import io.contactbook.domain.note.NoteId;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.contactbook.adapter.persistence.TestContacts.NOW;
import static io.contactbook.adapter.persistence.TestContacts.newContact;
import static io.contactbook.domain.shared.Change.to;
import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class PostgresNotesTest {

    @Inject
    Notes notes;

    @Inject
    Contacts contacts;

    @Inject
    TestDatabase database;

    private WorkspaceId workspace;
    private ContactId contact;

    @BeforeEach
    void aContact() {
        workspace = database.newWorkspace();
        contact = storeContact(workspace);
    }

    @Test
    void aNoteReadsBackExactlyAsWritten() {
        Note note = note("  Line one\n\tLine two \uD83D\uDE00\n", NOW);
        requiringNew().run(() -> notes.add(note));

        assertThat(requiringNew().call(() -> notes.find(workspace, note.id()))).contains(note);
    }

    @Test
    void aNoteIsNotFoundFromAnotherWorkspace() {
        Note note = note("private", NOW);
        requiringNew().run(() -> notes.add(note));
        WorkspaceId other = database.newWorkspace();

        assertThat(requiringNew().call(() -> notes.find(other, note.id()))).isEmpty();
        assertThat(requiringNew().call(() -> notes.remove(other, note.id()))).isFalse();
        assertThat(requiringNew().call(() -> notes.count(other, contact))).isZero();
        assertThat(requiringNew().call(() -> notes.find(workspace, note.id()))).isPresent();
    }

    @Test
    void removingANoteDeletesItsRowOnce() {
        Note note = note("gone soon", NOW);
        requiringNew().run(() -> notes.add(note));

        assertThat(requiringNew().call(() -> notes.remove(workspace, note.id()))).isTrue();
        assertThat(requiringNew().call(() -> notes.remove(workspace, note.id()))).isFalse();
        assertThat(noteRows()).isZero();
    }

    @Test
    void slicesWalkEveryNoteNewestFirstWithoutGapOrRepeatEvenWithEqualTimes() {
        List<Note> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Three notes share each millisecond, so the id has to break the ties.
            Note note = note("note " + i, NOW.plusMillis(i / 3));
            requiringNew().run(() -> notes.add(note));
            written.add(note);
        }
        storeNoteOfAnotherContact();

        List<Note> walked = new ArrayList<>();
        Optional<List<String>> after = Optional.empty();
        boolean hasMore = true;
        while (hasMore) {
            Optional<List<String>> position = after;
            NoteSlice slice = requiringNew().call(() -> notes.list(workspace, contact, position, 0, 3));
            walked.addAll(slice.notes());
            hasMore = slice.hasMore();
            after = Optional.of(slice.lastPosition());
        }

        List<Note> newestFirst = written.stream()
                .sorted((a, b) -> b.createdAt().equals(a.createdAt())
                        ? b.id().value().compareTo(a.id().value())
                        : b.createdAt().compareTo(a.createdAt()))
                .toList();
        assertThat(walked).containsExactlyElementsOf(newestFirst);
        assertThat(requiringNew().call(() -> notes.count(workspace, contact))).isEqualTo(7);
    }

    @Test
    void anOffsetSkipsTheNewestNotes() {
        Note older = note("older", NOW);
        Note newer = note("newer", NOW.plusSeconds(1));
        requiringNew().run(() -> notes.add(older));
        requiringNew().run(() -> notes.add(newer));

        NoteSlice slice = requiringNew().call(() -> notes.list(workspace, contact, Optional.empty(), 1, 10));

        assertThat(slice.notes()).containsExactly(older);
        assertThat(slice.hasMore()).isFalse();
    }

    @Test
    void aPositionThatWasNotWrittenByTheAdapterIsAnInvalidValue() {
        for (List<String> position : List.of(List.of("yesterday", UUID.randomUUID().toString()),
                List.of(NOW.toString(), "1-1-1-1-1"), List.of(NOW.toString()))) {
            assertThatThrownBy(() -> requiringNew().call(
                    () -> notes.list(workspace, contact, Optional.of(position), 0, 10)))
                    .as(position.toString())
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Test
    void removingTheContactRemovesItsNotes() {
        requiringNew().run(() -> notes.add(note("one", NOW)));
        requiringNew().run(() -> notes.add(note("two", NOW)));
        storeNoteOfAnotherContact();

        requiringNew().run(() -> contacts.remove(workspace, contact));

        assertThat(requiringNew().call(() -> notes.count(workspace, contact))).isZero();
        assertThat(noteRows()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesANoteOfAContactThatDoesNotExist() {
        Note orphan = new Note(NoteId.generate(), workspace, ContactId.generate(), new NoteContent("orphan"),
                "agent:42", NOW);

        assertThatThrownBy(() -> requiringNew().run(() -> notes.add(orphan)))
                .hasStackTraceContaining("contact_notes_workspace_id_contact_id_fkey");
        assertThat(noteRows()).isZero();
    }

    private void storeNoteOfAnotherContact() {
        ContactId other = storeContact(workspace);
        requiringNew().run(() -> notes.add(new Note(NoteId.generate(), workspace, other, new NoteContent("other"),
                "agent:42", NOW)));
    }

    private Note note(String content, Instant at) {
        return new Note(NoteId.generate(), workspace, contact, new NoteContent(content), "agent:42", at);
    }

    private ContactId storeContact(WorkspaceId in) {
        Contact stored = newContact(in, input -> input.firstName(to("Ada")));
        requiringNew().run(() -> contacts.add(stored));
        return stored.id();
    }

    private long noteRows() {
        return ((Number) database.value("SELECT count(*) FROM contact_notes WHERE workspace_id = ?",
                workspace.value())).longValue();
    }
}
