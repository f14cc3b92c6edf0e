package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.ContactTagsUseCase;
import io.contactbook.application.port.in.ContactTagsUseCase.TagRemoval;
import io.contactbook.domain.access.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.Map;

/** A contact's tags as a resource of their own: {@code {"tags": [...]}} in and out. */
@Path("/api/v1/contacts/{id}/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags")
public class ContactTagResource {

    private final CurrentCaller caller;
    private final ContactTagsUseCase tags;

    ContactTagResource(CurrentCaller caller, ContactTagsUseCase tags) {
        this.caller = caller;
        this.tags = tags;
    }

    @GET
    @RequiresScope(Scope.CONTACTS_READ)
    @Operation(summary = "A contact's tags")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TagsEnvelope.class),
                    examples = @ExampleObject(name = "tags", value = OpenApiExamples.TAGS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiResponse<Tags> list(@RestPath String id) {
        return answer(tags.tagsOf(caller.workspace(), QueryParameters.contactId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.CONTACTS_WRITE)
    @Operation(summary = "Add tags", description = """
            Adds the tags the contact does not have yet, after the ones it has (200 with all its tags). Tags are \
            trimmed and lower-cased; a contact holds at most 50.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Tags.class),
                    examples = @ExampleObject(name = "add", value = OpenApiExamples.TAGS_TO_ADD)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TagsEnvelope.class),
                    examples = @ExampleObject(name = "tags", value = OpenApiExamples.TAGS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiResponse<Tags> add(@RestPath String id, Tags body) {
        return answer(tags.addTags(caller.workspace(), QueryParameters.contactId(id), required(body)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.CONTACTS_WRITE)
    @Operation(summary = "Replace the tags", description = "The contact's tags become exactly these (an empty list "
            + "removes them all).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Tags.class),
                    examples = @ExampleObject(name = "replace", value = OpenApiExamples.TAGS_TO_SET)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TagsEnvelope.class),
                    examples = @ExampleObject(name = "tags", value = OpenApiExamples.TAGS_SET)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiResponse<Tags> replace(@RestPath String id, Tags body) {
        return answer(tags.replaceTags(caller.workspace(), QueryParameters.contactId(id), required(body)));
    }

    @DELETE
    @Path("/{tag}")
    @RequiresScope(Scope.CONTACTS_WRITE)
    @Operation(summary = "Remove a tag", description = "Answers {deleted: true, id: <the tag>}; the tag in the path "
            + "is compared as stored (trimmed, lower-cased). A tag the contact does not have is 404.")
    @APIResponse(responseCode = "200", description = "Removed; id is the tag as stored.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedKeyEnvelope.class),
                    examples = @ExampleObject(name = "removed", value = OpenApiExamples.TAG_REMOVED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiResponse<DeletedKey> remove(@RestPath String id, @RestPath String tag) {
        TagRemoval removal = tags.removeTag(caller.workspace(), QueryParameters.contactId(id), tag);
        return switch (removal) {
            case REMOVED -> ApiResponse.of(new DeletedKey(true, io.contactbook.domain.tag.Tag.parse(tag).value()));
            case NOT_TAGGED -> throw ApiProblem.notFound("tag");
            case NO_SUCH_CONTACT -> throw ApiProblem.notFound("contact");
        };
    }

    private static ApiResponse<Tags> answer(java.util.Optional<List<String>> tags) {
        return ApiResponse.of(new Tags(tags.orElseThrow(() -> ApiProblem.notFound("contact"))));
    }

    private static List<String> required(Tags body) {
        if (body == null || body.tags() == null) {
            throw ApiProblem.badRequest("the body must be {\"tags\": [...]}", Map.of("tags", "is required"));
        }
        return body.tags();
    }


    /** The body of every tag endpoint. */
    @Schema(name = "Tags")
    public record Tags(@Schema(examples = "[\"vip\", \"newsletter\"]") List<String> tags) {
    }

    @Schema(name = "TagsEnvelope")
    record TagsEnvelope(boolean success, Tags data) {
    }
}
