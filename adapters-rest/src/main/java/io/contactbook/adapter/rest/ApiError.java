package io.contactbook.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * The error envelope of every non-2xx answer: {@code {"success": false, "error": {code, message, details}}};
 * a duplicate also carries {@code data.id}, the contact that holds the identity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(boolean success, Error error, Object data) {

    public record Error(String code, String message, @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, ?> details) {
    }

    public static ApiError of(String code, String message, Map<String, ?> details) {
        return new ApiError(false, new Error(code, message, details == null ? Map.of() : details), null);
    }

    public ApiError withData(Object data) {
        return new ApiError(false, error, data);
    }
}
