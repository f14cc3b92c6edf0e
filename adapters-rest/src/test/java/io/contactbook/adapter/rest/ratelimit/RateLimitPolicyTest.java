package io.contactbook.adapter.rest.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitPolicyTest {

    @Test
    void aKeyWithoutALimitOfItsOwnSpendsAgainstTheDeploymentDefault() {
        assertThat(new RateLimitPolicy(100).limitFor(null)).hasValue(100);
    }

    @Test
    void aKeysOwnLimitOverridesTheDefaultEitherWay() {
        assertThat(new RateLimitPolicy(100).limitFor(5)).hasValue(5);
        assertThat(new RateLimitPolicy(100).limitFor(1000)).hasValue(1000);
    }

    @Test
    void aDefaultOfZeroTurnsLimitingOffButKeysKeepTheirOwnLimit() {
        assertThat(new RateLimitPolicy(0).limitFor(null)).isEmpty();
        assertThat(new RateLimitPolicy(0).limitFor(7)).hasValue(7);
    }

    @Test
    void aNegativeDefaultIsASettingMistake() {
        assertThatThrownBy(() -> new RateLimitPolicy(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contactbook.rate-limit-per-minute");
    }
}
