package io.contactbook.adapter.rest.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MinuteWindowTest {

    @Test
    void aCountedRequestReportsWhatIsLeftAndTheSecondsToTheResetRoundedUp() {
        Charge charge = MinuteWindow.charge(ConsumptionProbe.consumed(2, TimeUnit.MILLISECONDS.toNanos(59_001)), 5);

        assertThat(charge).isEqualTo(new Charge.Within(new Quota(5, 2, 60)));
    }

    @Test
    void aRefusedRequestIsToldToWaitAtLeastOneWholeSecond() {
        Charge charge = MinuteWindow.charge(ConsumptionProbe.rejected(0, 1, 1), 5);

        assertThat(charge).isEqualTo(new Charge.Over(new Quota(5, 0, 1), 1));
    }
}
