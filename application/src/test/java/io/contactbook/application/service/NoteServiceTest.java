package io.contactbook.application.service;

import io.contactbook.application.port.in.AddNoteUseCase.AddNoteCommand;
import io.contactbook.application.port.in.DeleteNoteUseCase.DeleteNoteCommand;
import io.contactbook.application.port.in.DeleteNoteUseCase.NoteDeletion;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListNotesUseCase.ListNotesQuery;
import io.contactbook.application.port.in.ListNotesUseCase.NotePage;
import io.contactbook.application.port.in.NoteView;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryNotes;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.note.Note.NoteDeleter;
import io.contactbook.domain.note.NoteId;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.PageCursor;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteServiceTest {

    /** Sub-millisecond on purpose: notes keep times to the millisecond, as the API renders them. */
    private static final Instant START = Instant.parse("2026-03-18T09:15:00.123456Z");

    private final MutableClock clock = new MutableClock(START);
    private final WorkspaceId workspace = WorkspaceId.of(UUID.randomUUID());
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryNotes notes = new InMemoryNotes();
    private final NoteService service = new NoteService(contacts, notes, clock);
    private final ContactId contact = storeContact(workspace);

    @Nested
    class Adding {

        @Test
        void signsTheNoteWithTheAuthorAndTheTimeToTheMillisecond() {
            NoteView note = add("Wants the annual plan", "agent:42");

            assertThat(note.contactId()).isEqualTo(contact.value());
            assertThat(note.content()).isEqualTo("Wants the annual plan");
            assertThat(note.author()).isEqualTo("agent:42");
            assertThat(note.createdAt()).isEqualTo(Instant.parse("2026-03-18T09:15:00.123Z"));
            assertThat(notes.find(workspace, new NoteId(note.id())).map(NoteView::of)).contains(note);
        }

        @Test
        void toAContactOfAnotherWorkspaceFindsNoContactAndWritesNothing() {
            WorkspaceId other = WorkspaceId.of(UUID.randomUUID());

            assertThat(service.add(new AddNoteCommand(other, contact, "hello", "agent:42"))).isEmpty();
            assertThat(notes.count(other, contact) + notes.count(workspace, contact)).isZero();
        }

        @Test
        void withBlankContentIsAViolationAndWritesNothing() {
            assertThatThrownBy(() -> add("   ", "agent:42")).isInstanceOf(RuleViolation.class);
            assertThat(notes.count(workspace, contact)).isZero();
        }
    }

    @Nested
    class Listing {

        @Test
        void answersNewestFirstWithAnExactTotal() {
            NoteView first = add("first", "agent:1");
            clock.advance(Duration.ofSeconds(1));
            NoteView second = add("second", "agent:2");

            NotePage page = list(10, Optional.empty(), OptionalInt.empty()).orElseThrow();

            assertThat(page.notes()).containsExactly(second, first);
            assertThat(page.totalCount()).isEqualTo(2);
            assertThat(page.hasMore()).isFalse();
            assertThat(page.nextCursor()).isEmpty();
        }

        @Test
        void walksEveryNoteOnceByCursorEvenWhenNotesShareATime() {
            List<NoteView> written = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                written.add(add("note " + i, "agent:1"));
                if (i % 3 == 0) {
                    clock.advance(Duration.ofMillis(1));
                }
            }

            List<NoteView> walked = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                NotePage page = list(3, cursor, OptionalInt.empty()).orElseThrow();
                walked.addAll(page.notes());
                assertThat(page.totalCount()).isEqualTo(7);
                cursor = page.nextCursor();
            } while (cursor.isPresent());

            assertThat(walked).containsExactlyInAnyOrderElementsOf(written).doesNotHaveDuplicates();
            assertThat(walked).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
        }

        @Test
        void pagesByOffset() {
            NoteView oldest = add("old", "agent:1");
            clock.advance(Duration.ofSeconds(1));
            add("new", "agent:1");

            assertThat(list(1, Optional.empty(), OptionalInt.of(1)).orElseThrow().notes()).containsExactly(oldest);
        }

        @Test
        void ofAnUnknownContactIsEmpty() {
            assertThat(service.list(new ListNotesQuery(workspace, ContactId.generate(), 10, Optional.empty(),
                    OptionalInt.empty()))).isEmpty();
        }

        @Test
        void refusesACursorMadeForAnotherContact() {
            ContactId other = storeContact(workspace);
            service.add(new AddNoteCommand(workspace, other, "one", "agent:1"));
            service.add(new AddNoteCommand(workspace, other, "two", "agent:1"));
            String otherCursor = service.list(new ListNotesQuery(workspace, other, 1, Optional.empty(),
                    OptionalInt.empty())).orElseThrow().nextCursor().orElseThrow();

            assertThatThrownBy(() -> list(1, Optional.of(otherCursor), OptionalInt.empty()))
                    .isInstanceOf(InvalidQuery.class)
                    .hasMessageContaining("cursor");
        }

        @Test
        void refusesAnUnreadableCursorAndOneWithAnUnreadablePosition() {
            String edited = new PageCursor("notes:" + contact.value(), List.of("yesterday", "x")).encode();

            assertThatThrownBy(() -> list(1, Optional.of("not-a-cursor"), OptionalInt.empty()))
                    .isInstanceOf(InvalidQuery.class);
            assertThatThrownBy(() -> list(1, Optional.of(edited), OptionalInt.empty()))
                    .isInstanceOf(InvalidQuery.class);
        }

        @Test
        void refusesALimitOutOfRangeAndANegativeOffset() {
            assertThatThrownBy(() -> list(0, Optional.empty(), OptionalInt.empty())).isInstanceOf(InvalidQuery.class);
            assertThatThrownBy(() -> list(101, Optional.empty(), OptionalInt.empty())).isInstanceOf(InvalidQuery.class);
            assertThatThrownBy(() -> list(10, Optional.empty(), OptionalInt.of(-1))).isInstanceOf(InvalidQuery.class);
        }
    }

    @Nested
    class Deleting {

        private final NoteView note = add("private", "agent:42");

        @Test
        void byItsAuthorRemovesIt() {
            NoteDeletion deletion = delete(contact, note.id(), new NoteDeleter("agent:42", false));

            assertThat(deletion).isEqualTo(new NoteDeletion.Deleted(new NoteId(note.id())));
            assertThat(notes.find(workspace, new NoteId(note.id()))).isEmpty();
        }

        @Test
        void bySomeoneElseIsRefusedAndKeepsIt() {
            NoteDeletion deletion = delete(contact, note.id(), new NoteDeleter("agent:7", false));

            assertThat(deletion).isEqualTo(new NoteDeletion.NotTheAuthor("agent:42"));
            assertThat(notes.find(workspace, new NoteId(note.id()))).isPresent();
        }

        @Test
        void bySomeoneWhoMayDeleteAnyNoteRemovesIt() {
            assertThat(delete(contact, note.id(), new NoteDeleter("agent:7", true)))
                    .isInstanceOf(NoteDeletion.Deleted.class);
        }

        @Test
        void throughAnotherContactFindsNoSuchNoteAndKeepsIt() {
            NoteDeletion deletion = delete(storeContact(workspace), note.id(), new NoteDeleter("agent:42", true));

            assertThat(deletion).isInstanceOf(NoteDeletion.NoSuchNote.class);
            assertThat(notes.find(workspace, new NoteId(note.id()))).isPresent();
        }

        @Test
        void ofAnUnknownNoteFindsNoSuchNote() {
            assertThat(delete(contact, UUID.randomUUID(), new NoteDeleter("agent:42", true)))
                    .isInstanceOf(NoteDeletion.NoSuchNote.class);
        }

        @Test
        void twiceFindsNoSuchNoteTheSecondTime() {
            delete(contact, note.id(), new NoteDeleter("agent:42", false));

            assertThat(delete(contact, note.id(), new NoteDeleter("agent:42", false)))
                    .isInstanceOf(NoteDeletion.NoSuchNote.class);
        }
    }

    private NoteView add(String content, String author) {
        return service.add(new AddNoteCommand(workspace, contact, content, author)).orElseThrow();
    }

    private Optional<NotePage> list(int limit, Optional<String> cursor, OptionalInt offset) {
        return service.list(new ListNotesQuery(workspace, contact, limit, cursor, offset));
    }

    private NoteDeletion delete(ContactId of, UUID note, NoteDeleter deleter) {
        return service.delete(new DeleteNoteCommand(workspace, of, new NoteId(note), deleter));
    }

    private ContactId storeContact(WorkspaceId in) {
        Contact stored = Contact.create(ContactId.generate(), in,
                ContactChanges.builder().firstName(Change.to("Ada")).build(), ContactPolicy.DEFAULTS, START);
        contacts.add(stored);
        return stored.id();
    }
}
