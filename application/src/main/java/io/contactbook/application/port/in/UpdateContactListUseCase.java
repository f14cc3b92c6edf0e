package io.contactbook.application.port.in;

import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.list.ListChanges;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/** Renames or re-describes a list; empty when there is no such list. Its members stay as they are. */
public interface UpdateContactListUseCase {

    Optional<ContactListView> update(UpdateContactListCommand command);

    record UpdateContactListCommand(WorkspaceId workspace, ContactListId list, ListChanges changes) {
        public UpdateContactListCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
