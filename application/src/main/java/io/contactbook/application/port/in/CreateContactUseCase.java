package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;

/** Adds a contact; an identity already held answers {@link io.contactbook.domain.contact.DuplicateContact}. */
public interface CreateContactUseCase {

    ContactView create(CreateContactCommand command);

    record CreateContactCommand(WorkspaceId workspace, ContactChanges input) {
        public CreateContactCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(input, "input");
        }
    }
}
