package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.TagCountsUseCase;
import io.contactbook.domain.access.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The tags in use across the workspace. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "A contact's tags, and the tags in use across the workspace.")
public class TagResource {

    private final CurrentCaller caller;
    private final TagCountsUseCase tagCounts;

    TagResource(CurrentCaller caller, TagCountsUseCase tagCounts) {
        this.caller = caller;
        this.tagCounts = tagCounts;
    }

    @GET
    @RequiresScope(Scope.CONTACTS_READ_ALL)
    @Operation(summary = "Tags with their contact counts", description = """
            Every tag on the workspace's contacts with how many contacts carry it, most used first, then by name; \
            counted at the moment of the request, so it is right after every change.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TagCountsEnvelope.class),
                    examples = @ExampleObject(name = "counts", value = OpenApiExamples.TAG_COUNTS)))
    public ApiResponse<List<TagCountResponse>> list() {
        return ApiResponse.of(tagCounts.tagCounts(caller.workspace()).stream()
                .map(count -> new TagCountResponse(count.tag(), count.contactCount())).toList());
    }

    @Schema(name = "TagCount")
    public record TagCountResponse(String tag, long contactCount) {
    }

    @Schema(name = "TagCountsEnvelope")
    record TagCountsEnvelope(boolean success, List<TagCountResponse> data) {
    }
}
