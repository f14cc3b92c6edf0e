package io.contactbook.application.port.in;

import io.contactbook.domain.list.ListChanges;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;

/** Adds an empty list; a name the workspace already uses answers {@link io.contactbook.domain.list.ListNameTaken}. */
public interface CreateContactListUseCase {

    ContactListView create(CreateContactListCommand command);

    record CreateContactListCommand(WorkspaceId workspace, ListChanges input) {
        public CreateContactListCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(input, "input");
        }
    }
}
