package io.contactbook.adapter.rest.ratelimit;

import java.util.UUID;

/** The request budget of every API key, one window of {@code limitPerMinute} requests at a time. */
public interface KeyBudgets {

    /**
     * Counts one request of the key against a budget of {@code limitPerMinute}. A key whose limit changed starts a
     * fresh window at the new limit.
     */
    Charge charge(UUID keyId, int limitPerMinute);
}
