package io.contactbook.adapter.rest;

import io.contactbook.adapter.rest.ApiResponse.Pagination;
import io.contactbook.application.port.in.AddNoteUseCase;
import io.contactbook.application.port.in.AddNoteUseCase.AddNoteCommand;
import io.contactbook.application.port.in.DeleteNoteUseCase;
import io.contactbook.application.port.in.DeleteNoteUseCase.DeleteNoteCommand;
import io.contactbook.application.port.in.DeleteNoteUseCase.NoteDeletion;
import io.contactbook.application.port.in.ListNotesUseCase;
import io.contactbook.application.port.in.ListNotesUseCase.ListNotesQuery;
import io.contactbook.application.port.in.ListNotesUseCase.NotePage;
import io.contactbook.application.port.in.NoteView;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note.NoteDeleter;
import io.contactbook.domain.note.NoteContent;
import io.contactbook.domain.note.NoteId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The private notes agents keep about a contact. Notes are immutable: trying to edit one answers 405
 * method_not_allowed.
 */
@Path("/api/v1/contacts/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Private, immutable notes agents keep about a contact.")
public class ContactNoteResource {

    private final CurrentCaller caller;
    private final AddNoteUseCase addNote;
    private final ListNotesUseCase listNotes;
    private final DeleteNoteUseCase deleteNote;

    ContactNoteResource(CurrentCaller caller, AddNoteUseCase addNote, ListNotesUseCase listNotes,
                        DeleteNoteUseCase deleteNote) {
        this.caller = caller;
        this.addNote = addNote;
        this.listNotes = listNotes;
        this.deleteNote = deleteNote;
    }

    @GET
    @Operation(summary = "List a contact's notes", description = """
            The contact's notes, newest first (ties by id). Walk pages with next_cursor (keyset: stable while \
            notes are added; a cursor continues only the notes of the contact it was made for, else 400) or \
            with offset. total_count is always exact. Notes are private to the workspace's agents: they are \
            never part of the contact itself, and reading them needs its own scope.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoteListEnvelope.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.NOTE_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACT_NOTES_READ)
    public ApiResponse<List<NoteResponse>> list(
            @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @RestQuery String limit,
            @Parameter(description = "next_cursor of the previous page.") @RestQuery String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String offset) {
        int pageSize = QueryParameters.integer("limit", limit, ListNotesUseCase.DEFAULT_LIMIT);
        NotePage page = listNotes.list(new ListNotesQuery(caller.workspace(), QueryParameters.contactId(id), pageSize,
                        Optional.ofNullable(cursor), QueryParameters.optionalInteger("offset", offset)))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return ApiResponse.page(page.notes().stream().map(NoteResponse::of).toList(),
                new Pagination(page.hasMore(), page.nextCursor().orElse(null), pageSize, page.totalCount(), true));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note", description = """
            Writes a private note about the contact. Its author is the principal of the calling API key (e.g. \
            agent:42), never a field of the body. The content is kept exactly as written, line breaks and \
            surrounding spaces included: 1 to 10,000 characters (Unicode code points), not blank (else 400 \
            validation_error on content). A note cannot be edited afterwards; delete it and write a new one. \
            Adding a note does not change the contact (its version and updated_at stay).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NoteRequest.class),
                    examples = @ExampleObject(name = "note", value = OpenApiExamples.NOTE_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new note.",
            content = @Content(schema = @Schema(implementation = NoteEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.NOTE_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACT_NOTES_WRITE)
    public Response add(@RestPath String id, NoteRequest body, UriInfo uri) {
        ApiProblem.requiredBody(body);
        NoteView note = addNote.add(new AddNoteCommand(caller.workspace(), QueryParameters.contactId(id), body.content(),
                        caller.get().principal()))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build())
                .entity(ApiResponse.of(NoteResponse.of(note)))
                .build();
    }

    @DELETE
    @Path("/{note_id}")
    @Operation(summary = "Delete a note", description = """
            The note's author may delete it with contact_notes:write; a key with contact_notes:delete may delete \
            any note (a moderator). Anyone else gets 403 forbidden and the note stays. The author is matched by \
            the key's principal, so every key of one agent (same principal) may delete that agent's notes. A \
            note id of another contact, or one already deleted, is 404.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedEnvelope.class),
                    examples = @ExampleObject(name = "deleted", value = OpenApiExamples.NOTE_DELETED)))
    @APIResponse(responseCode = "403", description = """
            forbidden: the key lacks both scopes, or holds only contact_notes:write and is not the note's \
            author (details.required_scope names contact_notes:delete).""",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope({Scope.CONTACT_NOTES_WRITE, Scope.CONTACT_NOTES_DELETE})
    public ApiResponse<Deleted> delete(@RestPath String id, @RestPath("note_id") String noteId) {
        ContactId contact = QueryParameters.contactId(id);
        NoteId note = new NoteId(QueryParameters.id(noteId, "note"));
        NoteDeleter deleter = new NoteDeleter(caller.get().principal(),
                caller.get().has(Scope.CONTACT_NOTES_DELETE));
        NoteDeletion deletion = deleteNote.delete(new DeleteNoteCommand(caller.workspace(), contact, note, deleter));
        if (deletion instanceof NoteDeletion.NotTheAuthor) {
            throw new ApiProblem(403, "forbidden",
                    "only the note's author or a key with the scope contact_notes:delete may delete this note",
                    Map.of("required_scope", Scope.CONTACT_NOTES_DELETE.wireName()));
        }
        if (!(deletion instanceof NoteDeletion.Deleted deleted)) {
            throw ApiProblem.notFound("note");
        }
        return ApiResponse.of(new Deleted(true, deleted.note().value()));
    }

    /*
     * Explicit rather than left to the router: for a method this nested path lacks, the router answers 404 (it
     * falls back to the other resources under /api/v1/contacts), while the contract says an edit is 405.
     */
    @PUT
    @Path("/{note_id}")
    @Operation(summary = "Edit a note: not allowed", description = """
            Notes are immutable, as an audit trail of what agents knew: any edit answers 405 \
            method_not_allowed and changes nothing. Delete the note and write a new one instead.""")
    @APIResponse(responseCode = "405", description = "method_not_allowed: notes cannot be edited.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class),
                    examples = @ExampleObject(name = "refused", value = OpenApiExamples.NOTE_NOT_EDITABLE)))
    @RequiresScope({Scope.CONTACT_NOTES_READ, Scope.CONTACT_NOTES_WRITE, Scope.CONTACT_NOTES_DELETE})
    public Response replace(@RestPath String id, @RestPath("note_id") String noteId) {
        throw notEditable();
    }

    @PATCH
    @Path("/{note_id}")
    @Operation(summary = "Change a note: not allowed", description = """
            Notes are immutable: any change answers 405 method_not_allowed and changes nothing.""")
    @APIResponse(responseCode = "405", description = "method_not_allowed: notes cannot be edited.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class),
                    examples = @ExampleObject(name = "refused", value = OpenApiExamples.NOTE_NOT_EDITABLE)))
    @RequiresScope({Scope.CONTACT_NOTES_READ, Scope.CONTACT_NOTES_WRITE, Scope.CONTACT_NOTES_DELETE})
    public Response change(@RestPath String id, @RestPath("note_id") String noteId) {
        throw notEditable();
    }

    private static ApiProblem notEditable() {
        return new ApiProblem(405, "method_not_allowed",
                "notes cannot be edited; delete the note and write a new one", Map.of());
    }


    /** The body of a new note. */
    @Schema(name = "NoteInput")
    public record NoteRequest(
            @Schema(required = true, minLength = 1, maxLength = NoteContent.MAX_LENGTH,
                    description = "Kept exactly as written; not blank.",
                    examples = "Called on Monday: wants the annual plan.") String content) {
    }

    /** A note as the API returns it. */
    @Schema(name = "Note", description = "A private note about a contact; immutable.")
    public record NoteResponse(
            @Schema(description = "Time-ordered UUID (v7).", readOnly = true) UUID id,
            @Schema(readOnly = true) UUID contactId,
            String content,
            @Schema(description = "The principal of the API key that wrote the note.", readOnly = true,
                    examples = "agent:42") String author,
            @Schema(readOnly = true) Instant createdAt) {

        static NoteResponse of(NoteView view) {
            return new NoteResponse(view.id(), view.contactId(), view.content(), view.author(), view.createdAt());
        }
    }

    @Schema(name = "NoteEnvelope")
    record NoteEnvelope(@Schema(defaultValue = "true") boolean success, NoteResponse data) {
    }

    @Schema(name = "NoteListEnvelope")
    record NoteListEnvelope(@Schema(defaultValue = "true") boolean success, List<NoteResponse> data,
                            ApiResponse.Pagination pagination) {
    }
}
