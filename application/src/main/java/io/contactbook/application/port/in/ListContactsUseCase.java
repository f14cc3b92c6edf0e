package io.contactbook.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a workspace's contacts. Pages are walked with the opaque {@code nextCursor} (keyset: no row is
 * skipped or repeated when rows are added meanwhile) or with an offset.
 */
public interface ListContactsUseCase {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;

    ContactPage list(ListContactsQuery query);

    record ListContactsQuery(ContactFilter filter, ContactSort sort, int limit, Optional<String> cursor,
                             OptionalInt offset) {
        public ListContactsQuery {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            PageRequests.check(limit, MAX_LIMIT, cursor, offset);
        }
    }

    /**
     * {@code totalCount} is exact when {@code totalCountExact}; otherwise a lower bound, given when counting every
     * match would cost more than the page itself.
     */
    record ContactPage(List<ContactView> contacts, boolean hasMore, Optional<String> nextCursor, long totalCount,
                       boolean totalCountExact) {
        public ContactPage {
            contacts = List.copyOf(contacts);
        }
    }
}
