package io.contactbook.application.port.out;

import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** API keys, stored by the hash of their secret only. */
public interface ApiKeys {

    /** The key whose secret hashes to {@code hash}, unless it was revoked. */
    Optional<StoredKey> findActiveByHash(byte[] hash);

    void add(StoredKey key);

    /** Records that the key was used; a store may skip the write when it recorded a use recently. */
    void markUsed(UUID keyId, Instant when);

    record StoredKey(UUID id, WorkspaceId workspace, String name, String principal, Set<Scope> scopes,
                     Integer rateLimitPerMinute, byte[] hash, Instant createdAt) {
        public StoredKey {
            scopes = Set.copyOf(scopes);
        }
    }
}
