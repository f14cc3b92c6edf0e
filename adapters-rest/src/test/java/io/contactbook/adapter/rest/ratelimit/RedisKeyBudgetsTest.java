package io.contactbook.adapter.rest.ratelimit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Redis at 127.0.0.1:6379. Two {@link RedisKeyBudgets}, each with its own Lettuce client, stand
 * for two instances of the service; each test spends the budget of a key id of its own and deletes it after.
 */
class RedisKeyBudgetsTest {

    private static final int REDIS_PORT = 6379;
    private static final String REDIS = "redis://127.0.0.1:" + REDIS_PORT;
    private static final int LIMIT = 4;

    private final UUID key = UUID.randomUUID();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void deleteTheBudgetAndCloseTheClients() throws Exception {
        RedisClient client = RedisClient.create(REDIS);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().del(RedisKeyBudgets.redisKey(key, LIMIT));
        } finally {
            client.shutdown();
        }
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void twoInstancesSpendFromOneBudgetInRedis() {
        RedisKeyBudgets first = open(REDIS);
        RedisKeyBudgets second = open(REDIS);

        for (int spent = 1; spent <= LIMIT; spent++) {
            RedisKeyBudgets instance = spent % 2 == 1 ? first : second;
            Charge charge = instance.charge(key, LIMIT);
            assertThat(charge).as("request %d of %d", spent, LIMIT).isInstanceOf(Charge.Within.class);
            assertThat(charge.quota().remaining()).isEqualTo(LIMIT - spent);
        }

        assertThat(first.charge(key, LIMIT)).isInstanceOf(Charge.Over.class);
        assertThat(second.charge(key, LIMIT)).isInstanceOf(Charge.Over.class);
    }

    @Test
    void twoInstancesCountingInTheirOwnMemoryEachAllowTheWholeBudget() {
        LocalKeyBudgets first = new LocalKeyBudgets();
        LocalKeyBudgets second = new LocalKeyBudgets();

        for (int spent = 1; spent <= LIMIT; spent++) {
            assertThat(first.charge(key, LIMIT)).isInstanceOf(Charge.Within.class);
            assertThat(second.charge(key, LIMIT)).isInstanceOf(Charge.Within.class);
        }

        assertThat(first.charge(key, LIMIT)).isInstanceOf(Charge.Over.class);
        assertThat(second.charge(key, LIMIT)).isInstanceOf(Charge.Over.class);
    }

    @Test
    void aRefusedRequestIsToldWhenTheWindowResets() {
        RedisKeyBudgets budgets = open(REDIS);
        for (int spent = 1; spent <= LIMIT; spent++) {
            budgets.charge(key, LIMIT);
        }

        Charge refused = budgets.charge(key, LIMIT);

        assertThat(refused).isInstanceOf(Charge.Over.class);
        Charge.Over over = (Charge.Over) refused;
        assertThat(over.quota()).extracting(Quota::limit, Quota::remaining).containsExactly(LIMIT, 0L);
        assertThat(over.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(over.quota().secondsToReset()).isBetween(1L, 60L);
    }

    @Test
    @Timeout(10)
    void whenNothingListensTheInstanceCountsInItsOwnMemory() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        assertTheWholeBudgetIsCountedHere(open("redis://127.0.0.1:" + closedPort));
    }

    @Test
    @Timeout(10)
    void whenRedisAcceptsButNeverAnswersTheInstanceCountsInItsOwnMemoryAfterTheTimeout() throws IOException {
        // The kernel completes the connection for the backlog; nothing ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertTheWholeBudgetIsCountedHere(open("redis://127.0.0.1:" + silent.getLocalPort()));
        }
    }

    @Test
    @Timeout(10)
    void whenTheLinkToRedisIsLostTheInstanceCountsInItsOwnMemory() {
        RedisLink link = RedisLink.to(REDIS_PORT);
        opened.add(link);
        RedisKeyBudgets budgets = open(link.url());
        Charge throughRedis = budgets.charge(key, LIMIT);
        assertThat(throughRedis).isInstanceOf(Charge.Within.class);
        assertThat(throughRedis.quota().remaining()).isEqualTo(LIMIT - 1);

        link.cut();

        // Redis had one request left fewer: a fresh budget shows the count moved to this instance.
        assertTheWholeBudgetIsCountedHere(budgets);
    }

    private void assertTheWholeBudgetIsCountedHere(RedisKeyBudgets budgets) {
        for (int spent = 1; spent <= LIMIT; spent++) {
            Charge charge = budgets.charge(key, LIMIT);
            assertThat(charge).as("request %d of %d", spent, LIMIT).isInstanceOf(Charge.Within.class);
            assertThat(charge.quota().remaining()).isEqualTo(LIMIT - spent);
        }
        assertThat(budgets.charge(key, LIMIT)).isInstanceOf(Charge.Over.class);
    }

    private RedisKeyBudgets open(String url) {
        RedisKeyBudgets budgets = new RedisKeyBudgets(url);
        opened.add(budgets);
        return budgets;
    }
}
