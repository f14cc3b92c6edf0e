package io.contactbook.adapter.persistence;

import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.function.UnaryOperator;

/** Contacts made the way the application makes them: from a client's input, through the domain's rules. */
final class TestContacts {

    static final Instant NOW = Instant.parse("2026-03-18T09:15:00.123Z");

    private TestContacts() {
    }

    static Contact newContact(WorkspaceId workspace, UnaryOperator<ContactChanges.Builder> input) {
        return newContact(workspace, NOW, input);
    }

    static Contact newContact(WorkspaceId workspace, Instant now, UnaryOperator<ContactChanges.Builder> input) {
        return Contact.create(ContactId.generate(), workspace, input.apply(ContactChanges.builder()).build(),
                ContactPolicy.DEFAULTS, now);
    }

    /** The contact with other times than {@link Contact#create} gives, as a contact has after a while. */
    static Contact withTimes(Contact contact, Instant createdAt, Instant updatedAt, Instant lastActivity) {
        return new Contact(contact.id(), contact.workspaceId(), contact.firstName(), contact.lastName(),
                contact.email(), contact.phone(), contact.companyName(), contact.avatarUrl(), contact.tags(),
                contact.profileNotes(), contact.interestSummary(), contact.metadata(), contact.customAttributes(),
                contact.externalId(), contact.source(), contact.channels(), contact.blocked(),
                contact.doNotDisturb(), contact.botActive(), contact.conversationCount(),
                contact.lastConversationAt(), lastActivity, createdAt, updatedAt, contact.version());
    }
}
