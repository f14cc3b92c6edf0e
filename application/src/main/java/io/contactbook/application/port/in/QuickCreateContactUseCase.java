package io.contactbook.application.port.in;

import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;

/** The quick add: the contact that already has this email, unchanged, or a new one with these names. */
public interface QuickCreateContactUseCase {

    QuickCreateResult quickCreate(QuickCreateContactCommand command);

    record QuickCreateContactCommand(WorkspaceId workspace, String firstName, String lastName, String email) {
        public QuickCreateContactCommand {
            Objects.requireNonNull(workspace, "workspace");
        }
    }

    record QuickCreateResult(ContactView contact, boolean created) {
    }
}
