package io.contactbook.application.port.out;

import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Optional;

/**
 * {@link InMemoryContacts} that lose one race on purpose: another request stores {@code rival} just after this
 * one looked an identity up and found no one, so the write that follows meets the rival's identity.
 */
public final class ClaimedAfterLookUp extends InMemoryContacts {

    private Contact rival;

    public ClaimedAfterLookUp(Contact rival) {
        this.rival = rival;
    }

    @Override
    public synchronized Optional<Contact> findByIdentity(WorkspaceId workspace, Identity identity) {
        Optional<Contact> found = super.findByIdentity(workspace, identity);
        if (rival != null) {
            add(rival);
            rival = null;
        }
        return found;
    }
}
