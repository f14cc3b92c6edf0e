package io.contactbook.application.port.in;

import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds contacts to a list, idempotently: a contact already in it stays, counted as such. An id that names no
 * contact of the workspace (unknown, another workspace's, or not an id at all) is reported back rather than failing
 * the others, so a client syncing a segment learns which of its ids are stale. Empty when there is no such list.
 */
public interface AddListMembersUseCase {

    int MAX_CONTACT_IDS = 1000;

    Optional<MembersAdded> add(AddListMembersCommand command);

    /** {@code contactIds} as the client sent them; repeats count once. */
    record AddListMembersCommand(WorkspaceId workspace, ContactListId list, List<String> contactIds) {
        public AddListMembersCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(list, "list");
            if (contactIds == null) {
                throw RuleViolation.of("contact_ids", "is required");
            }
            if (contactIds.size() > MAX_CONTACT_IDS) {
                throw RuleViolation.of("contact_ids", "must hold at most " + MAX_CONTACT_IDS + " ids");
            }
            for (int i = 0; i < contactIds.size(); i++) {
                if (contactIds.get(i) == null) {
                    throw RuleViolation.of("contact_ids[" + i + "]", "must be a contact id");
                }
            }
            contactIds = List.copyOf(contactIds);
        }
    }

    /** {@code notFound}: the ids, as sent, that name no contact of the workspace. */
    record MembersAdded(int added, int alreadyMembers, List<String> notFound) {
        public MembersAdded {
            notFound = List.copyOf(notFound);
        }
    }
}
