package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.CreateWorkspaceUseCase;
import io.contactbook.application.port.in.CreateWorkspaceUseCase.CreatedWorkspace;
import io.contactbook.domain.access.Scope;
import jakarta.ws.rs.Consumes;
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

import java.time.Instant;
import java.util.UUID;

/** Workspaces (tenants): the platform creates them, each with its first admin key. */
@Path("/api/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workspaces", description = "Tenants, created by the platform, each with its first admin key.")
public class WorkspaceResource {

    private final CreateWorkspaceUseCase createWorkspace;

    WorkspaceResource(CreateWorkspaceUseCase createWorkspace) {
        this.createWorkspace = createWorkspace;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.WORKSPACES_WRITE)
    @Operation(summary = "Create a workspace", description = """
            A new, empty workspace and its first admin key, which holds every scope except workspaces:write \
            (creating workspaces is the platform's, not a workspace's). The key's secret is shown in this answer \
            only.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WorkspaceRequest.class),
                    examples = @ExampleObject(name = "acme", value = OpenApiExamples.WORKSPACE_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; the only answer that shows the admin key's secret.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.WorkspaceEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.WORKSPACE_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response create(WorkspaceRequest body) {
        ApiProblem.requiredBody(body);
        CreatedWorkspace created = createWorkspace.createWorkspace(body.name());
        return Response.status(201)
                .entity(ApiResponse.of(new WorkspaceResponse(
                        new WorkspaceResponse.Workspace(created.workspace().id(), created.workspace().name(),
                                created.workspace().createdAt()),
                        ApiKeyResource.ApiKeyResponse.of(created.adminKey().key(), created.adminKey().secret()))))
                .build();
    }

    @Schema(name = "WorkspaceInput")
    public record WorkspaceRequest(@Schema(required = true, maxLength = 100, examples = "Acme Support") String name) {
    }

    @Schema(name = "CreatedWorkspace")
    public record WorkspaceResponse(Workspace workspace, ApiKeyResource.ApiKeyResponse apiKey) {

        @Schema(name = "Workspace")
        public record Workspace(UUID id, String name, Instant createdAt) {
        }
    }
}
