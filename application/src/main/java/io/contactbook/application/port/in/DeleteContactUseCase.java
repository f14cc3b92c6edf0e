package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.OptionalLong;

/** Removes a contact with its identities; false when there was none. */
public interface DeleteContactUseCase {

    boolean delete(DeleteContactCommand command);

    record DeleteContactCommand(WorkspaceId workspace, ContactId contact, OptionalLong expectedVersion) {
        public DeleteContactCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
