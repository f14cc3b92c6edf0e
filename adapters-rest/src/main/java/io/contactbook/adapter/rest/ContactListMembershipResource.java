package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.AddListMembersUseCase;
import io.contactbook.application.port.in.AddListMembersUseCase.AddListMembersCommand;
import io.contactbook.application.port.in.AddListMembersUseCase.MembersAdded;
import io.contactbook.application.port.in.RemoveListMemberUseCase;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.RuleViolation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One contact in or out of one list, named in the body: the second URL form of list membership (SPEC §4), for
 * clients that start from the contact. Its path is more literal than {@code /api/v1/contacts/{id}}, so JAX-RS
 * routes {@code /contacts/lists} here.
 */
@Path("/api/v1/contacts/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lists")
public class ContactListMembershipResource {

    private final CurrentCaller caller;
    private final AddListMembersUseCase addMembers;
    private final RemoveListMemberUseCase removeMember;

    ContactListMembershipResource(CurrentCaller caller, AddListMembersUseCase addMembers,
                                  RemoveListMemberUseCase removeMember) {
        this.caller = caller;
        this.addMembers = addMembers;
        this.removeMember = removeMember;
    }

    @POST
    @Operation(summary = "Add a contact to a list", description = """
            Idempotent: 201 when the contact joined the list now, 200 when it was in it already (added tells \
            which). An unknown list or contact (or another workspace's, or a malformed id) is 404; a missing \
            field is 400 validation_error.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MembershipRequest.class),
                    examples = @ExampleObject(name = "membership", value = OpenApiExamples.MEMBERSHIP_INPUT)))
    @APIResponse(responseCode = "200", description = "Already a member.",
            content = @Content(schema = @Schema(implementation = MembershipEnvelope.class),
                    examples = @ExampleObject(name = "already_member", value = OpenApiExamples.MEMBERSHIP_KEPT)))
    @APIResponse(responseCode = "201", description = "Added now.",
            content = @Content(schema = @Schema(implementation = MembershipEnvelope.class),
                    examples = @ExampleObject(name = "added", value = OpenApiExamples.MEMBERSHIP_ADDED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_WRITE)
    public Response add(MembershipRequest body) {
        Membership membership = Membership.of(body);
        MembersAdded result = addMembers.add(new AddListMembersCommand(caller.workspace(), membership.list(),
                        List.of(membership.contact().toString())))
                .orElseThrow(() -> ApiProblem.notFound("list"));
        if (!result.notFound().isEmpty()) {
            throw ApiProblem.notFound("contact");
        }
        boolean added = result.added() == 1;
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK)
                .entity(ApiResponse.of(new MembershipResponse(membership.list().value(), membership.contact().value(),
                        added)))
                .build();
    }

    @DELETE
    @Operation(summary = "Remove a contact from a list", description = """
            The same as DELETE /lists/{list_id}/contacts/{contact_id}, with both ids in the body: the contact \
            stays; a contact that is not in the list is 404; id in the answer is the contact's.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MembershipRequest.class),
                    examples = @ExampleObject(name = "membership", value = OpenApiExamples.MEMBERSHIP_INPUT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedEnvelope.class),
                    examples = @ExampleObject(name = "removed", value = OpenApiExamples.MEMBER_REMOVED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_WRITE)
    public ApiResponse<Deleted> remove(MembershipRequest body) {
        Membership membership = Membership.of(body);
        return ApiResponse.of(ListResource.removeMembership(caller.workspace(), removeMember, membership.list(),
                membership.contact()));
    }

    /** The ids of a request, read: both are required, and a malformed one names nothing (404). */
    private record Membership(ContactListId list, ContactId contact) {
        static Membership of(MembershipRequest body) {
            ApiProblem.requiredBody(body);
            Map<String, String> missing = new LinkedHashMap<>();
            if (body.contactId() == null) {
                missing.put("contact_id", "is required");
            }
            if (body.listId() == null) {
                missing.put("list_id", "is required");
            }
            if (!missing.isEmpty()) {
                throw new RuleViolation(missing);
            }
            return new Membership(ListResource.listId(body.listId()), QueryParameters.contactId(body.contactId()));
        }
    }

    @Schema(name = "ListMembershipInput")
    public record MembershipRequest(@Schema(required = true) String contactId, @Schema(required = true) String listId) {
    }

    @Schema(name = "ListMembership")
    public record MembershipResponse(UUID listId, UUID contactId,
                                     @Schema(description = "True when the contact joined the list with this request.")
                                     boolean added) {
    }

    @Schema(name = "ListMembershipEnvelope")
    record MembershipEnvelope(@Schema(defaultValue = "true") boolean success, MembershipResponse data) {
    }
}
