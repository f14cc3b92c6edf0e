package io.contactbook.bootstrap.access;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * SPEC §1-2: a key sees only its own workspace. For every endpoint, a second workspace's key gets 404 for the
 * first workspace's ids, and never sees its rows in lists, search, lookup or counts.
 */
@QuarkusTest
class TenantIsolationTest {

    private TestWorkspace first;
    private TestWorkspace second;
    private String contact;
    private String firstKeyId;

    @BeforeEach
    void twoWorkspaces() {
        first = TestWorkspace.create();
        second = TestWorkspace.create();
        contact = first.request().body(Map.of("name", "Isolated Person", "email", "isolated@example.com",
                        "phone", "+44 20 7946 0000", "external_id", "iso-1", "tags", List.of("secret")))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");
        firstKeyId = first.request().get("/api/v1/api-keys").then().extract().path("data[0].id");
        second.request().body(Map.of("name", "Own Contact")).post("/api/v1/contacts").then().statusCode(201);
    }

    @Test
    void theFirstWorkspacesIdsAreNotFound() {
        String path = "/api/v1/contacts/" + contact;
        second.request().get(path).then().statusCode(404).body("error.code", equalTo("not_found"));
        second.request().body(Map.of("first_name", "Taken")).patch(path).then().statusCode(404);
        second.request().body(Map.of("first_name", "Taken")).put(path).then().statusCode(404);
        second.request().delete(path).then().statusCode(404);
        second.request().delete("/api/v1/api-keys/" + firstKeyId).then().statusCode(404);

        first.request().get(path).then().statusCode(200)
                .body("data.first_name", equalTo("Isolated")).body("data.version", equalTo(1));
        first.request().get("/api/v1/contacts").then().statusCode(200);
    }

    @Test
    void theFirstWorkspacesRowsNeverShowInListsSearchLookupOrCounts() {
        second.request().get("/api/v1/contacts").then().statusCode(200)
                .body("pagination.total_count", equalTo(1)).body("data[0].name", equalTo("Own Contact"));
        for (Map<String, String> filter : List.of(Map.of("search", "isolated"), Map.of("tag", "secret"),
                Map.of("search", "7946"))) {
            second.request().queryParams(filter).get("/api/v1/contacts").then().statusCode(200)
                    .body("pagination.total_count", equalTo(0)).body("data.size()", equalTo(0));
        }
        for (String q : List.of("isolated@example.com", "Isolated", "iso-1", "+442079460000")) {
            second.request().queryParam("q", q).get("/api/v1/contacts/search").then().statusCode(200)
                    .body("data.size()", equalTo(0));
        }
        for (Map<String, String> identity : List.of(Map.of("email", "isolated@example.com"),
                Map.of("phone", "+44 20 7946 0000"), Map.of("external_id", "iso-1"))) {
            second.request().queryParams(identity).get("/api/v1/contacts/lookup").then().statusCode(404);
        }
        assertThat(second.request().get("/api/v1/api-keys").then().statusCode(200).extract().jsonPath()
                .getList("data.id")).doesNotContain(firstKeyId);
    }

    @Test
    void writesInTheSecondWorkspaceNeverTouchTheFirst() {
        String quick = second.request().body(Map.of("email", "isolated@example.com", "first_name", "Second"))
                .post("/api/v1/contacts/quick").then().statusCode(201).extract().path("data.id");
        assertThat(quick).isNotEqualTo(contact);
        second.request().body(Map.of("phone", "+44 20 7946 0000", "external_id", "iso-1"))
                .post("/api/v1/contacts").then().statusCode(201);
        first.request().get("/api/v1/contacts").then()
                .body("pagination.total_count", equalTo(1)).body("data[0].id", equalTo(contact));
    }
}
