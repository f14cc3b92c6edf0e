package io.contactbook.bootstrap.ratelimit;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * SPEC §2 rate limits, in memory (the test profile's default). The test profile turns the deployment default off,
 * because the other test classes make hundreds of requests with one key; so every key here has a limit of its own.
 */
@QuarkusTest
class RateLimitTest {

    private static final String CONTACTS = "/api/v1/contacts";

    @Test
    void everyAnswerReportsTheBudgetCountingDownOnSuccessAndClientErrorAlike() {
        RequestSpecification key = TestWorkspace.create(5).request();

        Response listed = key.get(CONTACTS);
        Response notFound = key.get(CONTACTS + "/" + UUID.randomUUID());
        Response invalid = key.body(Map.of("email", "not an email")).post(CONTACTS);

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertQuota(listed, 5, 4);
        assertQuota(notFound, 5, 3);
        assertQuota(invalid, 5, 2);
    }

    @Test
    void aRequestRefusedForWantOfAScopeSpendsTooAndSaysSo() {
        RateLimitedKey readOne = RateLimitedKey.add(TestWorkspace.create().id(), 2, Set.of(Scope.CONTACTS_READ));

        Response forbidden = readOne.request().get(CONTACTS);

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertQuota(forbidden, 2, 1);
    }

    @Test
    void theRequestOverTheLimitIs429WithRetryAfterInTheErrorEnvelope() {
        RequestSpecification key = TestWorkspace.create(2).request();
        key.get(CONTACTS).then().statusCode(200);
        key.get(CONTACTS).then().statusCode(200);

        Response refused = key.get(CONTACTS);

        refused.then().statusCode(429)
                .contentType(ContentType.JSON)
                .header("X-Request-Id", notNullValue())
                .body("success", equalTo(false))
                .body("error.code", equalTo("rate_limited"))
                .body("error.message", containsString("2 requests per minute"))
                .body("error.details", anEmptyMap());
        assertQuota(refused, 2, 0);
        assertThat(wholeSeconds(refused, "Retry-After")).isBetween(1L, 60L);
    }

    @Test
    void aRefusedRequestDoesNothingAndAnotherKeyOfTheWorkspaceKeepsItsBudget() {
        TestWorkspace workspace = TestWorkspace.create(1);
        RateLimitedKey otherKey = RateLimitedKey.add(workspace.id(), 3);
        workspace.request().get(CONTACTS).then().statusCode(200);

        workspace.request().body(Map.of("email", "refused@example.com")).post(CONTACTS).then().statusCode(429);

        Response lookup = otherKey.request().queryParam("email", "refused@example.com").get(CONTACTS + "/lookup");
        assertThat(lookup.statusCode()).isEqualTo(404);
        assertQuota(lookup, 3, 2);
    }

    @Test
    void keysOfOtherWorkspacesAreUnaffected() {
        RequestSpecification exhausted = TestWorkspace.create(1).request();
        exhausted.get(CONTACTS).then().statusCode(200);
        exhausted.get(CONTACTS).then().statusCode(429);

        Response other = TestWorkspace.create(1).request().get(CONTACTS);

        assertThat(other.statusCode()).isEqualTo(200);
        assertQuota(other, 1, 0);
    }

    @Test
    void withTheDefaultOffAKeyWithoutALimitOfItsOwnIsNotLimited() {
        RequestSpecification unlimited = TestWorkspace.create().request();

        for (int request = 0; request < 3; request++) {
            Response answer = unlimited.get(CONTACTS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("RateLimit-Limit")).isNull();
        }
    }

    @Test
    void anUnauthenticatedRequestIsNotCounted() {
        Response refused = RestAssured.given().accept(ContentType.JSON).get(CONTACTS);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("RateLimit-Limit")).isNull();
    }

    static void assertQuota(Response answer, int limit, int remaining) {
        assertThat(answer.header("RateLimit-Limit")).isEqualTo(String.valueOf(limit));
        assertThat(answer.header("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
        assertThat(wholeSeconds(answer, "RateLimit-Reset")).isBetween(1L, 60L);
    }

    private static long wholeSeconds(Response answer, String header) {
        String value = answer.header(header);
        assertThat(value).as(header).matches("\\d+");
        return Long.parseLong(value);
    }
}
