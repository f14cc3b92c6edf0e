package io.contactbook.application.port.in;

import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workspace's lists, each with its member count: one, or a page of all of them in the order they were created
 * (walked with the opaque {@code nextCursor}).
 */
public interface GetContactListsUseCase {

    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 100;

    Optional<ContactListView> get(WorkspaceId workspace, ContactListId list);

    ContactListPage all(ContactListsQuery query);

    record ContactListsQuery(WorkspaceId workspace, int limit, Optional<String> cursor) {
        public ContactListsQuery {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(cursor, "cursor");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidQuery("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }
    }

    /** {@code totalCount} is always exact: a workspace has few lists. */
    record ContactListPage(List<ContactListView> lists, boolean hasMore, Optional<String> nextCursor,
                           long totalCount) {
        public ContactListPage {
            lists = List.copyOf(lists);
        }
    }
}
