package io.contactbook.adapter.rest.ratelimit;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Chooses where budgets are counted: in Redis when {@code contactbook.redis-url} is set, so that every instance
 * spends from one budget per key, else in this instance's memory. Both are made at start-up, so that a bad
 * setting stops the service instead of failing its first request.
 */
@Singleton
public class RateLimitWiring {

    private static final Logger LOG = Logger.getLogger(RateLimitWiring.class);

    @Produces
    @Singleton
    @Startup
    RateLimitPolicy policy(
            @ConfigProperty(name = "contactbook.rate-limit-per-minute", defaultValue = "100") int perMinute) {
        RateLimitPolicy policy = new RateLimitPolicy(perMinute);
        if (perMinute == 0) {
            LOG.info("rate limits: none by default; only keys with a limit of their own are limited");
        } else {
            LOG.infof("rate limits: %d requests per minute per API key, unless the key has a limit of its own",
                    perMinute);
        }
        return policy;
    }

    @Produces
    @Singleton
    @Startup
    KeyBudgets budgets(@ConfigProperty(name = "contactbook.redis-url") Optional<String> redisUrl) {
        if (redisUrl.isEmpty()) {
            LOG.info("rate limits are counted in this instance's memory; "
                    + "set CONTACTBOOK_REDIS_URL to share them across instances");
            return new LocalKeyBudgets();
        }
        return new RedisKeyBudgets(redisUrl.get());
    }

    void close(@Disposes KeyBudgets budgets) {
        if (budgets instanceof RedisKeyBudgets redis) {
            redis.close();
        }
    }
}
