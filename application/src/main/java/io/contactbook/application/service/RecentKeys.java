package io.contactbook.application.service;

import io.contactbook.application.port.out.ApiKeys.StoredKey;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys this instance found lately, by the hash of their secret, so that most requests authenticate without
 * a database round trip. A key's grant never changes once issued; only its revocation can, so an entry is
 * trusted for {@code timeToLive} at most and forgotten at once when this instance revokes the key. Another
 * instance's revocation is seen within {@code timeToLive}. Unknown keys are not remembered: a guesser cannot
 * fill the cache, and a key issued a moment ago is found on its first use.
 * <p>
 * A key revoked here is also not remembered again for {@code timeToLive}: a request that looked it up while the
 * revocation was not yet committed read it as active, and must not put it back for the next requests.
 */
final class RecentKeys {

    /** Far more keys than a deployment uses at once; past it, everything is forgotten and found again. */
    static final int MAX_ENTRIES = 10_000;

    private final Duration timeToLive;
    private final Clock clock;
    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> revokedHere = new ConcurrentHashMap<>();

    RecentKeys(Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("a key cache time to live cannot be negative: " + timeToLive);
        }
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    Optional<StoredKey> find(byte[] hash) {
        if (timeToLive.isZero()) {
            return Optional.empty();
        }
        Entry entry = entries.get(ByteBuffer.wrap(hash));
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(ByteBuffer.wrap(hash), entry);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    void remember(StoredKey key) {
        if (timeToLive.isZero()) {
            return;
        }
        Instant revoked = revokedHere.get(key.id());
        if (revoked != null && clock.instant().isBefore(revoked.plus(timeToLive))) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(ByteBuffer.wrap(key.hash().clone()), new Entry(key, clock.instant().plus(timeToLive)));
    }

    void forget(UUID keyId) {
        if (timeToLive.isZero()) {
            return;
        }
        Instant now = clock.instant();
        revokedHere.values().removeIf(revoked -> !now.isBefore(revoked.plus(timeToLive)));
        revokedHere.put(keyId, now);
        entries.values().removeIf(entry -> entry.key().id().equals(keyId));
    }

    private record Entry(StoredKey key, Instant expires) {
    }
}
