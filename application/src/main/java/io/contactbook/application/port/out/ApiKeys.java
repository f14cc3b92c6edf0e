package io.contactbook.application.port.out;

import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** API keys, stored by the hash of their secret only. */
public interface ApiKeys {

    /** The key whose secret hashes to {@code hash}, unless it was revoked. */
    Optional<StoredKey> findActiveByHash(byte[] hash);

    /** Whether any key, revoked or not, has this hash (hashes are unique, also across revocations). */
    boolean existsWithHash(byte[] hash);

    /** The workspace's keys that were not revoked, oldest first. */
    List<StoredKey> listActive(WorkspaceId workspace);

    void add(StoredKey key);

    /** Revokes the key at once; false when the workspace has no such active key. */
    boolean revoke(WorkspaceId workspace, UUID keyId, Instant when);

    /** Records that the key was used; never moves the last use back in time. */
    void markUsed(WorkspaceId workspace, UUID keyId, Instant when);

    record StoredKey(UUID id, WorkspaceId workspace, String name, String principal, Set<Scope> scopes,
                     Integer rateLimitPerMinute, byte[] hash, Instant createdAt, Instant lastUsedAt) {
        public StoredKey {
            scopes = Set.copyOf(scopes);
        }

        /** A key that was never used. */
        public StoredKey(UUID id, WorkspaceId workspace, String name, String principal, Set<Scope> scopes,
                         Integer rateLimitPerMinute, byte[] hash, Instant createdAt) {
            this(id, workspace, name, principal, scopes, rateLimitPerMinute, hash, createdAt, null);
        }
    }
}
