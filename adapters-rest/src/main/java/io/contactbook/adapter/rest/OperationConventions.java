package io.contactbook.adapter.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Completes the description with what every endpoint shares, so no endpoint repeats it: the scope it needs
 * (read from {@link RequiresScope}, as security requirements and in words), and the answers any endpoint can
 * give: 401, 403, 429, 500, and 413/415 where a body is taken.
 */
public class OperationConventions implements OASFilter {

    static final List<Class<?>> RESOURCES = List.of(ContactResource.class, ApiKeyResource.class,
            WorkspaceResource.class);

    private static final Map<Class<? extends Annotation>, HttpMethod> HTTP_METHODS = Map.of(
            GET.class, HttpMethod.GET, POST.class, HttpMethod.POST, PUT.class, HttpMethod.PUT,
            PATCH.class, HttpMethod.PATCH, DELETE.class, HttpMethod.DELETE);

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "unauthorized: no key, an unknown or revoked key, or a key in the query string",
            "403", "forbidden: the key lacks the scope this endpoint needs (details.required_scope)",
            "429", "rate_limited: over the key's rate limit; Retry-After says when to retry",
            "500", "internal_error: never a stack trace; the message carries the request id");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "payload_too_large: the body is over 1 MiB",
            "415", "unsupported_media_type: the body is not application/json");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                RequiresScope scope = method.getAnnotation(RequiresScope.class);
                HttpMethod httpMethod = httpMethod(method);
                if (scope == null || httpMethod == null) {
                    continue;
                }
                PathItem item = openAPI.getPaths().getPathItem(path(base, method));
                Operation operation = item == null ? null : item.getOperations().get(httpMethod);
                if (operation != null) {
                    complete(operation, scope.value().wireName());
                }
            }
        }
    }

    private static void complete(Operation operation, String scope) {
        operation.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme("bearer", scope),
                OASFactory.createSecurityRequirement().addScheme("apiKeyHeader", scope)));
        operation.addExtension("x-required-scope", scope);
        String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + "Requires the scope `" + scope + "`.");
        EVERY_OPERATION.forEach((status, text) -> addResponse(operation, status, text));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, text) -> addResponse(operation, status, text));
        }
    }

    private static HttpMethod httpMethod(Method method) {
        return HTTP_METHODS.entrySet().stream()
                .filter(entry -> method.isAnnotationPresent(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String path(String base, Method method) {
        Path sub = method.getAnnotation(Path.class);
        return sub == null ? base : base + (sub.value().startsWith("/") ? "" : "/") + sub.value();
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
