package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A contact's conversations, most recent first: by the last message, or the start while there is none (SPEC §5);
 * ties by id. Pages are walked with the opaque {@code nextCursor} or with an offset.
 */
public interface ListConversationsUseCase {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;
    /** Empty when the workspace has no such contact. */
    Optional<ConversationPage> list(ListConversationsQuery query);

    record ListConversationsQuery(WorkspaceId workspace, ContactId contact, int limit, Optional<String> cursor,
                                  OptionalInt offset) {
        public ListConversationsQuery {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            PageRequests.check(limit, MAX_LIMIT, cursor, offset);
        }
    }

    /** {@code totalCount} is exact: a contact's conversations are counted by an index. */
    record ConversationPage(List<ConversationView> conversations, boolean hasMore, Optional<String> nextCursor,
                            long totalCount) {
        public ConversationPage {
            conversations = List.copyOf(conversations);
        }
    }
}
