package io.contactbook.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactbook.application.port.in.IdempotencyUseCase.StoredAnswer;
import io.contactbook.application.port.out.IdempotencyRecords;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdempotencyRecords} on PostgreSQL. A claim is one statement, so the primary key decides between two
 * claims of one key at once; callers run each method in a short transaction of its own, so that a claim is
 * visible to a concurrent duplicate before the request's own work begins.
 */
@ApplicationScoped
public class PostgresIdempotencyRecords implements IdempotencyRecords {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    /** Headers are stored as written here, whatever the REST adapter's JSON tuning (see StoredJsonFormat). */
    private final ObjectMapper json = new ObjectMapper();
    private final EntityManager entityManager;

    PostgresIdempotencyRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean claim(WorkspaceId workspace, String key, byte[] requestHash, Instant now, Instant expiresAt) {
        // Inserts a new key, or takes over an expired one; a live key is left alone and nothing is changed.
        return new NativeSql()
                .append("""
                        INSERT INTO idempotency_keys (workspace_id, key, request_hash, state, created_at, expires_at)
                        VALUES (?, ?, ?, 'in_flight', ?, ?)
                        ON CONFLICT (workspace_id, key) DO UPDATE
                        SET request_hash = EXCLUDED.request_hash, state = 'in_flight', response_status = NULL,
                            response_body = NULL, response_headers = NULL,
                            created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                        WHERE idempotency_keys.expires_at < EXCLUDED.created_at""",
                        workspace.value(), key, requestHash, now, expiresAt)
                .executeUpdate(entityManager) == 1;
    }

    @Override
    public Optional<IdempotencyRecord> find(WorkspaceId workspace, String key, Instant now) {
        return new NativeSql()
                .append("""
                        SELECT request_hash, response_status, response_body, CAST(response_headers AS text)
                        FROM idempotency_keys
                        WHERE workspace_id = ? AND key = ? AND expires_at >= ?""", workspace.value(), key, now)
                .rows(entityManager).stream()
                .findFirst()
                .map(this::record);
    }

    @Override
    public void complete(WorkspaceId workspace, String key, StoredAnswer answer) {
        new NativeSql()
                .append("""
                        UPDATE idempotency_keys
                        SET state = 'done', response_status = ?, response_body = ?, response_headers = CAST(? AS jsonb)
                        WHERE workspace_id = ? AND key = ? AND state = 'in_flight'""",
                        answer.status(), answer.body(), write(answer.headers()), workspace.value(), key)
                .executeUpdate(entityManager);
    }

    @Override
    public void release(WorkspaceId workspace, String key) {
        new NativeSql()
                .append("DELETE FROM idempotency_keys WHERE workspace_id = ? AND key = ? AND state = 'in_flight'",
                        workspace.value(), key)
                .executeUpdate(entityManager);
    }

    @Override
    public int deleteExpired(Instant now, int batch) {
        // Maintenance across workspaces, by the expiry index; bounded so that one run never holds locks for long.
        return new NativeSql()
                .append("""
                        DELETE FROM idempotency_keys
                        WHERE (workspace_id, key) IN (
                            SELECT workspace_id, key FROM idempotency_keys WHERE expires_at < ? LIMIT ?)""",
                        now, batch)
                .executeUpdate(entityManager);
    }

    private IdempotencyRecord record(Object[] row) {
        byte[] requestHash = (byte[]) row[0];
        if (row[1] == null) {
            return new IdempotencyRecord(requestHash, null);
        }
        return new IdempotencyRecord(requestHash,
                new StoredAnswer(((Number) row[1]).intValue(), (String) row[2], read((String) row[3])));
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<String, String> read(String headers) {
        try {
            return headers == null ? Map.of() : json.readValue(headers, HEADERS);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable stored headers", corrupt);
        }
    }
}
