package io.contactbook.adapter.persistence;

import io.contactbook.adapter.persistence.ContactEntity.StoredChannel;
import io.contactbook.domain.contact.Channel;
import io.contactbook.domain.contact.ChannelType;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.EmailAddress;
import io.contactbook.domain.contact.PhoneNumber;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;

import java.util.Arrays;
import java.util.function.Function;

/** Turns a {@link Contact} into its row and back; the domain's value constructors check what the row holds. */
final class ContactMapper {

    private ContactMapper() {
    }

    static Contact toDomain(ContactEntity row) {
        return new Contact(
                new ContactId(row.id),
                new WorkspaceId(row.workspaceId),
                row.firstName,
                row.lastName,
                nullable(row.email, EmailAddress::new),
                nullable(row.phone, PhoneNumber::new),
                row.companyName,
                row.avatarUrl,
                Arrays.stream(row.tags).map(Tag::new).toList(),
                row.profileNotes,
                row.interestSummary,
                row.metadata,
                row.customAttributes,
                row.externalId,
                row.source,
                row.channels.stream().map(ContactMapper::toChannel).toList(),
                row.blocked,
                row.doNotDisturb,
                row.botActive,
                row.conversationCount,
                row.lastConversationAt,
                row.lastActivity,
                row.createdAt,
                row.updatedAt,
                row.version);
    }

    static ContactEntity toNewRow(Contact contact) {
        ContactEntity row = new ContactEntity();
        row.workspaceId = contact.workspaceId().value();
        row.id = contact.id().value();
        copyOnto(contact, row);
        return row;
    }

    /** Writes every field of the contact except its key onto the row. */
    static void copyOnto(Contact contact, ContactEntity row) {
        row.firstName = contact.firstName();
        row.lastName = contact.lastName();
        row.email = nullable(contact.email(), EmailAddress::value);
        row.phone = nullable(contact.phone(), PhoneNumber::value);
        row.companyName = contact.companyName();
        row.avatarUrl = contact.avatarUrl();
        row.tags = contact.tags().stream().map(Tag::value).toArray(String[]::new);
        row.profileNotes = contact.profileNotes();
        row.interestSummary = contact.interestSummary();
        row.metadata = contact.metadata();
        row.customAttributes = contact.customAttributes();
        row.externalId = contact.externalId();
        row.source = contact.source();
        row.channels = contact.channels().stream().map(ContactMapper::toStoredChannel).toList();
        row.blocked = contact.blocked();
        row.doNotDisturb = contact.doNotDisturb();
        row.botActive = contact.botActive();
        row.conversationCount = contact.conversationCount();
        row.lastConversationAt = contact.lastConversationAt();
        row.lastActivity = contact.lastActivity();
        row.createdAt = contact.createdAt();
        row.updatedAt = contact.updatedAt();
        row.version = contact.version();
    }

    private static Channel toChannel(StoredChannel stored) {
        ChannelType type = ChannelType.fromWireName(stored.type())
                .orElseThrow(() -> new IllegalStateException("unknown channel type in the database: " + stored.type()));
        return new Channel(type, stored.value());
    }

    private static StoredChannel toStoredChannel(Channel channel) {
        return new StoredChannel(channel.type().wireName(), channel.value());
    }

    private static <T, R> R nullable(T value, Function<T, R> convert) {
        return value == null ? null : convert.apply(value);
    }
}
