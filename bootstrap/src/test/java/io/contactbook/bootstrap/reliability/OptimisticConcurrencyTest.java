package io.contactbook.bootstrap.reliability;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Issue 5: ETags and If-Match, and concurrent changes that never lose each other's fields. */
@QuarkusTest
class OptimisticConcurrencyTest {

    private TestWorkspace workspace;
    private String contact;

    @BeforeEach
    void aContact() {
        workspace = TestWorkspace.create();
        contact = workspace.request().body(Map.of("name", "Shared", "email", "shared@example.com"))
                .post("/api/v1/contacts").then().statusCode(201).header("ETag", "\"1\"").extract().path("data.id");
    }

    @Test
    void everyAnswerAboutOneContactCarriesItsVersionAsETag() {
        workspace.request().get(path()).then().header("ETag", "\"1\"");
        workspace.request().queryParam("email", "shared@example.com").get("/api/v1/contacts/lookup").then()
                .header("ETag", "\"1\"");
        workspace.request().body(Map.of("company_name", "Acme")).patch(path()).then().header("ETag", "\"2\"");
        workspace.request().body(Map.of("company_name", "Acme 2")).put(path()).then().header("ETag", "\"3\"");
        workspace.request().body(Map.of("email", "shared@example.com")).post("/api/v1/contacts/quick").then()
                .statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void aStaleIfMatchChangesNothingOnPatchPutAndDelete() {
        workspace.request().header("If-Match", "\"1\"").body(Map.of("first_name", "First")).patch(path())
                .then().statusCode(200);
        for (String method : List.of("PATCH", "PUT", "DELETE")) {
            workspace.request().header("If-Match", "\"1\"").body(Map.of("first_name", "Lost"))
                    .request(method, path()).then().statusCode(412)
                    .body("error.code", equalTo("precondition_failed"))
                    .body("error.details.current_version", equalTo(2));
        }
        workspace.request().header("If-Match", "W/\"2\"").body(Map.of("last_name", "Kept")).put(path())
                .then().statusCode(200).header("ETag", "\"3\"");
        workspace.request().header("If-Match", "not-a-version").delete(path()).then().statusCode(412);
        workspace.request().get(path()).then().statusCode(200)
                .body("data.first_name", equalTo("First")).body("data.last_name", equalTo("Kept"))
                .body("data.version", equalTo(3));
        workspace.request().header("If-Match", "\"3\"").delete(path()).then().statusCode(200);
    }

    @Test
    void concurrentPatchesWithoutIfMatchKeepEveryField() throws Exception {
        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String key = "field" + i;
                Callable<Response> patch = () -> {
                    start.await();
                    return workspace.request().body(Map.of("metadata", Map.of(key, key))).patch(path());
                };
                answers.add(pool.submit(patch));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> metadata = workspace.request().get(path()).then().statusCode(200)
                .body("data.version", equalTo(writers + 1)).extract().path("data.metadata");
        assertThat(metadata).hasSize(writers);
        for (int i = 0; i < writers; i++) {
            assertThat(metadata).containsEntry("field" + i, "field" + i);
        }
    }

    private String path() {
        return "/api/v1/contacts/" + contact;
    }
}
