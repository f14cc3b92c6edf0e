package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.conversation.Conversation;
import io.contactbook.domain.conversation.ConversationId;
import io.contactbook.domain.conversation.ConversationTally;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link Conversations} in memory, ordered as the PostgreSQL adapter orders them: most recent first, ties by id
 * ascending; a position is {@code [latest activity, id]}. Like {@link InMemoryContacts}, its locks do not outlive a call.
 */
public class InMemoryConversations implements Conversations {

    private static final Comparator<Conversation> MOST_RECENT_FIRST = Comparator
            .comparing(Conversation::lastActivityAt, Comparator.reverseOrder())
            .thenComparing(conversation -> conversation.id().value());

    private final Map<Key, Conversation> conversations = new HashMap<>();

    @Override
    public synchronized Optional<Conversation> find(WorkspaceId workspace, ConversationId id) {
        return Optional.ofNullable(conversations.get(new Key(workspace, id)));
    }

    @Override
    public Optional<Conversation> findForUpdate(WorkspaceId workspace, ConversationId id) {
        return find(workspace, id);
    }

    @Override
    public synchronized boolean add(Conversation conversation) {
        return conversations.putIfAbsent(Key.of(conversation), conversation) == null;
    }

    @Override
    public synchronized void update(Conversation conversation) {
        if (conversations.replace(Key.of(conversation), conversation) == null) {
            throw new IllegalStateException("conversation " + conversation.id() + " is not stored");
        }
    }

    @Override
    public synchronized ConversationTally tally(WorkspaceId workspace, ContactId contact) {
        return ConversationTally.of(of(workspace, contact).toList());
    }

    @Override
    public synchronized ConversationSlice list(WorkspaceId workspace, ContactId contact, Optional<List<String>> after,
                                               int offset, int limit) {
        Optional<Conversation> start = after.map(position -> marker(workspace, position));
        List<Conversation> rest = of(workspace, contact)
                .sorted(MOST_RECENT_FIRST)
                .filter(conversation -> start.isEmpty() || MOST_RECENT_FIRST.compare(conversation, start.get()) > 0)
                .skip(offset)
                .toList();
        List<Conversation> slice = rest.subList(0, Math.min(limit, rest.size()));
        List<String> lastPosition = slice.isEmpty() ? List.of() : List.of(
                slice.get(slice.size() - 1).lastActivityAt().toString(), slice.get(slice.size() - 1).id().value());
        return new ConversationSlice(slice, rest.size() > limit, lastPosition);
    }

    /** As a contact's deletion leaves its conversations in the database: detached. */
    public synchronized void detachAllOf(WorkspaceId workspace, ContactId contact) {
        of(workspace, contact).toList().forEach(conversation -> conversations.put(Key.of(conversation),
                new Conversation(workspace, conversation.id(), null, conversation.channel(), conversation.startedAt(),
                        conversation.lastMessageAt(), conversation.messageCount(), conversation.summary(),
                        conversation.createdAt(), conversation.updatedAt())));
    }

    private Stream<Conversation> of(WorkspaceId workspace, ContactId contact) {
        return conversations.values().stream()
                .filter(conversation -> conversation.workspaceId().equals(workspace)
                        && contact.equals(conversation.contactId()));
    }

    /** A stand-in conversation at the position, to compare against. */
    private static Conversation marker(WorkspaceId workspace, List<String> position) {
        if (position.size() != 2) {
            throw new InvalidValue("is not a valid position");
        }
        try {
            Instant at = Instant.parse(position.get(0));
            return new Conversation(workspace, new ConversationId(position.get(1)), null, null, at, null, 0, null,
                    at, at);
        } catch (DateTimeParseException unreadable) {
            throw new InvalidValue("is not a valid position");
        }
    }

    private record Key(WorkspaceId workspace, ConversationId id) {
        static Key of(Conversation conversation) {
            return new Key(conversation.workspaceId(), conversation.id());
        }
    }
}
