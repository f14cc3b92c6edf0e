package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Changes the fields present in the command; empty when the contact does not exist.
 * Concurrent updates are applied one after the other, so neither loses the other's fields.
 */
public interface UpdateContactUseCase {

    Optional<ContactView> update(UpdateContactCommand command);

    /** {@code expectedVersion}, when present, must be the current version ({@link VersionMismatch} otherwise). */
    record UpdateContactCommand(WorkspaceId workspace, ContactId contact, ContactChanges changes,
                                OptionalLong expectedVersion) {
        public UpdateContactCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(changes, "changes");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
