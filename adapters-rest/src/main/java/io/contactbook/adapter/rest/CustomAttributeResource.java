package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.WorkspaceSettingsUseCase;
import io.contactbook.application.port.in.WorkspaceSettingsUseCase.DefineCustomAttributeCommand;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.CustomAttributeDefinition;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** The custom attributes a workspace defines for its contacts. */
@Path("/api/v1/custom-attributes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class CustomAttributeResource {

    private final CurrentCaller caller;
    private final WorkspaceSettingsUseCase settings;

    CustomAttributeResource(CurrentCaller caller, WorkspaceSettingsUseCase settings) {
        this.caller = caller;
        this.settings = settings;
    }

    @GET
    @RequiresScope({Scope.SETTINGS_WRITE, Scope.CONTACTS_READ})
    @Operation(summary = "Custom attribute definitions", description = "By key.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = CustomAttributesEnvelope.class),
                    examples = @ExampleObject(name = "definitions", value = OpenApiExamples.ATTRIBUTES)))
    public ApiResponse<List<CustomAttributeBody>> list() {
        return ApiResponse.of(settings.customAttributes(caller.workspace()).stream()
                .map(CustomAttributeBody::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.SETTINGS_WRITE)
    @Operation(summary = "Define a custom attribute", description = """
            key: 1 to 64 of a-z, 0-9 and _, starting with a letter; label: 1 to 100 characters; type: text, number, \
            boolean, date (YYYY-MM-DD) or list (a value must be one of 1 to 100 distinct options; other types take \
            no options). A key already defined is a validation_error on key. Values on contacts are checked \
            against the definition whenever a contact writes the attribute (in strict mode an undefined key is \
            refused too).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CustomAttributeBody.class),
                    examples = @ExampleObject(name = "list_attribute", value = OpenApiExamples.ATTRIBUTE_INPUT)))
    @APIResponse(responseCode = "201", description = "Defined.",
            content = @Content(schema = @Schema(implementation = CustomAttributeEnvelope.class),
                    examples = @ExampleObject(name = "defined", value = OpenApiExamples.ATTRIBUTE_DEFINED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response define(CustomAttributeBody body) {
        ApiProblem.requiredBody(body);
        CustomAttributeDefinition defined = settings.defineCustomAttribute(new DefineCustomAttributeCommand(
                caller.workspace(), body.key(), body.label(), body.type(), body.options()));
        return Response.status(201).entity(ApiResponse.of(CustomAttributeBody.of(defined))).build();
    }

    @DELETE
    @Path("/{key}")
    @RequiresScope(Scope.SETTINGS_WRITE)
    @Operation(summary = "Remove a custom attribute definition", description = "Values already on contacts stay; "
            + "in strict mode a contact can no longer write the key.")
    @APIResponse(responseCode = "200", description = "Removed; id is the attribute's key.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedKeyEnvelope.class),
                    examples = @ExampleObject(name = "removed", value = OpenApiExamples.ATTRIBUTE_REMOVED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiResponse<DeletedKey> remove(@RestPath String key) {
        if (!settings.removeCustomAttribute(caller.workspace(), key)) {
            throw ApiProblem.notFound("custom attribute");
        }
        return ApiResponse.of(new DeletedKey(true, key));
    }

    @Schema(name = "CustomAttribute")
    public record CustomAttributeBody(
            @Schema(required = true, examples = "plan") String key,
            @Schema(required = true, examples = "Plan") String label,
            @Schema(required = true, enumeration = {"text", "number", "boolean", "date", "list"}) String type,
            @Schema(examples = "[\"free\", \"pro\"]") List<String> options) {

        static CustomAttributeBody of(CustomAttributeDefinition definition) {
            return new CustomAttributeBody(definition.key(), definition.label(), definition.type().wireName(),
                    definition.options());
        }
    }

    @Schema(name = "CustomAttributeEnvelope")
    record CustomAttributeEnvelope(boolean success, CustomAttributeBody data) {
    }

    @Schema(name = "CustomAttributesEnvelope")
    record CustomAttributesEnvelope(boolean success, List<CustomAttributeBody> data) {
    }
}
