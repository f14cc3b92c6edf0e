package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a contact's notes, newest first; empty when the workspace has no such contact. Pages are walked
 * with the opaque {@code nextCursor} (keyset, bound to the contact) or with an offset.
 */
public interface ListNotesUseCase {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;

    Optional<NotePage> list(ListNotesQuery query);

    record ListNotesQuery(WorkspaceId workspace, ContactId contact, int limit, Optional<String> cursor,
                          OptionalInt offset) {
        public ListNotesQuery {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            PageRequests.check(limit, MAX_LIMIT, cursor, offset);
        }
    }

    /** {@code totalCount} is the exact number of the contact's notes. */
    record NotePage(List<NoteView> notes, boolean hasMore, Optional<String> nextCursor, long totalCount) {
        public NotePage {
            notes = List.copyOf(notes);
        }
    }
}
