package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Optional;

/** One contact of the workspace. */
public interface GetContactUseCase {

    Optional<ContactView> get(WorkspaceId workspace, ContactId contact);
}
