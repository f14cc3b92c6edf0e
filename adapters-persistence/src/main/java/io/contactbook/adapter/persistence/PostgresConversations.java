package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Conversations;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.conversation.Conversation;
import io.contactbook.domain.conversation.ConversationId;
import io.contactbook.domain.conversation.ConversationTally;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Conversations} on PostgreSQL, in native SQL on {@code contact_conversations} (V4). Rows are read as
 * plain values, never as managed entities, so a row read again under a lock is what the database holds now.
 * Every method joins the caller's transaction.
 */
@ApplicationScoped
public class PostgresConversations implements Conversations {

    private static final String COLUMNS = """
            SELECT workspace_id, id, contact_id, channel, started_at, last_message_at, message_count, summary,
                   created_at, updated_at
            FROM contact_conversations""";
    /** The sort key of "most recent", spelled as the index V4 made for it. */
    private static final String LATEST = "coalesce(last_message_at, started_at)";

    private final EntityManager entityManager;

    PostgresConversations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Conversation> find(WorkspaceId workspace, ConversationId id) {
        return one(workspace, id, "");
    }

    @Override
    public Optional<Conversation> findForUpdate(WorkspaceId workspace, ConversationId id) {
        return one(workspace, id, "FOR UPDATE");
    }

    /** {@code ON CONFLICT DO NOTHING}: a concurrent add of the same id leaves this transaction usable. */
    @Override
    public boolean add(Conversation conversation) {
        return new NativeSql()
                .append("""
                        INSERT INTO contact_conversations (workspace_id, id, contact_id, channel, started_at,
                            last_message_at, message_count, summary, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                        conversation.workspaceId().value(), conversation.id().value(),
                        conversation.contactId().value(), conversation.channel(), conversation.startedAt(),
                        conversation.lastMessageAt(), conversation.messageCount(), conversation.summary(),
                        conversation.createdAt(), conversation.updatedAt())
                .executeUpdate(entityManager) == 1;
    }

    @Override
    public void update(Conversation conversation) {
        int updated = new NativeSql()
                .append("""
                        UPDATE contact_conversations
                        SET contact_id = ?, channel = ?, started_at = ?, last_message_at = ?, message_count = ?,
                            summary = ?, updated_at = ?
                        WHERE workspace_id = ? AND id = ?""",
                        conversation.contactId() == null ? null : conversation.contactId().value(),
                        conversation.channel(), conversation.startedAt(), conversation.lastMessageAt(),
                        conversation.messageCount(), conversation.summary(), conversation.updatedAt(),
                        conversation.workspaceId().value(), conversation.id().value())
                .executeUpdate(entityManager);
        if (updated != 1) {
            throw new IllegalStateException("there is no conversation " + conversation.id() + " to update");
        }
    }

    @Override
    public ConversationTally tally(WorkspaceId workspace, ContactId contact) {
        Object[] row = new NativeSql()
                .append("SELECT count(*), max(" + LATEST + ") FROM contact_conversations")
                .append("WHERE workspace_id = ? AND contact_id = ?", workspace.value(), contact.value())
                .rows(entityManager).get(0);
        return new ConversationTally(((Number) row[0]).intValue(), instant(row[1]));
    }

    @Override
    public ConversationSlice list(WorkspaceId workspace, ContactId contact, Optional<List<String>> after, int offset,
                                  int limit) {
        NativeSql sql = new NativeSql()
                .append(COLUMNS)
                .append("WHERE workspace_id = ? AND contact_id = ?", workspace.value(), contact.value());
        after.map(PostgresConversations::position).ifPresent(position -> sql.append(
                "AND (" + LATEST + " < ? OR (" + LATEST + " = ? AND id > ?))",
                position.latest(), position.latest(), position.id()));
        // One row more than asked tells whether there is a next slice.
        List<Conversation> rows = sql
                .append("ORDER BY " + LATEST + " DESC, id")
                .append("LIMIT ? OFFSET ?", limit + 1, offset)
                .rows(entityManager).stream()
                .map(PostgresConversations::toDomain)
                .toList();
        boolean hasMore = rows.size() > limit;
        List<Conversation> slice = hasMore ? rows.subList(0, limit) : rows;
        List<String> lastPosition = slice.isEmpty() ? List.of() : positionOf(slice.get(slice.size() - 1));
        return new ConversationSlice(slice, hasMore, lastPosition);
    }

    private Optional<Conversation> one(WorkspaceId workspace, ConversationId id, String lock) {
        return new NativeSql()
                .append(COLUMNS)
                .append("WHERE workspace_id = ? AND id = ?", workspace.value(), id.value())
                .append(lock)
                .rows(entityManager).stream()
                .findFirst()
                .map(PostgresConversations::toDomain);
    }

    private static Conversation toDomain(Object[] row) {
        return new Conversation(
                new WorkspaceId((UUID) row[0]),
                new ConversationId((String) row[1]),
                row[2] == null ? null : new ContactId((UUID) row[2]),
                (String) row[3],
                instant(row[4]),
                instant(row[5]),
                ((Number) row[6]).intValue(),
                (String) row[7],
                instant(row[8]),
                instant(row[9]));
    }

    /** A timestamptz as the driver hands it over, which depends on its version and settings. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("a timestamptz read as " + value.getClass().getName());
    }

    private static List<String> positionOf(Conversation conversation) {
        return List.of(conversation.lastActivityAt().toString(), conversation.id().value());
    }

    private static Position position(List<String> written) {
        if (written.size() != 2) {
            throw new InvalidValue("is not a valid position");
        }
        try {
            return new Position(Instant.parse(written.get(0)), written.get(1));
        } catch (DateTimeParseException unreadable) {
            throw new InvalidValue("is not a valid position");
        }
    }

    private record Position(Instant latest, String id) {
    }
}
