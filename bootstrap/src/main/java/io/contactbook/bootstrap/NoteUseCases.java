package io.contactbook.bootstrap;

import io.contactbook.application.port.in.AddNoteUseCase;
import io.contactbook.application.port.in.DeleteNoteUseCase;
import io.contactbook.application.port.in.ListNotesUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Notes;
import io.contactbook.application.service.NoteService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires the note use cases to the adapters, each one transaction (see {@link UseCases}). */
@Singleton
public class NoteUseCases {

    private final NoteService notes;

    NoteUseCases(Contacts contacts, Notes notes) {
        this.notes = new NoteService(contacts, notes, Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    AddNoteUseCase addNote(@BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<AddNoteUseCase> proxy) {
        return proxy.create(notes);
    }

    @Produces
    @ApplicationScoped
    ListNotesUseCase listNotes(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<ListNotesUseCase> proxy) {
        return proxy.create(notes);
    }

    @Produces
    @ApplicationScoped
    DeleteNoteUseCase deleteNote(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<DeleteNoteUseCase> proxy) {
        return proxy.create(notes);
    }
}
