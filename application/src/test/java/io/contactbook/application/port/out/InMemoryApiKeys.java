package io.contactbook.application.port.out;

import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ApiKeys} in memory. Like the database, it holds one key per hash, revoked or not; it remembers every
 * {@link #markUsed} it was asked for, so a test can tell how often the service writes a key's last use.
 */
public class InMemoryApiKeys implements ApiKeys {

    private final Map<UUID, StoredKey> keys = new LinkedHashMap<>();
    private final Set<UUID> revoked = new HashSet<>();
    private final List<Use> uses = new ArrayList<>();
    private int lookups;

    /** One recorded use of a key. */
    public record Use(UUID keyId, Instant when) {
    }

    @Override
    public synchronized Optional<StoredKey> findActiveByHash(byte[] hash) {
        lookups++;
        return withHash(hash).filter(key -> !revoked.contains(key.id()));
    }

    @Override
    public synchronized void add(StoredKey key) {
        if (keys.containsKey(key.id()) || withHash(key.hash()).isPresent()) {
            throw new IllegalStateException("a key with this id or hash is stored already");
        }
        keys.put(key.id(), key);
    }

    @Override
    public synchronized boolean existsWithHash(byte[] hash) {
        return withHash(hash).isPresent();
    }

    @Override
    public synchronized List<StoredKey> listActive(WorkspaceId workspace) {
        return keys.values().stream()
                .filter(key -> key.workspace().equals(workspace) && !revoked.contains(key.id()))
                .toList();
    }

    @Override
    public synchronized boolean revoke(WorkspaceId workspace, UUID keyId, Instant when) {
        StoredKey key = keys.get(keyId);
        if (key == null || !key.workspace().equals(workspace) || revoked.contains(keyId)) {
            return false;
        }
        return revoked.add(keyId);
    }

    @Override
    public synchronized void markUsed(WorkspaceId workspace, UUID keyId, Instant when) {
        uses.add(new Use(keyId, when));
    }

    /** What {@code DELETE /api-keys/{id}} does: the key stays stored, but no longer opens anything. */
    public synchronized void revoke(UUID keyId) {
        if (!keys.containsKey(keyId)) {
            throw new IllegalArgumentException("key " + keyId + " is not stored");
        }
        revoked.add(keyId);
    }

    /** Every key, revoked or not, in the order they were added. */
    public synchronized List<StoredKey> all() {
        return List.copyOf(keys.values());
    }

    /** Every use recorded, oldest first. */
    /** How often a key was looked up by its hash. */
    public synchronized int lookups() {
        return lookups;
    }

    public synchronized List<Use> uses() {
        return List.copyOf(uses);
    }

    private Optional<StoredKey> withHash(byte[] hash) {
        return keys.values().stream().filter(key -> Arrays.equals(key.hash(), hash)).findFirst();
    }
}
