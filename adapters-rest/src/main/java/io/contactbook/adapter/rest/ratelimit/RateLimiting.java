package io.contactbook.adapter.rest.ratelimit;

import io.contactbook.adapter.rest.ApiError;
import io.contactbook.adapter.rest.CurrentCaller;
import io.contactbook.application.port.in.AuthenticateUseCase.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Spends one request of the calling key's budget before any resource runs, once {@code ApiKeyAuthentication} has
 * named the key; refuses a request over budget with 429 and {@code Retry-After}; and reports the budget in the
 * {@code RateLimit-*} headers of every answer to a counted request, 2xx and 4xx alike.
 */
public class RateLimiting {

    private static final String LIMIT = "RateLimit-Limit";
    private static final String REMAINING = "RateLimit-Remaining";
    private static final String RESET = "RateLimit-Reset";
    private static final String RETRY_AFTER = "Retry-After";

    /** The request property that carries the quota from the request filter to the response filter. */
    private static final String QUOTA = Quota.class.getName();

    private final KeyBudgets budgets;
    private final RateLimitPolicy policy;
    private final CurrentCaller currentCaller;
    /** Every 429 answered. No label per key: that would make one series per key. */
    private final Counter rejections;

    RateLimiting(KeyBudgets budgets, RateLimitPolicy policy, CurrentCaller currentCaller, MeterRegistry meters) {
        this.budgets = budgets;
        this.policy = policy;
        this.currentCaller = currentCaller;
        this.rejections = meters.counter("contactbook.rate.limit.rejections");
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100)
    public Optional<Response> charge(ContainerRequestContext request) {
        if (!currentCaller.isAuthenticated()) {
            return Optional.empty();
        }
        Caller caller = currentCaller.get();
        OptionalInt limit = policy.limitFor(caller.rateLimitPerMinute());
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        Charge charge = budgets.charge(caller.keyId(), limit.getAsInt());
        request.setProperty(QUOTA, charge.quota());
        if (charge instanceof Charge.Over over) {
            rejections.increment();
            return Optional.of(tooManyRequests(over));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(QUOTA) instanceof Quota quota) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(LIMIT, quota.limit());
            headers.putSingle(REMAINING, quota.remaining());
            headers.putSingle(RESET, quota.secondsToReset());
        }
    }

    private static Response tooManyRequests(Charge.Over over) {
        String message = "over this API key's rate limit of " + over.quota().limit()
                + " requests per minute; retry after " + over.retryAfterSeconds() + " seconds";
        return Response.status(429)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("rate_limited", message, Map.of()))
                .header(RETRY_AFTER, over.retryAfterSeconds())
                .build();
    }
}
