package io.contactbook.adapter.rest.ratelimit;

/** What one request cost its key's budget; either way, the quota left. */
public sealed interface Charge {

    Quota quota();

    /** Counted, and within the limit. */
    record Within(Quota quota) implements Charge {
    }

    /** Over the limit: the request is refused, and may be retried after {@code retryAfterSeconds}. */
    record Over(Quota quota, long retryAfterSeconds) implements Charge {
    }
}
