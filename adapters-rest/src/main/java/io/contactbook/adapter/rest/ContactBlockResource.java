package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.UpdateContactUseCase;
import io.contactbook.application.port.in.UpdateContactUseCase.UpdateContactCommand;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Blocking a contact: its own endpoint and scope, so that a moderator's key can block without being allowed to
 * edit contacts, and an integration's key can edit contacts without being allowed to block them.
 */
@Path("/api/v1/contacts/{id}/block")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactBlockResource {

    private static final String BLOCKED = "blocked";

    private final CurrentCaller caller;
    private final UpdateContactUseCase updateContact;

    ContactBlockResource(CurrentCaller caller, UpdateContactUseCase updateContact) {
        this.caller = caller;
        this.updateContact = updateContact;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Block or unblock a contact", description = """
            Sets the contact's blocked flag and answers the contact, with its new version as ETag. Setting the \
            flag it already has still counts as a change (the version increases), like any PATCH. A missing \
            blocked is 400 validation_error, a non-boolean one (e.g. "true" or 1) 400 bad_request. The flag can \
            also be changed by PATCH /contacts/{id} with contacts:write, as any other field of the contact; this \
            endpoint exists for keys that may block but not edit (contacts:block). blocked is a flag for the \
            channels that talk to the contact (e.g. to drop a spammer's messages): the contact stays listed \
            and can be filtered with ?blocked=true.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BlockRequest.class),
                    examples = @ExampleObject(name = "block", value = OpenApiExamples.BLOCK_INPUT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "blocked", value = OpenApiExamples.CONTACT_BLOCKED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACTS_BLOCK)
    public Response block(@RestPath String id, ObjectNode body) {
        ContactId contact = new ContactId(QueryParameters.id(id, "contact"));
        ContactChanges changes = ContactChanges.builder().blocked(Change.to(blocked(body))).build();
        ContactView changed = updateContact.update(
                        new UpdateContactCommand(caller.workspace(), contact, changes, OptionalLong.empty()))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return Response.ok(ApiResponse.of(ContactResponse.of(changed)))
                .tag(new EntityTag(Long.toString(changed.version())))
                .build();
    }

    /** Reads the body strictly: a JSON boolean, never a string or number coerced into one. */
    private static boolean blocked(ObjectNode body) {
        ApiProblem.requiredBody(body);
        JsonNode blocked = body.get(BLOCKED);
        if (blocked == null || blocked.isNull()) {
            throw RuleViolation.of(BLOCKED, "is required");
        }
        if (!blocked.isBoolean()) {
            throw ApiProblem.badRequest("wrong JSON type in " + BLOCKED, Map.of(BLOCKED, "must be true or false"));
        }
        return blocked.booleanValue();
    }

    /** The body of a block. */
    @Schema(name = "BlockInput")
    public record BlockRequest(@Schema(required = true, description = "true blocks, false unblocks.") boolean blocked) {
    }
}
