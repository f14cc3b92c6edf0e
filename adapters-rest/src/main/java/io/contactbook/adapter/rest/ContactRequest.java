package io.contactbook.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The body of a contact write, for the OpenAPI description only: bodies are read by {@link ContactJson},
 * which tells an absent field from a null one.
 */
@Schema(name = "ContactInput", description = """
        A contact write. Text is trimmed and a blank string clears the field. On PATCH and PUT only the fields \
        present change, null clears a field, tags and channels replace, metadata and custom_attributes merge as \
        JSON Merge Patch (RFC 7396). A contact needs at least one of a name, email, phone, external_id or channel. \
        Unknown and read-only fields are ignored.""")
public record ContactRequest(
        @Schema(maxLength = 100, examples = "Jane") String firstName,
        @Schema(maxLength = 100, examples = "Doe") String lastName,
        @Schema(description = "Instead of first_name and last_name (used only when neither is given): split at the "
                + "last space.", examples = "Jane Doe") String name,
        @Schema(maxLength = 254, examples = "jane@example.com") String email,
        @Schema(maxLength = 50, description = "Any common notation; without + it is read in the workspace's "
                + "default phone region, and without one it must start with +.", examples = "+1 555 012 3456")
        String phone,
        @Schema(maxLength = 200) String companyName,
        @Schema(maxLength = 2048) String avatarUrl,
        @Schema(maxItems = 50, examples = "[\"vip\", \"newsletter\"]") List<String> tags,
        @Schema(maxLength = 5000) String profileNotes,
        @Schema(maxLength = 1000) String interestSummary,
        @Schema(description = "Any JSON object (16 KiB, 10 levels at most); merged on PATCH.") Map<String, Object> metadata,
        @Schema(description = "Key to scalar; merged on PATCH; in strict mode keys must be defined.")
        Map<String, Object> customAttributes,
        @Schema(maxLength = 255) String externalId,
        @Schema(maxLength = 100, examples = "widget") String source,
        @Schema(maxItems = 20) List<ContactResponse.ChannelResponse> channels,
        @Schema(defaultValue = "false") Boolean blocked,
        @Schema(defaultValue = "false") Boolean doNotDisturb,
        @Schema(defaultValue = "true") Boolean botActive) {
}
