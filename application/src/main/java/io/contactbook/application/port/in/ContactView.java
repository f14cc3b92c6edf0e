package io.contactbook.application.port.in;

import io.contactbook.domain.contact.Channel;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.tag.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact as the use cases answer it: plain values, ready to render. */
public record ContactView(
        UUID id,
        String firstName,
        String lastName,
        String name,
        String email,
        String phone,
        String companyName,
        String avatarUrl,
        List<String> tags,
        String profileNotes,
        String interestSummary,
        Map<String, Object> metadata,
        Map<String, Object> customAttributes,
        String externalId,
        String source,
        List<ChannelView> channels,
        boolean blocked,
        boolean doNotDisturb,
        boolean botActive,
        int conversationCount,
        Instant lastConversationAt,
        Instant lastActivity,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record ChannelView(String type, String value) {
        static ChannelView of(Channel channel) {
            return new ChannelView(channel.type().wireName(), channel.value());
        }
    }

    public static ContactView of(Contact contact) {
        return new ContactView(
                contact.id().value(),
                contact.firstName(),
                contact.lastName(),
                contact.name(),
                contact.email() == null ? null : contact.email().value(),
                contact.phone() == null ? null : contact.phone().value(),
                contact.companyName(),
                contact.avatarUrl(),
                contact.tags().stream().map(Tag::value).toList(),
                contact.profileNotes(),
                contact.interestSummary(),
                contact.metadata(),
                contact.customAttributes(),
                contact.externalId(),
                contact.source(),
                contact.channels().stream().map(ChannelView::of).toList(),
                contact.blocked(),
                contact.doNotDisturb(),
                contact.botActive(),
                contact.conversationCount(),
                contact.lastConversationAt(),
                contact.lastActivity(),
                contact.createdAt(),
                contact.updatedAt(),
                contact.version());
    }
}
