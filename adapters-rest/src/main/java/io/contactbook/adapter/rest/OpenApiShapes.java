package io.contactbook.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Concrete envelope shapes for the OpenAPI description (generic types are erased there). */
final class OpenApiShapes {

    private OpenApiShapes() {
    }

    @Schema(name = "ContactEnvelope")
    record ContactEnvelope(@Schema(defaultValue = "true") boolean success, ContactResponse data) {
    }

    @Schema(name = "ContactListEnvelope")
    record ContactListEnvelope(@Schema(defaultValue = "true") boolean success, List<ContactResponse> data,
                               ApiResponse.Pagination pagination) {
    }

    @Schema(name = "DeletedEnvelope")
    record DeletedEnvelope(@Schema(defaultValue = "true") boolean success, Deleted data) {
    }

    @Schema(name = "DeletedKeyEnvelope")
    record DeletedKeyEnvelope(@Schema(defaultValue = "true") boolean success, DeletedKey data) {
    }

    @Schema(name = "ApiKeyEnvelope")
    record ApiKeyEnvelope(@Schema(defaultValue = "true") boolean success, ApiKeyResource.ApiKeyResponse data) {
    }

    @Schema(name = "ApiKeyListEnvelope")
    record ApiKeyListEnvelope(@Schema(defaultValue = "true") boolean success,
                              List<ApiKeyResource.ApiKeyResponse> data) {
    }

    @Schema(name = "WorkspaceEnvelope")
    record WorkspaceEnvelope(@Schema(defaultValue = "true") boolean success,
                             WorkspaceResource.WorkspaceResponse data) {
    }

    @Schema(name = "ErrorEnvelope", description = "Every non-2xx answer.")
    record ErrorEnvelope(@Schema(defaultValue = "false") boolean success, ErrorBody error,
                         @Schema(description = "On 409 duplicate_contact: {\"id\": the contact holding the identity}.")
                         Object data) {
    }

    @Schema(name = "Error")
    record ErrorBody(
            @Schema(enumeration = {"bad_request", "validation_error", "unauthorized", "forbidden", "not_found",
                    "method_not_allowed", "duplicate_contact", "conflict", "precondition_failed", "payload_too_large",
                    "unsupported_media_type", "idempotency_key_reused", "rate_limited", "internal_error"}) String code,
            String message,
            @Schema(description = "Field (e.g. email, tags[3], custom_attributes.plan) to message; "
                    + "for duplicate_contact, {\"field\": the input field}.") Object details) {
    }
}
