package io.contactbook.application.port.in;

import java.util.Optional;
import java.util.OptionalInt;

/** The rules every paged query shares: a limit in range, a non-negative offset, and a cursor or an offset. */
final class PageRequests {

    private PageRequests() {
    }

    static void check(int limit, int maxLimit, Optional<String> cursor, OptionalInt offset) {
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidQuery("limit", "must be between 1 and " + maxLimit);
        }
        if (offset.isPresent() && offset.getAsInt() < 0) {
            throw new InvalidQuery("offset", "must not be negative");
        }
        if (offset.isPresent() && cursor.isPresent()) {
            throw new InvalidQuery("offset", "cannot be combined with cursor");
        }
    }
}
