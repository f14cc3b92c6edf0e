package io.contactbook.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.IdentifyContactUseCase;
import io.contactbook.application.port.in.IdentifyContactUseCase.IdentifyContactCommand;
import io.contactbook.application.port.in.IdentifyContactUseCase.IdentifyResult;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.MatchedBy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inbound path: a chat or an email arrives, and the person behind it is found or created. */
@Path("/api/v1/contacts/identify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactIdentifyResource {

    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final IdentifyContactUseCase identifyContact;

    ContactIdentifyResource(CurrentCaller caller, ObjectMapper json, IdentifyContactUseCase identifyContact) {
        this.caller = caller;
        this.json = json;
        this.identifyContact = identifyContact;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Identify the person behind an inbound message", description = """
            Call it when a chat or an email arrives. The body is the person as the message describes them, with \
            the fields and rules of a create; it is checked in full first (400 validation_error whether or not \
            the person is known). The contact is looked for by external_id, then email, then phone, then each \
            channel, in that order; matched_by names the identity that found it.

            **Found (200):** only empty fields are filled, nothing is overwritten (a different name or email in \
            the message leaves the contact's own). Tags and channels gain the message's new ones (the way \
            Intercom and Chatwoot merge tags; up to 50 tags and 20 channels, the rest dropped); metadata and \
            custom_attributes gain the keys the contact lacks (top-level keys, while the object stays within \
            16 KiB). blocked, do_not_disturb and bot_active never change here. An identity of the message that \
            another contact holds is left out instead of failing the message (the message's identities then \
            point at two people; the first in match order wins). last_activity becomes now, and version and \
            updated_at move on.

            **Not found (201):** the contact is created from the body, with Location. A body with no identity \
            (only a name) cannot be matched and creates a contact every time.

            Concurrent identifies of one new person make one contact: exactly one answers created=true, the \
            others find it and answer it.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactRequest.class),
                    examples = @ExampleObject(name = "inbound_message", value = OpenApiExamples.IDENTIFY_INPUT)))
    @APIResponse(responseCode = "200", description = "An existing contact, filled and touched.",
            content = @Content(schema = @Schema(implementation = IdentifyEnvelope.class),
                    examples = @ExampleObject(name = "found", value = OpenApiExamples.IDENTIFY_FOUND)))
    @APIResponse(responseCode = "201", description = "A new contact; Location names it.",
            content = @Content(schema = @Schema(implementation = IdentifyEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.IDENTIFY_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "DuplicateContact")
    @RequiresScope(Scope.CONTACTS_WRITE)
    public Response identify(ObjectNode body, UriInfo uri) {
        IdentifyResult result = identifyContact.identify(
                new IdentifyContactCommand(caller.workspace(), ContactJson.read(json, body)));
        ContactView contact = result.contact();
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/contacts").path(contact.id().toString()).build())
                : Response.ok();
        return response.tag(new EntityTag(Long.toString(contact.version())))
                .entity(ApiResponse.of(IdentifyResponse.of(result)))
                .build();
    }

    @Schema(name = "Identified")
    public record IdentifyResponse(
            ContactResponse contact,
            @Schema(description = "true when the contact was created by this call.") boolean created,
            @Schema(description = "The identity that found the contact; null when it was created.",
                    enumeration = {"external_id", "email", "phone", "channel"}, nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) String matchedBy) {

        static IdentifyResponse of(IdentifyResult result) {
            return new IdentifyResponse(ContactResponse.of(result.contact()), result.created(),
                    result.matchedBy().map(MatchedBy::wireName).orElse(null));
        }
    }

    @Schema(name = "IdentifiedEnvelope")
    record IdentifyEnvelope(@Schema(defaultValue = "true") boolean success, IdentifyResponse data) {
    }
}
