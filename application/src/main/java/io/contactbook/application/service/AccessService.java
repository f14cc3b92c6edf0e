package io.contactbook.application.service;

import io.contactbook.application.port.in.AuthenticateUseCase;
import io.contactbook.application.port.in.CreateWorkspaceUseCase;
import io.contactbook.application.port.in.EnsureBootstrapKeyUseCase;
import io.contactbook.application.port.in.ManageApiKeysUseCase;
import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.ApiKeys.StoredKey;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.access.ApiKeyGrant;
import io.contactbook.domain.access.ApiKeySecret;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceName;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Workspaces and API keys: who a presented secret is, the keys a workspace manages, the operator's bootstrap key. */
public class AccessService
        implements AuthenticateUseCase, EnsureBootstrapKeyUseCase, ManageApiKeysUseCase, CreateWorkspaceUseCase {

    /** A key's last use is written at most this often, so authenticating is not a write per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeys apiKeys;
    private final Workspaces workspaces;
    private final Clock clock;
    private final Map<UUID, Instant> lastMarked = new ConcurrentHashMap<>();
    private final RecentKeys recentKeys;

    /** Every request looks its key up in {@code apiKeys}. */
    public AccessService(ApiKeys apiKeys, Workspaces workspaces, Clock clock) {
        this(apiKeys, workspaces, clock, Duration.ZERO);
    }

    /**
     * A key found is trusted for {@code keyCacheTimeToLive} without looking it up again (zero: always look it
     * up); a key this instance revokes is refused at once, one another instance revokes within that time.
     */
    public AccessService(ApiKeys apiKeys, Workspaces workspaces, Clock clock, Duration keyCacheTimeToLive) {
        this.apiKeys = apiKeys;
        this.workspaces = workspaces;
        this.clock = clock;
        this.recentKeys = new RecentKeys(keyCacheTimeToLive, clock);
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        if (!ApiKeySecret.looksLikeKey(presentedKey)) {
            return Optional.empty();
        }
        byte[] hash = ApiKeySecret.hash(presentedKey);
        // The look-up is by hash; comparing the hash again in constant time keeps any timing of the index
        // from telling an attacker how close a guess was.
        return recentKeys.find(hash)
                .or(() -> apiKeys.findActiveByHash(hash).map(found -> {
                    recentKeys.remember(found);
                    return found;
                }))
                .filter(key -> MessageDigest.isEqual(key.hash(), hash))
                .map(key -> {
                    markUsed(key);
                    return new Caller(key.workspace(), key.id(), key.principal(), key.scopes(),
                            key.rateLimitPerMinute());
                });
    }

    @Override
    public void ensureBootstrapKey(String secret) {
        ApiKeySecret key = ApiKeySecret.parse(secret);
        // A bootstrap key that an operator revoked stays revoked, even though the variable is still set.
        if (apiKeys.existsWithHash(key.hash())) {
            return;
        }
        WorkspaceId workspace = workspaces.findByName(DEFAULT_WORKSPACE)
                .orElseGet(() -> workspaces.create(DEFAULT_WORKSPACE));
        apiKeys.add(new StoredKey(TimeOrderedIds.next(), workspace, "bootstrap", "admin:bootstrap",
                EnumSet.allOf(Scope.class), null, key.hash(), now()));
    }

    @Override
    public CreatedApiKey createApiKey(CreateApiKeyCommand command) {
        ApiKeyGrant grant = ApiKeyGrant.of(command.name(), command.principal(), command.scopes(),
                command.rateLimitPerMinute(), command.grantorScopes());
        return issue(command.workspace(), grant);
    }

    @Override
    public List<ApiKeyView> listApiKeys(WorkspaceId workspace) {
        return apiKeys.listActive(workspace).stream().map(AccessService::view).toList();
    }

    @Override
    public boolean revokeApiKey(WorkspaceId workspace, UUID keyId) {
        boolean revoked = apiKeys.revoke(workspace, keyId, now());
        recentKeys.forget(keyId);
        return revoked;
    }

    @Override
    public CreatedWorkspace createWorkspace(String name) {
        WorkspaceName workspaceName = WorkspaceName.parse(name);
        WorkspaceId id = workspaces.create(workspaceName.value());
        Workspaces.StoredWorkspace stored = workspaces.find(id).orElseThrow();
        return new CreatedWorkspace(new WorkspaceView(id.value(), stored.name(), stored.createdAt()),
                issue(id, ApiKeyGrant.workspaceAdmin()));
    }

    private CreatedApiKey issue(WorkspaceId workspace, ApiKeyGrant grant) {
        ApiKeySecret secret = ApiKeySecret.generate();
        StoredKey key = new StoredKey(TimeOrderedIds.next(), workspace, grant.name(), grant.principal(),
                grant.scopes(), grant.rateLimitPerMinute(), secret.hash(), now());
        apiKeys.add(key);
        return new CreatedApiKey(view(key), secret.reveal());
    }

    private static ApiKeyView view(StoredKey key) {
        return new ApiKeyView(key.id(), key.name(), key.principal(),
                key.scopes().stream().sorted().map(Scope::wireName).toList(),
                key.rateLimitPerMinute(), key.createdAt(), key.lastUsedAt());
    }

    private void markUsed(StoredKey key) {
        Instant now = clock.instant();
        Instant previous = lastMarked.get(key.id());
        if (previous == null || previous.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            lastMarked.put(key.id(), now);
            apiKeys.markUsed(key.workspace(), key.id(), now.truncatedTo(ChronoUnit.MILLIS));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
