package io.contactbook.adapter.rest.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LocalKeyBudgetsTest {

    private final LocalKeyBudgets budgets = new LocalKeyBudgets();
    private final UUID key = UUID.randomUUID();

    @Test
    void eachRequestSpendsOneUntilTheLimitThenTheNextIsRefusedUntilTheWindowResets() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            Charge charge = budgets.charge(key, 3);
            assertThat(charge).isInstanceOf(Charge.Within.class);
            Quota quota = charge.quota();
            assertThat(quota.limit()).isEqualTo(3);
            assertThat(quota.remaining()).isEqualTo(remaining);
            assertThat(quota.secondsToReset()).isBetween(1L, 60L);
        }

        Charge refused = budgets.charge(key, 3);

        assertThat(refused).isInstanceOf(Charge.Over.class);
        Charge.Over over = (Charge.Over) refused;
        assertThat(over.quota().remaining()).isZero();
        assertThat(over.retryAfterSeconds()).isBetween(1L, 60L);
    }

    @Test
    void keysHaveBudgetsOfTheirOwn() {
        budgets.charge(key, 1);
        assertThat(budgets.charge(key, 1)).isInstanceOf(Charge.Over.class);

        assertThat(budgets.charge(UUID.randomUUID(), 1)).isInstanceOf(Charge.Within.class);
    }

    @Test
    void aKeyWhoseLimitChangedStartsAFreshWindowAtTheNewLimit() {
        budgets.charge(key, 1);
        assertThat(budgets.charge(key, 1)).isInstanceOf(Charge.Over.class);

        Charge charge = budgets.charge(key, 5);

        assertThat(charge).isInstanceOf(Charge.Within.class);
        assertThat(charge.quota()).extracting(Quota::limit, Quota::remaining).containsExactly(5, 4L);
    }
}
