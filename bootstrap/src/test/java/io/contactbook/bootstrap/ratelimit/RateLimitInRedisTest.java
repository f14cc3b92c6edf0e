package io.contactbook.bootstrap.ratelimit;

import io.contactbook.adapter.rest.ratelimit.Charge;
import io.contactbook.adapter.rest.ratelimit.RedisKeyBudgets;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.contactbook.bootstrap.ratelimit.RateLimitTest.assertQuota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The service with its budgets in the real Redis at 127.0.0.1:6379 and a deployment default of 3. Keys are new
 * at every run, and Redis drops their budgets about a minute after their last request.
 */
@QuarkusTest
@TestProfile(RateLimitInRedisTest.InRedis.class)
class RateLimitInRedisTest {

    private static final String REDIS = "redis://127.0.0.1:6379";
    private static final String CONTACTS = "/api/v1/contacts";

    public static class InRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The profiled name: application.properties' %test value would win over a plain one.
            return Map.of("contactbook.redis-url", REDIS, "%test.contactbook.rate-limit-per-minute", "3");
        }
    }

    @Test
    void aKeyWithoutALimitOfItsOwnSpendsTheDeploymentDefault() {
        Response answer = TestWorkspace.create().request().get(CONTACTS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertQuota(answer, 3, 2);
    }

    @Test
    void aKeysOwnLimitOverridesTheDefaultAndIsRefusedPastIt() {
        TestWorkspace workspace = TestWorkspace.create(2);
        workspace.request().get(CONTACTS).then().statusCode(200);
        workspace.request().get(CONTACTS).then().statusCode(200);

        workspace.request().get(CONTACTS).then().statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"))
                .body("error.code", equalTo("rate_limited"));
    }

    @Test
    void anotherInstanceSpendsFromTheSameBudget() {
        TestWorkspace workspace = TestWorkspace.create();
        RateLimitedKey key = RateLimitedKey.add(workspace.id(), 2);
        key.request().get(CONTACTS).then().statusCode(200);

        try (RedisKeyBudgets otherInstance = new RedisKeyBudgets(REDIS)) {
            Charge charge = otherInstance.charge(key.id(), 2);
            assertThat(charge).isInstanceOf(Charge.Within.class);
            assertThat(charge.quota().remaining()).as("what the service left of the budget").isZero();
        }

        key.request().get(CONTACTS).then().statusCode(429);
    }
}
