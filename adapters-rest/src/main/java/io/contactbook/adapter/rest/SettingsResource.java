package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.application.port.in.WorkspaceSettingsUseCase;
import io.contactbook.application.port.in.WorkspaceSettingsUseCase.ChangeSettingsCommand;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.WorkspaceSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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


/** The caller's workspace settings. */
@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Workspace settings and custom attribute definitions.")
public class SettingsResource {

    private final CurrentCaller caller;
    private final WorkspaceSettingsUseCase settings;

    SettingsResource(CurrentCaller caller, WorkspaceSettingsUseCase settings) {
        this.caller = caller;
        this.settings = settings;
    }

    @GET
    @RequiresScope({Scope.SETTINGS_WRITE, Scope.CONTACTS_READ})
    @Operation(summary = "Workspace settings", description = "Readable by any key that reads contacts, since the "
            + "settings shape how contacts are read and written.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsEnvelope.class),
                    examples = @ExampleObject(name = "settings", value = OpenApiExamples.SETTINGS)))
    public ApiResponse<SettingsBody> get() {
        return ApiResponse.of(SettingsBody.of(settings.settings(caller.workspace())));
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RequiresScope(Scope.SETTINGS_WRITE)
    @Operation(summary = "Change workspace settings", description = """
            Only the fields present change; null clears the default region. default_phone_region is an ISO 3166 \
            alpha-2 code (US, DE, ...): phone numbers written without + are then read in it. With \
            strict_custom_attributes on, a contact's custom attribute must be defined and of its type. Changes \
            shape later writes only; stored contacts are not rewritten. A new workspace has no region and strict \
            mode off.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettingsBody.class),
                    examples = @ExampleObject(name = "changes", value = OpenApiExamples.SETTINGS_CHANGES)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsEnvelope.class),
                    examples = @ExampleObject(name = "changed", value = OpenApiExamples.SETTINGS_CHANGED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ApiResponse<SettingsBody> change(ObjectNode body) {
        ApiProblem.requiredBody(body);
        JsonFields fields = new JsonFields(body);
        Change<String> region = fields.text("default_phone_region");
        fields.requireRightTypes(); // a wrong region is the answer on its own, as it always was
        Change<Boolean> strict = fields.bool("strict_custom_attributes");
        fields.requireRightTypes();
        return ApiResponse.of(SettingsBody.of(settings.changeSettings(
                new ChangeSettingsCommand(caller.workspace(), region, strict))));
    }

    @Schema(name = "Settings")
    public record SettingsBody(
            @Schema(description = "ISO 3166 alpha-2, or null for none.", examples = "US", nullable = true)
            String defaultPhoneRegion,
            boolean strictCustomAttributes) {

        static SettingsBody of(WorkspaceSettings settings) {
            return new SettingsBody(settings.defaultPhoneRegion().orElse(null), settings.strictCustomAttributes());
        }
    }

    @Schema(name = "SettingsEnvelope")
    record SettingsEnvelope(boolean success, SettingsBody data) {
    }
}
