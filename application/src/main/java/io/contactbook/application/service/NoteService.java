package io.contactbook.application.service;

import io.contactbook.application.port.in.AddNoteUseCase;
import io.contactbook.application.port.in.DeleteNoteUseCase;
import io.contactbook.application.port.in.DeleteNoteUseCase.NoteDeletion.Deleted;
import io.contactbook.application.port.in.DeleteNoteUseCase.NoteDeletion.NoSuchNote;
import io.contactbook.application.port.in.DeleteNoteUseCase.NoteDeletion.NotTheAuthor;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListNotesUseCase;
import io.contactbook.application.port.in.NoteView;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Notes;
import io.contactbook.application.port.out.Notes.NoteSlice;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note;
import io.contactbook.domain.shared.InvalidValue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The notes agents keep about contacts. Each method is one use case and runs as one transaction (wired in bootstrap). */
public class NoteService implements AddNoteUseCase, ListNotesUseCase, DeleteNoteUseCase {

    private final Contacts contacts;
    private final Notes notes;
    private final Clock clock;

    public NoteService(Contacts contacts, Notes notes, Clock clock) {
        this.contacts = contacts;
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public Optional<NoteView> add(AddNoteCommand command) {
        // Locked, so that a delete of the contact cannot slip in between this look-up and the insert of its note.
        return contacts.findForUpdate(command.workspace(), command.contact()).map(contact -> {
            Note note = Note.write(command.workspace(), command.contact(), command.content(), command.author(), now());
            notes.add(note);
            return NoteView.of(note);
        });
    }

    @Override
    public Optional<NotePage> list(ListNotesQuery query) {
        if (contacts.find(query.workspace(), query.contact()).isEmpty()) {
            return Optional.empty();
        }
        String binding = binding(query.contact());
        Optional<List<String>> after = query.cursor().map(cursor -> Cursors.position(cursor, binding));
        NoteSlice slice;
        try {
            slice = notes.list(query.workspace(), query.contact(), after, query.offset().orElse(0), query.limit());
        } catch (InvalidValue unreadablePosition) {
            throw new InvalidQuery("cursor", "is not a valid cursor");
        }
        Optional<String> next = Cursors.next(slice.hasMore(), binding, slice.lastPosition());
        return Optional.of(new NotePage(slice.notes().stream().map(NoteView::of).toList(), slice.hasMore(), next,
                notes.count(query.workspace(), query.contact())));
    }

    @Override
    public NoteDeletion delete(DeleteNoteCommand command) {
        // A note reached through another contact's path is not there: the same 404 as an unknown id.
        Optional<Note> note = notes.find(command.workspace(), command.note())
                .filter(found -> found.contactId().equals(command.contact()));
        if (note.isEmpty()) {
            return new NoSuchNote();
        }
        if (!note.get().mayBeDeletedBy(command.deleter())) {
            return new NotTheAuthor(note.get().author());
        }
        return notes.remove(command.workspace(), command.note()) ? new Deleted(command.note()) : new NoSuchNote();
    }

    /** A cursor continues only the notes of the contact it was made for. */
    private static String binding(ContactId contact) {
        return "notes:" + contact.value();
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
