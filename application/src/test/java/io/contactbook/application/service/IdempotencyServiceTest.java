package io.contactbook.application.service;

import io.contactbook.application.port.in.IdempotencyUseCase.Begun;
import io.contactbook.application.port.in.IdempotencyUseCase.IdempotentRequest;
import io.contactbook.application.port.in.IdempotencyUseCase.InFlight;
import io.contactbook.application.port.in.IdempotencyUseCase.Replay;
import io.contactbook.application.port.in.IdempotencyUseCase.Reused;
import io.contactbook.application.port.in.IdempotencyUseCase.StoredAnswer;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.out.InMemoryIdempotencyRecords;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyServiceTest {

    private static final WorkspaceId WORKSPACE = new WorkspaceId(TimeOrderedIds.next());
    private static final StoredAnswer CREATED = new StoredAnswer(201, "{\"success\":true}",
            Map.of("Location", "http://localhost/api/v1/contacts/1", "ETag", "\"1\""));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-18T09:15:00.000Z"));
    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final IdempotencyService idempotency = new IdempotencyService(records, clock);

    @Test
    void theFirstRequestWithAKeyRunsAndItsRepeatWhileRunningIsInFlight() {
        assertThat(idempotency.begin(post("key-1", "{\"name\":\"Jane\"}"))).isInstanceOf(Begun.class);

        assertThat(idempotency.begin(post("key-1", "{\"name\":\"Jane\"}"))).isInstanceOf(InFlight.class);
    }

    @Test
    void theSameRequestAfterItCompletedReplaysItsAnswer() {
        idempotency.begin(post("key-1", "{\"name\":\"Jane\"}"));
        idempotency.complete(post("key-1", "{\"name\":\"Jane\"}"), CREATED);

        assertThat(idempotency.begin(post("key-1", "{\"name\":\"Jane\"}"))).isEqualTo(new Replay(CREATED));
    }

    @Test
    void anotherBodyPathOrMethodUnderTheKeyIsReusedWhetherTheFirstRanOrNot() {
        idempotency.begin(post("key-1", "{\"name\":\"Jane\"}"));

        assertThat(idempotency.begin(post("key-1", "{\"name\":\"John\"}"))).isInstanceOf(Reused.class);
        idempotency.complete(post("key-1", "{\"name\":\"Jane\"}"), CREATED);
        assertThat(idempotency.begin(post("key-1", "{\"name\":\"John\"}"))).isInstanceOf(Reused.class);
        assertThat(idempotency.begin(request("key-1", "POST", "/api/v1/lists", "{\"name\":\"Jane\"}")))
                .isInstanceOf(Reused.class);
        assertThat(idempotency.begin(request("key-1", "PUT", "/api/v1/contacts", "{\"name\":\"Jane\"}")))
                .isInstanceOf(Reused.class);
    }

    @Test
    void aReleasedKeyLetsTheRetryRun() {
        idempotency.begin(post("key-1", "{}"));
        idempotency.release(post("key-1", "{}"));

        assertThat(idempotency.begin(post("key-1", "{}"))).isInstanceOf(Begun.class);
    }

    @Test
    void aCompletedKeyIsNotReleased() {
        idempotency.begin(post("key-1", "{}"));
        idempotency.complete(post("key-1", "{}"), CREATED);
        idempotency.release(post("key-1", "{}"));

        assertThat(idempotency.begin(post("key-1", "{}"))).isEqualTo(new Replay(CREATED));
    }

    @Test
    void aKeyIsForgottenAfter24HoursAndThenServesAnotherRequest() {
        idempotency.begin(post("key-1", "{}"));
        idempotency.complete(post("key-1", "{}"), CREATED);

        clock.advance(Duration.ofHours(24));
        assertThat(idempotency.begin(post("key-1", "{}"))).isEqualTo(new Replay(CREATED));
        clock.advance(Duration.ofMillis(1));
        assertThat(idempotency.begin(post("key-1", "{\"other\":true}"))).isInstanceOf(Begun.class);
    }

    @Test
    void keysOfOneWorkspaceAreNotAnothers() {
        idempotency.begin(post("key-1", "{}"));
        WorkspaceId other = new WorkspaceId(TimeOrderedIds.next());

        assertThat(idempotency.begin(new IdempotentRequest(other, "key-1", "POST", "/api/v1/contacts", new byte[0])))
                .isInstanceOf(Begun.class);
    }

    @Test
    void forgettingExpiredKeysKeepsTheLiveOnes() {
        idempotency.begin(post("old", "{}"));
        clock.advance(Duration.ofHours(23));
        idempotency.begin(post("recent", "{}"));
        clock.advance(Duration.ofHours(2));

        assertThat(idempotency.forgetExpired()).isEqualTo(1);
        assertThat(records.size()).isEqualTo(1);
        assertThat(idempotency.begin(post("recent", "{}"))).isInstanceOf(InFlight.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tab\tinside", "é-accented", "line\nbreak"})
    void aKeyThatIsEmptyOrNotPrintableAsciiIsRefused(String key) {
        assertThatThrownBy(() -> post(key, "{}")).isInstanceOf(InvalidQuery.class)
                .hasMessageContaining("Idempotency-Key");
    }

    @Test
    void aKeyOf255CharactersIsTakenAndOf256Refused() {
        assertThat(post("k".repeat(255), "{}").key()).hasSize(255);
        assertThatThrownBy(() -> post("k".repeat(256), "{}")).isInstanceOf(InvalidQuery.class);
    }

    private static IdempotentRequest post(String key, String body) {
        return request(key, "POST", "/api/v1/contacts", body);
    }

    private static IdempotentRequest request(String key, String method, String path, String body) {
        return new IdempotentRequest(WORKSPACE, key, method, path, body.getBytes(StandardCharsets.UTF_8));
    }
}
