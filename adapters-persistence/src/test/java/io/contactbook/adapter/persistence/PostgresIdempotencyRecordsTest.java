package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.IdempotencyUseCase.StoredAnswer;
import io.contactbook.application.port.out.IdempotencyRecords;
import io.contactbook.application.port.out.IdempotencyRecords.IdempotencyRecord;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PostgresIdempotencyRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-18T09:15:00.123Z");
    private static final Instant TOMORROW = NOW.plus(Duration.ofHours(24));
    private static final byte[] HASH = {1, 2, 3};
    private static final byte[] OTHER_HASH = {4, 5, 6};
    private static final StoredAnswer CREATED = new StoredAnswer(201, "{\"success\":true,\"data\":{\"id\":\"x\"}}",
            Map.of("Location", "http://localhost/api/v1/contacts/x", "ETag", "\"1\""));

    @Inject
    IdempotencyRecords records;

    @Inject
    TestDatabase database;

    @Test
    void aKeyIsClaimedOnceAndReadsBackInFlight() {
        WorkspaceId workspace = database.newWorkspace();

        assertThat(claim(workspace, "key", HASH, NOW)).isTrue();
        assertThat(claim(workspace, "key", OTHER_HASH, NOW.plusSeconds(1))).isFalse();

        IdempotencyRecord record = find(workspace, "key", NOW).orElseThrow();
        assertThat(record.requestHash()).isEqualTo(HASH);
        assertThat(record.inFlight()).isTrue();
    }

    @Test
    void aCompletedKeyReadsBackItsAnswerAndIsNotReleased() {
        WorkspaceId workspace = database.newWorkspace();
        claim(workspace, "key", HASH, NOW);

        requiringNew().run(() -> records.complete(workspace, "key", CREATED));
        requiringNew().run(() -> records.release(workspace, "key"));

        assertThat(find(workspace, "key", NOW)).hasValueSatisfying(record -> assertThat(record.answer()).isEqualTo(CREATED));
    }

    @Test
    void aReleasedKeyIsAbsentAndCanBeClaimedAgain() {
        WorkspaceId workspace = database.newWorkspace();
        claim(workspace, "key", HASH, NOW);

        requiringNew().run(() -> records.release(workspace, "key"));

        assertThat(find(workspace, "key", NOW)).isEmpty();
        assertThat(claim(workspace, "key", HASH, NOW)).isTrue();
    }

    @Test
    void anExpiredKeyIsAbsentAndTakenOverByTheNextClaim() {
        WorkspaceId workspace = database.newWorkspace();
        claim(workspace, "key", HASH, NOW);
        requiringNew().run(() -> records.complete(workspace, "key", CREATED));
        Instant afterExpiry = TOMORROW.plusMillis(1);

        assertThat(find(workspace, "key", afterExpiry)).isEmpty();
        assertThat(claim(workspace, "key", OTHER_HASH, afterExpiry)).isTrue();
        assertThat(find(workspace, "key", afterExpiry)).hasValueSatisfying(record -> {
            assertThat(record.requestHash()).isEqualTo(OTHER_HASH);
            assertThat(record.inFlight()).isTrue();
        });
    }

    @Test
    void keysAreScopedToTheirWorkspace() {
        WorkspaceId one = database.newWorkspace();
        WorkspaceId other = database.newWorkspace();

        assertThat(claim(one, "key", HASH, NOW)).isTrue();
        assertThat(claim(other, "key", HASH, NOW)).isTrue();
    }

    @Test
    void deletingExpiredKeysLeavesLiveOnesAndStopsAtTheBatchSize() {
        WorkspaceId workspace = database.newWorkspace();
        Instant longAgo = NOW.minus(Duration.ofDays(3));
        claim(workspace, "expired-1", HASH, longAgo);
        claim(workspace, "expired-2", HASH, longAgo);
        claim(workspace, "live", HASH, NOW);

        assertThat(requiringNew().call(() -> records.deleteExpired(NOW, 1))).isEqualTo(1);
        assertThat(keysIn(workspace)).isEqualTo(2);
        requiringNew().call(() -> records.deleteExpired(NOW, 1000));

        assertThat(keysIn(workspace)).isEqualTo(1);
        assertThat(find(workspace, "live", NOW)).isPresent();
    }

    @Test
    void twentyClaimsOfOneKeyAtOnceTakeItOnce() throws Exception {
        WorkspaceId workspace = database.newWorkspace();
        int claimants = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                Callable<Boolean> claimant = () -> {
                    start.await();
                    return claim(workspace, "key", HASH, NOW);
                };
                claims.add(pool.submit(claimant));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> claim : claims) {
                taken += claim.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean claim(WorkspaceId workspace, String key, byte[] hash, Instant now) {
        return requiringNew().call(() -> records.claim(workspace, key, hash, now, now.plus(Duration.ofHours(24))));
    }

    private Optional<IdempotencyRecord> find(WorkspaceId workspace, String key, Instant now) {
        return requiringNew().call(() -> records.find(workspace, key, now));
    }

    private long keysIn(WorkspaceId workspace) {
        return ((Number) database.value("SELECT count(*) FROM idempotency_keys WHERE workspace_id = ?",
                workspace.value())).longValue();
    }
}
