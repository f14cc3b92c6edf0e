package io.contactbook.adapter.rest.ratelimit;

/**
 * Where a key's budget stands after a request, as the {@code RateLimit-*} headers report it: the requests allowed
 * per minute, those left in the current window, and the whole seconds until the window starts afresh.
 */
public record Quota(int limit, long remaining, long secondsToReset) {
}
