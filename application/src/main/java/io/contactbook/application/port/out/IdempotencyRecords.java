package io.contactbook.application.port.out;

import io.contactbook.application.port.in.IdempotencyUseCase.StoredAnswer;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/** The idempotency keys of each workspace, with the request they were first used for and, once known, its answer. */
public interface IdempotencyRecords {

    /**
     * Takes the key for a request now in flight, unless the workspace holds it already and it has not expired;
     * true when taken. Two claims of one key at once take it once.
     */
    boolean claim(WorkspaceId workspace, String key, byte[] requestHash, Instant now, Instant expiresAt);

    /** The key's record, unless there is none or it expired. */
    Optional<IdempotencyRecord> find(WorkspaceId workspace, String key, Instant now);

    /** Keeps the answer of the request in flight under the key. */
    void complete(WorkspaceId workspace, String key, StoredAnswer answer);

    /** Frees the key while its request is in flight; a key with a kept answer stays. */
    void release(WorkspaceId workspace, String key);

    /** Deletes at most {@code batch} records that expired before {@code now}; the number deleted. */
    int deleteExpired(Instant now, int batch);

    /** A claimed key: the hash of its request, and its answer, {@code null} while the request is in flight. */
    record IdempotencyRecord(byte[] requestHash, StoredAnswer answer) {

        public boolean inFlight() {
            return answer == null;
        }
    }
}
