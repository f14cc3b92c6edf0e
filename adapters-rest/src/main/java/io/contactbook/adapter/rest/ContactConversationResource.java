package io.contactbook.adapter.rest;

import io.contactbook.adapter.rest.ApiResponse.Pagination;
import io.contactbook.application.port.in.ListConversationsUseCase;
import io.contactbook.application.port.in.ListConversationsUseCase.ConversationPage;
import io.contactbook.application.port.in.ListConversationsUseCase.ListConversationsQuery;
import io.contactbook.application.port.in.RecordConversationUseCase;
import io.contactbook.application.port.in.RecordConversationUseCase.RecordConversationCommand;
import io.contactbook.application.port.in.RecordConversationUseCase.RecordedConversation;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.conversation.ConversationInput;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import java.util.List;
import java.util.Optional;

/** The summaries of a contact's conversations, recorded by the conversation service that holds the messages. */
@Path("/api/v1/contacts/{id}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "Summaries of a contact's conversations, recorded by the conversation service that holds the messages.")
public class ContactConversationResource {

    private final CurrentCaller caller;
    private final RecordConversationUseCase recordConversation;
    private final ListConversationsUseCase listConversations;

    ContactConversationResource(CurrentCaller caller, RecordConversationUseCase recordConversation,
                                ListConversationsUseCase listConversations) {
        this.caller = caller;
        this.recordConversation = recordConversation;
        this.listConversations = listConversations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a conversation (upsert)", description = """
            Records the summary of a conversation by its id, the conversation service's own: 201 when the \
            workspace had no conversation of that id, 200 when it replaced one. The body is the whole summary \
            as the conversation service knows it now, so every upsert replaces every field (an absent summary \
            or channel clears it, an absent message_count is 0); the last write wins. Send it again whenever \
            the conversation changes.

            Rules: id 1 to 255 characters, trimmed, compared exactly (send numeric ids as strings); started_at \
            required; started_at and last_message_at ISO-8601 (kept to the millisecond), last_message_at not \
            before started_at; message_count a whole number from 0; channel at most 50 characters (free text \
            such as whatsapp, email, widget); summary at most 5000 characters. A broken rule is 400 \
            validation_error and writes nothing.

            The contact's conversation_count, last_conversation_at (the latest last_message_at, or started_at \
            while there is none, of its conversations) and last_activity (never earlier than \
            last_conversation_at) are recounted in the same transaction, so they stay exact under concurrent \
            records; the contact's version and updated_at move on.

            An id recorded before for another contact moves the conversation here (as when two contacts were \
            merged in the conversation service), and both contacts are recounted. A conversation whose contact \
            was deleted stays, detached, and is attached again by recording it onto a contact (200).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConversationRequest.class),
                    examples = @ExampleObject(name = "conversation", value = OpenApiExamples.CONVERSATION_INPUT)))
    @APIResponse(responseCode = "200", description = "An existing conversation, replaced.",
            content = @Content(schema = @Schema(implementation = ConversationEnvelope.class),
                    examples = @ExampleObject(name = "replaced", value = OpenApiExamples.CONVERSATION_RECORDED)))
    @APIResponse(responseCode = "201", description = "A new conversation.",
            content = @Content(schema = @Schema(implementation = ConversationEnvelope.class),
                    examples = @ExampleObject(name = "recorded", value = OpenApiExamples.CONVERSATION_RECORDED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACTS_WRITE)
    public Response record(@RestPath String id, ConversationRequest body) {
        ApiProblem.requiredBody(body);
        RecordedConversation recorded = recordConversation.record(
                        new RecordConversationCommand(caller.workspace(), QueryParameters.contactId(id), body.toInput()))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ApiResponse.of(ConversationResponse.of(recorded.conversation())))
                .build();
    }

    @GET
    @Operation(summary = "List a contact's conversations", description = """
            Most recent first: by last_message_at, or started_at while there is none (ties by id). Walk pages \
            with next_cursor (keyset; a cursor continues only the conversations of the contact it was made \
            for, else 400) or with offset. total_count is always exact. Conversations of a deleted contact are \
            no contact's any more and show in no list.""")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = ConversationListEnvelope.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.CONVERSATION_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACTS_READ)
    public ApiResponse<List<ConversationResponse>> list(
            @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @RestQuery String limit,
            @Parameter(description = "next_cursor of the previous page.") @RestQuery String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String offset) {
        int pageSize = QueryParameters.integer("limit", limit, ListConversationsUseCase.DEFAULT_LIMIT);
        ConversationPage page = listConversations.list(new ListConversationsQuery(caller.workspace(), QueryParameters.contactId(id),
                        pageSize, Optional.ofNullable(cursor), QueryParameters.optionalInteger("offset", offset)))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return ApiResponse.page(page.conversations().stream().map(ConversationResponse::of).toList(),
                new Pagination(page.hasMore(), page.nextCursor().orElse(null), pageSize, page.totalCount(), true));
    }


    @Schema(name = "ConversationInput", description = "The whole summary of a conversation as it stands now.")
    public record ConversationRequest(
            @Schema(required = true, maxLength = 255, examples = "conv_8412") String id,
            @Schema(maxLength = 50, examples = "whatsapp") String channel,
            @Schema(required = true, format = "date-time", examples = "2026-03-18T09:15:00.000Z") String startedAt,
            @Schema(format = "date-time", examples = "2026-03-18T09:42:10.000Z") String lastMessageAt,
            @Schema(minimum = "0", defaultValue = "0") Long messageCount,
            @Schema(maxLength = 5000) String summary) {

        ConversationInput toInput() {
            return new ConversationInput(id, channel, startedAt, lastMessageAt, messageCount, summary);
        }
    }

    @Schema(name = "ConversationEnvelope")
    record ConversationEnvelope(@Schema(defaultValue = "true") boolean success, ConversationResponse data) {
    }

    @Schema(name = "ConversationListEnvelope")
    record ConversationListEnvelope(@Schema(defaultValue = "true") boolean success, List<ConversationResponse> data,
                                    Pagination pagination) {
    }
}
