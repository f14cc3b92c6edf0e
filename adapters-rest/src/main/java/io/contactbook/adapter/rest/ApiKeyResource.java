package io.contactbook.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.contactbook.application.port.in.ManageApiKeysUseCase;
import io.contactbook.application.port.in.ManageApiKeysUseCase.ApiKeyView;
import io.contactbook.application.port.in.ManageApiKeysUseCase.CreateApiKeyCommand;
import io.contactbook.application.port.in.ManageApiKeysUseCase.CreatedApiKey;
import io.contactbook.domain.access.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** The API keys of the caller's workspace. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "The keys of the caller's workspace; a secret is shown once.")
public class ApiKeyResource {

    private final CurrentCaller caller;
    private final ManageApiKeysUseCase apiKeys;

    ApiKeyResource(CurrentCaller caller, ManageApiKeysUseCase apiKeys) {
        this.caller = caller;
        this.apiKeys = apiKeys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.API_KEYS_WRITE)
    @Operation(summary = "Create an API key", description = """
            A new key of the caller's workspace. Its secret (`key`, `cb_live_` and 192 random bits) is in this \
            answer only: it is stored as a hash and cannot be shown again. A key can only grant scopes the \
            calling key holds. `rate_limit_per_minute` (1 to 100000) overrides the deployment's default for \
            this key.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiKeyRequest.class),
                    examples = @ExampleObject(name = "support_bot", value = OpenApiExamples.API_KEY_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; the only answer that shows the secret.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ApiKeyEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.API_KEY_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response create(ApiKeyRequest body, UriInfo uri) {
        ApiProblem.requiredBody(body);
        CreatedApiKey created = apiKeys.createApiKey(new CreateApiKeyCommand(caller.workspace(), body.name(),
                body.principal(), body.scopes(), body.rateLimitPerMinute(), caller.get().scopes()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.key().id().toString()).build())
                .entity(ApiResponse.of(ApiKeyResponse.of(created.key(), created.secret())))
                .build();
    }

    @GET
    @RequiresScope(Scope.API_KEYS_WRITE)
    @Operation(summary = "List API keys", description = "The workspace's keys that are not revoked, oldest "
            + "first, without their secrets.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ApiKeyListEnvelope.class),
                    examples = @ExampleObject(name = "keys", value = OpenApiExamples.API_KEYS)))
    public ApiResponse<List<ApiKeyResponse>> list() {
        return ApiResponse.of(apiKeys.listApiKeys(caller.workspace()).stream()
                .map(key -> ApiKeyResponse.of(key, null)).toList());
    }

    @DELETE
    @Path("/{id}")
    @RequiresScope(Scope.API_KEYS_WRITE)
    @Operation(summary = "Revoke an API key", description = "The key is refused (401) from the next request on, "
            + "also when it is the calling key itself. Revoking is final. With several instances, the others "
            + "refuse it within CONTACTBOOK_API_KEY_CACHE_SECONDS (default 5): each trusts a key it found "
            + "that long without looking it up again.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedEnvelope.class),
                    examples = @ExampleObject(name = "revoked", value = OpenApiExamples.API_KEY_REVOKED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiResponse<Deleted> revoke(@RestPath String id) {
        var keyId = QueryParameters.id(id, "API key");
        if (!apiKeys.revokeApiKey(caller.workspace(), keyId)) {
            throw ApiProblem.notFound("API key");
        }
        return ApiResponse.of(new Deleted(true, keyId));
    }

    /** The body of a key creation. */
    @Schema(name = "ApiKeyInput")
    public record ApiKeyRequest(
            @Schema(required = true, maxLength = 100, examples = "support bot") String name,
            @Schema(required = true, maxLength = 100, description = "Who acts with the key; the author of its notes.",
                    examples = "agent:42") String principal,
            @Schema(required = true, examples = "[\"contacts:read\", \"contacts:write\"]") List<String> scopes,
            @Schema(minimum = "1", maximum = "100000", description = "Absent: the deployment's default.")
            Integer rateLimitPerMinute) {
    }

    /** A key as shown; {@code key}, the secret, only in the answer that created it. */
    @Schema(name = "ApiKey")
    public record ApiKeyResponse(
            java.util.UUID id,
            String name,
            String principal,
            List<String> scopes,
            @Schema(description = "Null: the deployment's default applies.", nullable = true) Integer rateLimitPerMinute,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The secret; only in the answer that created the key.") String key,
            java.time.Instant createdAt,
            @Schema(description = "Recorded to the minute; null until the key is first used.", nullable = true)
            java.time.Instant lastUsedAt) {

        static ApiKeyResponse of(ApiKeyView view, String secret) {
            return new ApiKeyResponse(view.id(), view.name(), view.principal(), view.scopes(),
                    view.rateLimitPerMinute(), secret, view.createdAt(), view.lastUsedAt());
        }
    }
}
