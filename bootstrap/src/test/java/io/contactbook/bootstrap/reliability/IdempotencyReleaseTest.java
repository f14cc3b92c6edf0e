package io.contactbook.bootstrap.reliability;

import io.contactbook.adapter.rest.RequiresScope;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A write that fails on our side (5xx) keeps no answer: the key is freed and the client's retry runs. No real
 * endpoint fails on purpose, so this class deploys one of its own ({@link FailsOnce}) under a test profile.
 */
@QuarkusTest
@TestProfile(IdempotencyReleaseTest.WithFailingWrite.class)
class IdempotencyReleaseTest {

    private static final String FAILS_ONCE = "/api/v1/idempotency-test/fails-once";
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    public static class WithFailingWrite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contactbook.test.failing-write", "true");
        }
    }

    /** Answers 500 to its first request, 201 to every later one; counts the requests that reached it. */
    @Path(FAILS_ONCE)
    @IfBuildProperty(name = "contactbook.test.failing-write", stringValue = "true")
    public static class FailsOnce {

        static final AtomicInteger RUNS = new AtomicInteger();

        @POST
        @RequiresScope(Scope.CONTACTS_WRITE)
        public jakarta.ws.rs.core.Response write(String body) {
            if (RUNS.incrementAndGet() == 1) {
                throw new IllegalStateException("the first write fails");
            }
            return jakarta.ws.rs.core.Response.status(201).entity(Map.of("success", true, "run", RUNS.get())).build();
        }
    }

    @Test
    void afterA500TheSameKeyRunsAgainAndThenReplaysTheSuccess() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        FailsOnce.RUNS.set(0);

        Response failed = workspace.request().header(KEY, key).body("{}").post(FAILS_ONCE);
        Response retried = workspace.request().header(KEY, key).body("{}").post(FAILS_ONCE);
        Response replayed = workspace.request().header(KEY, key).body("{}").post(FAILS_ONCE);

        failed.then().statusCode(500).body("error.code", equalTo("internal_error"));
        retried.then().statusCode(201).header(REPLAYED, nullValue()).body("run", equalTo(2));
        replayed.then().statusCode(201).header(REPLAYED, "true").body("run", equalTo(2));
        assertThat(FailsOnce.RUNS.get()).isEqualTo(2);
    }
}
