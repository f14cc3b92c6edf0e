package io.contactbook.adapter.rest.ratelimit;

import io.github.bucket4j.Bucket;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Budgets in this instance's memory: right for one instance; with several, each counts on its own. One entry per
 * key that has made a request since start-up, which a deployment's handful of keys keeps small.
 */
public final class LocalKeyBudgets implements KeyBudgets {

    private final Map<UUID, LimitedBucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Charge charge(UUID keyId, int limitPerMinute) {
        LimitedBucket bucket = buckets.compute(keyId, (id, held) ->
                held != null && held.limit() == limitPerMinute ? held : LimitedBucket.of(limitPerMinute));
        return MinuteWindow.charge(bucket.bucket().tryConsumeAndReturnRemaining(1), limitPerMinute);
    }

    private record LimitedBucket(int limit, Bucket bucket) {
        static LimitedBucket of(int limit) {
            return new LimitedBucket(limit, Bucket.builder().addLimit(MinuteWindow.of(limit)).build());
        }
    }
}
