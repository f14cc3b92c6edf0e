package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.conversation.Conversation;
import io.contactbook.domain.conversation.ConversationId;
import io.contactbook.domain.conversation.ConversationTally;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * The conversation summaries of every workspace, keyed by the conversation's own id within its workspace.
 * A conversation stays when its contact is deleted, detached (its contact id null).
 */
public interface Conversations {

    Optional<Conversation> find(WorkspaceId workspace, ConversationId id);

    /** The conversation, locked until the transaction ends. */
    Optional<Conversation> findForUpdate(WorkspaceId workspace, ConversationId id);

    /** Adds a conversation; false, having written nothing, when its id was taken meanwhile (a concurrent add). */
    boolean add(Conversation conversation);

    /** Expects the conversation locked by {@link #findForUpdate} in this transaction. */
    void update(Conversation conversation);

    /** A contact's conversations counted, and the latest moment of any, as they stand in this transaction. */
    ConversationTally tally(WorkspaceId workspace, ContactId contact);

    /**
     * Up to {@code limit} of a contact's conversations, most recent first (ties by id), after {@code after}
     * (a position from an earlier slice) or past the first {@code offset}. A position the store cannot read is an
     * {@link io.contactbook.domain.shared.InvalidValue}.
     */
    ConversationSlice list(WorkspaceId workspace, ContactId contact, Optional<List<String>> after, int offset,
                           int limit);

    /** {@code lastPosition} is where the next slice starts. */
    record ConversationSlice(List<Conversation> conversations, boolean hasMore, List<String> lastPosition) {
    }
}
