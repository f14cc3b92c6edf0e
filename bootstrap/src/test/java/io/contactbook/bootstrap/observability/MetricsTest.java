package io.contactbook.bootstrap.observability;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 7: Prometheus metrics at /q/metrics, per endpoint (by URI template), for the connection pool, and our own
 * counters of dedup conflicts and rate-limit rejections. Test classes run one after another, so the counters move
 * only by what each test does.
 */
@QuarkusTest
class MetricsTest {

    private static final String CONTACTS = "/api/v1/contacts";
    private static final String REQUESTS = "http_server_requests_seconds_count";

    @Test
    void theScrapeNeedsNoKeyAndIsNotUnderApi() {
        String scrape = RestAssured.given().get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text")).extract().asString();

        assertThat(scrape).contains("# TYPE http_server_requests_seconds");
    }

    @Test
    void requestsAreCountedAndTimedPerEndpointByTemplateNeverByRawId() {
        TestWorkspace workspace = TestWorkspace.create();
        String id = workspace.request().body(Map.of("first_name", "Metric")).post(CONTACTS)
                .then().statusCode(201).extract().path("data.id");
        double before = Metrics.scrape().sum(REQUESTS, "uri=\"/api/v1/contacts/{id}\"", "method=\"GET\"",
                "status=\"200\"");
        String unknownSegment = "nosuch" + UUID.randomUUID().toString().replace("-", "");

        workspace.request().get(CONTACTS + "/" + id).then().statusCode(200);
        workspace.request().get(CONTACTS + "/" + id).then().statusCode(200);
        workspace.request().get("/api/v1/" + unknownSegment).then().statusCode(404);

        Metrics after = Metrics.scrape();
        assertThat(after.sum(REQUESTS, "uri=\"/api/v1/contacts/{id}\"", "method=\"GET\"", "status=\"200\""))
                .as(() -> after.text().lines().filter(line -> line.startsWith(REQUESTS)).toList().toString())
                .isEqualTo(before + 2);
        assertThat(after.has("http_server_requests_seconds_sum", "uri=\"/api/v1/contacts/{id}\"")).isTrue();
        assertThat(after.has("http_server_requests_seconds_bucket", "uri=\"/api/v1/contacts/{id}\"", "le=\"0.05\""))
                .as("a 50 ms bucket for histogram_quantile (LatencyBuckets)").isTrue();
        assertThat(after.sum(REQUESTS, "uri=\"/api/v1/contacts\"", "method=\"POST\"", "status=\"201\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.has(REQUESTS, "uri=\"NOT_FOUND\"", "status=\"404\"")).isTrue();
        assertThat(after.text()).as("a raw id or path never becomes a label").doesNotContain(id)
                .doesNotContain(unknownSegment);
    }

    @Test
    void theConnectionPoolIsMeasured() {
        TestWorkspace.create().request().get(CONTACTS).then().statusCode(200);

        Metrics metrics = Metrics.scrape();
        assertThat(metrics.has("agroal_active_count", "datasource=\"default\"")).isTrue();
        assertThat(metrics.has("agroal_available_count", "datasource=\"default\"")).isTrue();
        assertThat(metrics.has("agroal_awaiting_count", "datasource=\"default\"")).isTrue();
        assertThat(metrics.sum("agroal_max_used_count", "datasource=\"default\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyDuplicateContactAnswerCountsAsADedupConflictByIdentityField() {
        TestWorkspace workspace = TestWorkspace.create();
        String email = "dup-" + UUID.randomUUID() + "@example.com";
        workspace.request().body(Map.of("email", email)).post(CONTACTS).then().statusCode(201);
        Metrics before = Metrics.scrape();

        workspace.request().body(Map.of("email", email)).post(CONTACTS).then().statusCode(409)
                .body("error.code", equalTo("duplicate_contact"));
        workspace.request().body(Map.of("email", email.toUpperCase())).post(CONTACTS).then().statusCode(409);

        Metrics after = Metrics.scrape();
        assertThat(after.sum("contactbook_dedup_conflicts_total", "field=\"email\""))
                .isEqualTo(before.sum("contactbook_dedup_conflicts_total", "field=\"email\"") + 2);
        assertThat(after.sum("contactbook_dedup_conflicts_total", "field=\"phone\""))
                .isEqualTo(before.sum("contactbook_dedup_conflicts_total", "field=\"phone\""));
        assertThat(after.text()).as("the identity's value is never a label").doesNotContain(email);
    }

    @Test
    void every429CountsAsARateLimitRejection() {
        TestWorkspace workspace = TestWorkspace.create(1);
        double before = Metrics.scrape().sum("contactbook_rate_limit_rejections_total");

        workspace.request().get(CONTACTS).then().statusCode(200);
        workspace.request().get(CONTACTS).then().statusCode(429);
        workspace.request().get(CONTACTS).then().statusCode(429);

        assertThat(Metrics.scrape().sum("contactbook_rate_limit_rejections_total")).isEqualTo(before + 2);
    }
}
