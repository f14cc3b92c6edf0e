package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.MatchedBy;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/**
 * The inbound path: a chat or an email arrives from a person. Finds their contact by external id, then email,
 * then phone, then channel, fills what it lacks and touches its last activity; or creates it. Concurrent
 * identifies of one person make one contact.
 */
public interface IdentifyContactUseCase {

    IdentifyResult identify(IdentifyContactCommand command);

    /** {@code input} is the person as the message describes them, read like a create's body. */
    record IdentifyContactCommand(WorkspaceId workspace, ContactChanges input) {
        public IdentifyContactCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(input, "input");
        }
    }

    /** {@code matchedBy} is empty exactly when the contact was created. */
    record IdentifyResult(ContactView contact, boolean created, Optional<MatchedBy> matchedBy) {
        public IdentifyResult {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(matchedBy, "matchedBy");
        }
    }
}
