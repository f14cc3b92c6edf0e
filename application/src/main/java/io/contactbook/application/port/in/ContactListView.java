package io.contactbook.application.port.in;

import io.contactbook.domain.list.ContactList;

import java.time.Instant;
import java.util.UUID;

/** A list as the use cases answer it, with how many contacts it holds now. */
public record ContactListView(UUID id, String name, String description, long memberCount, Instant createdAt,
                              Instant updatedAt) {

    public static ContactListView of(ContactList list, long memberCount) {
        return new ContactListView(list.id().value(), list.name().value(), list.description(), memberCount,
                list.createdAt(), list.updatedAt());
    }
}
