package io.contactbook.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a quick add. */
@Schema(name = "QuickContactInput")
public record QuickContactRequest(
        @Schema(maxLength = 100, examples = "Jane") String firstName,
        @Schema(maxLength = 100, examples = "Doe") String lastName,
        @Schema(maxLength = 254, examples = "jane@example.com") String email) {
}
