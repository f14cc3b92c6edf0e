package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.ContactListView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A list as the API returns it. */
@Schema(name = "ContactList", description = "A static segment: contacts added and removed by hand.")
public record ContactListResponse(
        @Schema(description = "Time-ordered UUID (v7).", readOnly = true) UUID id,
        @Schema(description = "Trimmed, 1 to 100 characters; unique in the workspace, compared case-insensitively.",
                maxLength = 100, examples = "Newsletter") String name,
        @Schema(description = "Trimmed, at most 1000 characters; null when there is none.", maxLength = 1000,
                nullable = true)
        String description,
        @Schema(description = "How many contacts are in the list now.", readOnly = true) long contactCount,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(description = "Changes when the list is renamed or re-described, not when members come or go.",
                readOnly = true) Instant updatedAt) {

    static ContactListResponse of(ContactListView view) {
        return new ContactListResponse(view.id(), view.name(), view.description(), view.memberCount(),
                view.createdAt(), view.updatedAt());
    }
}
