package io.contactbook.application.port.in;

import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/** Finds the contact holding exactly one identity: an email, a phone (read in the workspace's region) or an external id. */
public interface LookupContactUseCase {

    Optional<ContactView> lookup(LookupContactQuery query);

    record LookupContactQuery(WorkspaceId workspace, Optional<String> email, Optional<String> phone,
                              Optional<String> externalId) {
        public LookupContactQuery {
            Objects.requireNonNull(workspace, "workspace");
            long given = (email.isPresent() ? 1 : 0) + (phone.isPresent() ? 1 : 0) + (externalId.isPresent() ? 1 : 0);
            if (given != 1) {
                throw new InvalidQuery("lookup", "needs exactly one of email, phone or external_id");
            }
        }
    }
}
