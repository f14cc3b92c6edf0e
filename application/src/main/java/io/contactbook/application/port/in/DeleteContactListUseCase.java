package io.contactbook.application.port.in;

import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.WorkspaceId;

/** Removes a list with its memberships; its contacts stay. False when there was no such list. */
public interface DeleteContactListUseCase {

    boolean delete(WorkspaceId workspace, ContactListId list);
}
