package io.contactbook.application.service;

import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.PageCursor;

import java.util.List;
import java.util.Optional;

/** The opaque cursors of every paged use case: a cursor continues only the query that made it (its binding). */
final class Cursors {

    private Cursors() {
    }

    /** Where a client's cursor continues; an {@link InvalidQuery} on {@code cursor} for anything else. */
    static List<String> position(String cursor, String binding) {
        PageCursor decoded;
        try {
            decoded = PageCursor.decode(cursor);
        } catch (InvalidValue invalid) {
            throw new InvalidQuery("cursor", "is not a valid cursor");
        }
        if (!decoded.binding().equals(binding)) {
            throw new InvalidQuery("cursor", "was made for another query (other filters, sort or parent); "
                    + "start again without it");
        }
        return decoded.position();
    }

    /** The cursor of the next page, when there is one. */
    static Optional<String> next(boolean hasMore, String binding, List<String> lastPosition) {
        return hasMore ? Optional.of(new PageCursor(binding, lastPosition).encode()) : Optional.empty();
    }
}
