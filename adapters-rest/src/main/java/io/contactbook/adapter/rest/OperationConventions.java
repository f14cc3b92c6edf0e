package io.contactbook.adapter.rest;

import io.contactbook.domain.access.Scope;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Completes the description with what every endpoint shares, so no endpoint repeats it: the scope it needs
 * (read from {@link RequiresScope}, as security requirements and in words), and the answers any endpoint can
 * give: 401, 403, 429, 500, and 413/415 where a body is taken; and on every POST, the {@code Idempotency-Key} header
 * with its 400/409/422 answers ({@link IdempotentRequests}). Operations are found by their ids, which are
 * {@code <ResourceClass>_<method>} (SmallRye's CLASS_METHOD strategy); resources live in this package.
 */
public class OperationConventions implements OASFilter {

    private static final String INSTANT = "#/components/schemas/Instant";
    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "unauthorized: no key, an unknown or revoked key, or a key in the query string",
            "403", "forbidden: the key lacks the scope this endpoint needs (details.required_scope)",
            "429", "rate_limited: over the key's rate limit; Retry-After says when to retry",
            "500", "internal_error: never a stack trace; the message carries the request id");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "payload_too_large: the body is over 1 MiB",
            "415", "unsupported_media_type: the body is not application/json");
    private static final Map<String, String> IDEMPOTENT = Map.of(
            "409", "conflict: a request with the same Idempotency-Key is still in progress",
            "422", "idempotency_key_reused: the Idempotency-Key was used for another request (method, path or body)");

    /**
     * A nullable enumeration (e.g. matched_by) must list null among its values: in OpenAPI 3.1 (JSON Schema) the
     * enum is checked on its own, so without it a null the API really answers would not match its own description.
     * And a time field annotated for its description gets SmallRye's own date-time example (no milliseconds),
     * which is dropped so that the Instant schema's example, in the API's format, is the one shown.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (refersTo(schema, INSTANT) || (schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(choice -> refersTo(choice, INSTANT)))) {
            schema.setExamples(null);
        }
        List<Schema.SchemaType> types = schema.getType();
        List<Object> values = schema.getEnumeration();
        if (types != null && types.contains(Schema.SchemaType.NULL) && values != null && !values.contains(null)) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null); // addEnumeration(null) is ignored
            schema.setEnumeration(withNull);
        }
        return schema;
    }

    private static boolean refersTo(Schema schema, String ref) {
        return ref.equals(schema.getRef());
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(OperationConventions::complete);
                if (item.getPOST() != null) {
                    makeIdempotent(item.getPOST());
                }
            }
        });
    }

    private static void complete(Operation operation) {
        requiredScopes(operation.getOperationId()).ifPresent(scopes -> {
            operation.setSecurity(List.of(
                    OASFactory.createSecurityRequirement().addScheme("bearer", scopes),
                    OASFactory.createSecurityRequirement().addScheme("apiKeyHeader", scopes)));
            operation.addExtension("x-required-scope", String.join(" or ", scopes));
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Requires the scope "
                    + scopes.stream().map(scope -> "`" + scope + "`").collect(Collectors.joining(" or ")) + ".");
        });
        EVERY_OPERATION.forEach((status, text) -> addResponse(operation, status, text));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, text) -> addResponse(operation, status, text));
        }
    }

    private static void makeIdempotent(Operation post) {
        post.addParameter(OASFactory.createParameter()
                .name(IdempotentRequests.IDEMPOTENCY_KEY)
                .in(Parameter.In.HEADER)
                .required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255))
                .description("1 to 255 printable ASCII characters, e.g. a UUID; another value is 400 bad_request. "
                        + "The same key with the same request (method, path, body) within 24 hours, in this "
                        + "workspace, answers the first answer again (status, body, Location, ETag) with "
                        + "`Idempotent-Replayed: true`, 4xx answers included; after a 5xx or 429 the key is free "
                        + "again, so the retry runs."));
        IDEMPOTENT.forEach((status, text) -> {
            APIResponse existing = post.getResponses().getAPIResponse(status);
            if (existing != null) {
                existing.setDescription(existing.getDescription() + "; or " + text);
            } else {
                addResponse(post, status, text);
            }
        });
    }

    /** The scopes named on the resource method behind an operation id such as {@code ContactResource_get}. */
    private static Optional<List<String>> requiredScopes(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return Optional.empty();
        }
        String className = OperationConventions.class.getPackageName() + "."
                + operationId.substring(0, operationId.indexOf('_'));
        String methodName = operationId.substring(operationId.indexOf('_') + 1);
        try {
            return Arrays.stream(Class.forName(className).getDeclaredMethods())
                    .filter(method -> method.getName().equals(methodName))
                    .map(method -> method.getAnnotation(RequiresScope.class))
                    .filter(scope -> scope != null)
                    .findFirst()
                    .map(scope -> Arrays.stream(scope.value()).map(Scope::wireName).toList());
        } catch (ClassNotFoundException notAResource) {
            return Optional.empty();
        }
    }

    private static void addResponse(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/ErrorEnvelope"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
