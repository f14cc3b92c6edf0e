package io.contactbook.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.contactbook.application.port.in.ContactView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact as the API returns it. */
@Schema(name = "Contact", description = "A person the workspace talks to.")
public record ContactResponse(
        @Schema(description = "Time-ordered UUID (v7).", readOnly = true) UUID id,
        @Schema(description = "Trimmed, at most 100 characters.", maxLength = 100, nullable = true) String firstName,
        @Schema(description = "Trimmed, at most 100 characters.", maxLength = 100, nullable = true) String lastName,
        @Schema(description = "The full name (first and last name joined by a space).", readOnly = true,
                nullable = true) String name,
        @Schema(description = "Lower-cased; an identity.", maxLength = 254, examples = "jane@example.com",
                nullable = true) String email,
        @Schema(description = "E.164; an identity.", examples = "+15550123456", nullable = true) String phone,
        @Schema(maxLength = 200, nullable = true) String companyName,
        @Schema(description = "An http or https URL.", maxLength = 2048, nullable = true) String avatarUrl,
        @Schema(description = "Lower-cased, duplicates dropped, order kept; at most 50 of 1 to 50 characters.")
        List<String> tags,
        @Schema(maxLength = 5000, nullable = true) String profileNotes,
        @Schema(maxLength = 1000, nullable = true) String interestSummary,
        @Schema(description = "Any JSON object, at most 16 KiB serialized and 10 levels deep.") Map<String, Object> metadata,
        @Schema(description = "Key to scalar (string, number, boolean).") Map<String, Object> customAttributes,
        @Schema(description = "Your system's id for the person; an identity.", maxLength = 255, nullable = true)
        String externalId,
        @Schema(description = "Where the contact came from (a chatbot id, widget, import, ...).", maxLength = 100,
                nullable = true) String source,
        @Schema(description = "Extra identities, at most 20.") List<ChannelResponse> channels,
        boolean blocked,
        boolean doNotDisturb,
        boolean botActive,
        @Schema(readOnly = true) int conversationCount,
        @Schema(description = "Null while the contact has no conversation.", readOnly = true, nullable = true)
        Instant lastConversationAt,
        @Schema(description = "The contact's last activity: its creation, an identify, a conversation.", readOnly = true)
        Instant lastActivity,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(description = "Increases on every change; the ETag.", readOnly = true) long version,
        @Schema(description = "Only in GET /contacts/{id}: its ten most recent conversations, most recent first.",
                readOnly = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ConversationResponse> conversations) {

    @Schema(name = "Channel")
    public record ChannelResponse(
            @Schema(enumeration = {"email", "phone", "instagram", "whatsapp", "messenger", "telegram", "custom"})
            String type,
            @Schema(description = "Emails and phones are normalised as the contact's own; handles are trimmed.")
            String value) {
    }

    static ContactResponse of(ContactView view) {
        return new ContactResponse(view.id(), view.firstName(), view.lastName(), view.name(), view.email(),
                view.phone(), view.companyName(), view.avatarUrl(), view.tags(), view.profileNotes(),
                view.interestSummary(), view.metadata(), view.customAttributes(), view.externalId(), view.source(),
                view.channels().stream().map(channel -> new ChannelResponse(channel.type(), channel.value())).toList(),
                view.blocked(), view.doNotDisturb(), view.botActive(), view.conversationCount(),
                view.lastConversationAt(), view.lastActivity(), view.createdAt(), view.updatedAt(), view.version(),
                null);
    }

    /** This contact with its most recent conversations, as only the answer of one contact shows them. */
    ContactResponse withConversations(List<ConversationResponse> recent) {
        return new ContactResponse(id, firstName, lastName, name, email, phone, companyName, avatarUrl, tags,
                profileNotes, interestSummary, metadata, customAttributes, externalId, source, channels, blocked,
                doNotDisturb, botActive, conversationCount, lastConversationAt, lastActivity, createdAt, updatedAt,
                version, List.copyOf(recent));
    }
}
