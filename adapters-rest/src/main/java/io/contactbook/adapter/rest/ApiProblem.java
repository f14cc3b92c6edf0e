package io.contactbook.adapter.rest;

import java.util.Map;

/** A 4xx the REST adapter decides itself (a malformed id, a wrong JSON type, a missing key). */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, ?> details;

    public ApiProblem(int status, String code, String message, Map<String, ?> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not_found", what + " not found", Map.of());
    }

    public static ApiProblem badRequest(String message, Map<String, ?> details) {
        return new ApiProblem(400, "bad_request", message, details);
    }

    /** The body a request needs: an empty one (no JSON at all) is 400. */
    public static <T> T requiredBody(T body) {
        if (body == null) {
            throw badRequest("a JSON object body is required", Map.of());
        }
        return body;
    }

    public static ApiProblem badParameter(String parameter, String problem) {
        return badRequest("query parameter " + parameter + " " + problem, Map.of(parameter, problem));
    }

    public int status() {
        return status;
    }

    public ApiError toError() {
        return ApiError.of(code, getMessage(), details);
    }
}
