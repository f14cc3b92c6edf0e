package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.ApiKeys.StoredKey;
import io.contactbook.domain.access.ApiKeySecret;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PostgresApiKeysTest {

    private static final Instant CREATED = Instant.parse("2026-03-18T09:15:00.123Z");

    @Inject
    ApiKeys apiKeys;

    @Inject
    TestDatabase database;

    @Test
    void anAddedKeyIsFoundByTheHashOfItsSecret() {
        StoredKey key = newKey(database.newWorkspace(), EnumSet.of(Scope.CONTACTS_READ, Scope.API_KEYS_WRITE), 60);
        requiringNew().run(() -> apiKeys.add(key));

        assertThat(requiringNew().call(() -> apiKeys.findActiveByHash(key.hash())))
                .hasValueSatisfying(found -> assertThat(found).usingRecursiveComparison().isEqualTo(key));
        assertThat(requiringNew().call(() -> apiKeys.findActiveByHash(ApiKeySecret.generate().hash()))).isEmpty();
    }

    @Test
    void aKeyWithoutARateLimitAndWithEveryScopeReadsBackSo() {
        StoredKey key = newKey(database.newWorkspace(), EnumSet.allOf(Scope.class), null);
        requiringNew().run(() -> apiKeys.add(key));

        assertThat(requiringNew().call(() -> apiKeys.findActiveByHash(key.hash())))
                .hasValueSatisfying(found -> assertThat(found).usingRecursiveComparison().isEqualTo(key));
    }

    @Test
    void aRevokedKeyIsNotFound() {
        StoredKey key = newKey(database.newWorkspace(), EnumSet.of(Scope.CONTACTS_READ), null);
        requiringNew().run(() -> apiKeys.add(key));
        database.execute("UPDATE api_keys SET revoked_at = now() WHERE id = ?", key.id());

        assertThat(requiringNew().call(() -> apiKeys.findActiveByHash(key.hash()))).isEmpty();
    }

    @Test
    void markingAKeyUsedRecordsTheTimeAndNeverMovesItBack() {
        StoredKey key = newKey(database.newWorkspace(), EnumSet.of(Scope.CONTACTS_READ), null);
        requiringNew().run(() -> apiKeys.add(key));
        Instant later = CREATED.plusSeconds(120);

        requiringNew().run(() -> apiKeys.markUsed(key.workspace(), key.id(), later));
        requiringNew().run(() -> apiKeys.markUsed(key.workspace(), key.id(), CREATED.plusSeconds(60)));

        assertThat(lastUsedAt(key)).isEqualTo(later);
    }

    private Instant lastUsedAt(StoredKey key) {
        return requiringNew().call(() -> ApiKeyEntity.<ApiKeyEntity>findById(
                new WorkspaceScopedKey(key.workspace().value(), key.id())).lastUsedAt);
    }

    private static StoredKey newKey(WorkspaceId workspace, Set<Scope> scopes, Integer rateLimitPerMinute) {
        return new StoredKey(TimeOrderedIds.next(), workspace, "zapier", "agent:42", scopes, rateLimitPerMinute,
                ApiKeySecret.generate().hash(), CREATED);
    }
}
