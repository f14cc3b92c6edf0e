package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link ApiKeys} on PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
public class PostgresApiKeys implements ApiKeys {

    @Override
    public Optional<StoredKey> findActiveByHash(byte[] hash) {
        return ApiKeyEntity.<ApiKeyEntity>find("keyHash = ?1 and revokedAt is null", hash)
                .firstResultOptional()
                .map(PostgresApiKeys::toStoredKey);
    }

    @Override
    public boolean existsWithHash(byte[] hash) {
        return ApiKeyEntity.count("keyHash", hash) > 0;
    }

    @Override
    public List<StoredKey> listActive(WorkspaceId workspace) {
        return ApiKeyEntity.<ApiKeyEntity>list("workspaceId = ?1 and revokedAt is null",
                        Sort.by("createdAt").and("id"), workspace.value())
                .stream().map(PostgresApiKeys::toStoredKey).toList();
    }

    @Override
    public boolean revoke(WorkspaceId workspace, UUID keyId, Instant when) {
        return ApiKeyEntity.update("revokedAt = ?1 where workspaceId = ?2 and id = ?3 and revokedAt is null",
                when, workspace.value(), keyId) == 1;
    }

    @Override
    public void add(StoredKey key) {
        ApiKeyEntity row = new ApiKeyEntity();
        row.workspaceId = key.workspace().value();
        row.id = key.id();
        row.name = key.name();
        row.principal = key.principal();
        row.scopes = key.scopes().stream().map(Scope::wireName).sorted().toArray(String[]::new);
        row.keyHash = key.hash();
        row.rateLimitPerMinute = key.rateLimitPerMinute();
        row.createdAt = key.createdAt();
        row.persist();
    }

    @Override
    public void markUsed(WorkspaceId workspace, UUID keyId, Instant when) {
        // Several instances mark the same key: a late write must not move its last use back in time.
        ApiKeyEntity.update("lastUsedAt = ?1 where workspaceId = ?2 and id = ?3 "
                + "and (lastUsedAt is null or lastUsedAt < ?1)", when, workspace.value(), keyId);
    }

    private static StoredKey toStoredKey(ApiKeyEntity row) {
        return new StoredKey(row.id, new WorkspaceId(row.workspaceId), row.name, row.principal,
                Arrays.stream(row.scopes)
                        // A scope this version no longer knows grants nothing.
                        .flatMap(scope -> Scope.fromWireName(scope).stream())
                        .collect(Collectors.toSet()),
                row.rateLimitPerMinute, row.keyHash, row.createdAt, row.lastUsedAt);
    }
}
