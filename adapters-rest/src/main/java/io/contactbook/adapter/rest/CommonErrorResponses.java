package io.contactbook.adapter.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Adds the answers every endpoint can give to every operation of the description, so that no endpoint has to
 * repeat them: 401 without a valid key, 500; and 413/415 where a body is taken.
 */
public class CommonErrorResponses implements OASFilter {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "unauthorized: no key, an unknown or revoked key, or a key in the query string",
            "500", "internal_error: never a stack trace; the message carries the request id");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "payload_too_large: the body is over 1 MiB",
            "415", "unsupported_media_type: the body is not application/json");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(CommonErrorResponses::addResponses);
            }
        });
    }

    private static void addResponses(Operation operation) {
        EVERY_OPERATION.forEach((status, description) -> addResponse(operation, status, description));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, description) -> addResponse(operation, status, description));
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
