package io.contactbook.adapter.rest.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one bucket shape both stores use: {@code limit} tokens, all given back at once every minute, counted from the
 * key's first request. A fixed window rather than a greedy trickle, so that
 * {@code RateLimit-Reset} means what SPEC §5 says (the seconds until the window resets) and a refused client
 * learns when its whole budget is back, not when one request's worth is.
 */
final class MinuteWindow {

    static final Duration LENGTH = Duration.ofMinutes(1);

    private MinuteWindow() {
    }

    static Bandwidth of(int limit) {
        return Bandwidth.builder().capacity(limit).refillIntervally(limit, LENGTH).build();
    }

    static Charge charge(ConsumptionProbe probe, int limit) {
        Quota quota = new Quota(limit, probe.getRemainingTokens(), wholeSeconds(probe.getNanosToWaitForReset()));
        return probe.isConsumed() ? new Charge.Within(quota)
                : new Charge.Over(quota, wholeSeconds(probe.getNanosToWaitForRefill()));
    }

    /** Rounded up: a client told to come back after 0 seconds would come back too early. */
    private static long wholeSeconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
