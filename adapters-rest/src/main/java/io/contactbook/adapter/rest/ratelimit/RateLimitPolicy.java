package io.contactbook.adapter.rest.ratelimit;

import java.util.OptionalInt;

/**
 * Which limit a key spends against: its own when it has one, else the deployment's default. A limit of 0 means
 * unlimited, so a deployment can turn the default off (e.g. for a benchmark) while keys with a limit of their own
 * keep it.
 */
public record RateLimitPolicy(int deploymentDefault) {

    public RateLimitPolicy {
        if (deploymentDefault < 0) {
            throw new IllegalArgumentException(
                    "contactbook.rate-limit-per-minute must be 0 (off) or more, not " + deploymentDefault);
        }
    }

    /** The requests per minute the key may make, or empty when it is not limited. */
    public OptionalInt limitFor(Integer keysOwnLimit) {
        int limit = keysOwnLimit != null ? keysOwnLimit : deploymentDefault;
        return limit > 0 ? OptionalInt.of(limit) : OptionalInt.empty();
    }
}
