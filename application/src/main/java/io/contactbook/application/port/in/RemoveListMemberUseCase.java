package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.WorkspaceId;

/** Takes a contact out of a list; the contact stays. False when the contact was not in that list. */
public interface RemoveListMemberUseCase {

    boolean remove(WorkspaceId workspace, ContactListId list, ContactId contact);
}
