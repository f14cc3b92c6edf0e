package io.contactbook.application.service;

import io.contactbook.application.port.in.AuthenticateUseCase;
import io.contactbook.application.port.in.EnsureBootstrapKeyUseCase;
import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.ApiKeys.StoredKey;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.access.ApiKeySecret;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** API keys: who a presented secret is, and the operator's bootstrap key. */
public class AccessService implements AuthenticateUseCase, EnsureBootstrapKeyUseCase {

    /** A key's last use is written at most this often, so authenticating is not a write per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeys apiKeys;
    private final Workspaces workspaces;
    private final Clock clock;
    private final Map<UUID, Instant> lastMarked = new ConcurrentHashMap<>();

    public AccessService(ApiKeys apiKeys, Workspaces workspaces, Clock clock) {
        this.apiKeys = apiKeys;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        if (!ApiKeySecret.looksLikeKey(presentedKey)) {
            return Optional.empty();
        }
        byte[] hash = ApiKeySecret.hash(presentedKey);
        // The look-up is by hash; comparing the hash again in constant time keeps any timing of the index
        // from telling an attacker how close a guess was.
        return apiKeys.findActiveByHash(hash)
                .filter(key -> MessageDigest.isEqual(key.hash(), hash))
                .map(key -> {
                    markUsed(key.id());
                    return new Caller(key.workspace(), key.id(), key.principal(), key.scopes(),
                            key.rateLimitPerMinute());
                });
    }

    @Override
    public void ensureBootstrapKey(String secret) {
        ApiKeySecret key = ApiKeySecret.parse(secret);
        if (apiKeys.findActiveByHash(key.hash()).isPresent()) {
            return;
        }
        WorkspaceId workspace = workspaces.findByName(DEFAULT_WORKSPACE)
                .orElseGet(() -> workspaces.create(DEFAULT_WORKSPACE));
        apiKeys.add(new StoredKey(TimeOrderedIds.next(), workspace, "bootstrap", "admin:bootstrap",
                EnumSet.allOf(Scope.class), null, key.hash(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    private void markUsed(UUID keyId) {
        Instant now = clock.instant();
        Instant previous = lastMarked.get(keyId);
        if (previous == null || previous.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            lastMarked.put(keyId, now);
            apiKeys.markUsed(keyId, now.truncatedTo(ChronoUnit.MILLIS));
        }
    }
}
