package io.contactbook.bootstrap.access;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** SPEC §2: keys are created (secret shown once), listed without secrets, revoked with effect at once. */
@QuarkusTest
class ApiKeyManagementTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void aNewKeyIsShownOnceAndWorksWithExactlyItsScopes() {
        ExtractableResponse<Response> created = workspace.request()
                .body(Map.of("name", "support bot", "principal", "agent:42",
                        "scopes", List.of("contacts:read", "contacts:write"), "rate_limit_per_minute", 30))
                .post("/api/v1/api-keys")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("data.name", equalTo("support bot"))
                .body("data.principal", equalTo("agent:42"))
                .body("data.scopes", equalTo(List.of("contacts:read", "contacts:write")))
                .body("data.rate_limit_per_minute", equalTo(30))
                .body("data.created_at", notNullValue())
                .extract();
        String secret = created.path("data.key");
        // cb_live_ and at least 128 random bits: 22 base64url characters or more.
        assertThat(secret).matches("cb_live_[A-Za-z0-9_-]{22,}");

        ScopedKeys.as(secret).body(Map.of("first_name", "Made by the bot")).post("/api/v1/contacts")
                .then().statusCode(201);
        ScopedKeys.as(secret).get("/api/v1/contacts").then().statusCode(403);

        List<Map<String, Object>> listed = workspace.request().get("/api/v1/api-keys").then().statusCode(200)
                .extract().jsonPath().getList("data");
        assertThat(listed).extracting(key -> key.get("id")).contains(created.<String>path("data.id"));
        assertThat(listed).allSatisfy(key -> assertThat(key).doesNotContainKey("key"));
        workspace.request().get("/api/v1/api-keys").then().body(not(org.hamcrest.Matchers.containsString(secret)));
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String secret = ScopedKeys.create(workspace.id(), EnumSet.of(Scope.CONTACTS_READ_ALL, Scope.API_KEYS_WRITE));
        ScopedKeys.as(secret).get("/api/v1/contacts").then().statusCode(200);
        String id = ScopedKeys.as(secret).get("/api/v1/api-keys").then().extract().jsonPath()
                .getList("data.findAll { it.name == 'scoped' }.id", String.class).get(0);

        workspace.request().delete("/api/v1/api-keys/" + id).then().statusCode(200)
                .body("data.deleted", equalTo(true)).body("data.id", equalTo(id));

        ScopedKeys.as(secret).get("/api/v1/contacts").then().statusCode(401).body("error.code", equalTo("unauthorized"));
        workspace.request().delete("/api/v1/api-keys/" + id).then().statusCode(404);
        assertThat(workspace.request().get("/api/v1/api-keys").then().extract().jsonPath().getList("data.id"))
                .doesNotContain(id);
    }

    @Test
    void aKeyCanRevokeItself() {
        String secret = ScopedKeys.create(workspace.id(), EnumSet.of(Scope.API_KEYS_WRITE));
        String id = ScopedKeys.as(secret).get("/api/v1/api-keys").then().extract().jsonPath()
                .getList("data.findAll { it.name == 'scoped' }.id", String.class).get(0);
        ScopedKeys.as(secret).delete("/api/v1/api-keys/" + id).then().statusCode(200);
        ScopedKeys.as(secret).get("/api/v1/api-keys").then().statusCode(401);
    }

    @Test
    void aKeyCannotGrantWhatItLacks() {
        String limited = ScopedKeys.create(workspace.id(), EnumSet.of(Scope.API_KEYS_WRITE, Scope.CONTACTS_READ));
        ScopedKeys.as(limited).body(Map.of("name", "escalate", "principal", "agent:1",
                        "scopes", List.of("contacts:read", "contacts:delete"))).post("/api/v1/api-keys")
                .then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details", hasKey("scopes[1]"));
    }

    @Test
    void badKeyRequestsAreRefusedFieldByField() {
        workspace.request().body(Map.of("principal", "agent:1", "scopes", List.of("contacts:fly"),
                        "rate_limit_per_minute", 0)).post("/api/v1/api-keys")
                .then().statusCode(400)
                .body("error.details", hasKey("name"))
                .body("error.details", hasKey("scopes[0]"))
                .body("error.details", hasKey("rate_limit_per_minute"));
        workspace.request().body(Map.of("name", "n", "principal", "p", "scopes", List.of()))
                .post("/api/v1/api-keys").then().statusCode(400).body("error.details", hasKey("scopes"));
        workspace.request().body("{\"name\": \"n\", \"principal\": \"p\", \"scopes\": \"contacts:read\"}")
                .post("/api/v1/api-keys").then().statusCode(400).body("error.code", equalTo("bad_request"));
        workspace.request().body("{\"name\": \"n\", \"principal\": \"p\", \"scopes\": [\"contacts:read\"], "
                + "\"rate_limit_per_minute\": \"5\"}").post("/api/v1/api-keys").then().statusCode(400);
    }

    @Test
    void theLastUseIsRecorded() {
        String secret = ScopedKeys.create(workspace.id(), EnumSet.of(Scope.API_KEYS_WRITE));
        ScopedKeys.as(secret).get("/api/v1/api-keys").then().statusCode(200);
        Object lastUsed = ScopedKeys.as(secret).get("/api/v1/api-keys").then().extract().jsonPath()
                .getList("data.findAll { it.name == 'scoped' }.last_used_at").get(0);
        assertThat(lastUsed).isNotNull();
    }

    @Test
    void anotherWorkspacesKeyIsNotFound() {
        String othersKey = TestWorkspace.create().request().get("/api/v1/api-keys").then().extract().jsonPath()
                .getString("data[0].id");
        workspace.request().delete("/api/v1/api-keys/" + othersKey).then().statusCode(404);
        workspace.request().delete("/api/v1/api-keys/" + UUID.randomUUID()).then().statusCode(404);
        workspace.request().delete("/api/v1/api-keys/not-an-id").then().statusCode(404);
    }

    @Test
    void anOperatorMakesAWorkspaceAndItsAdminKeyFromTheBootstrapKey() {
        ExtractableResponse<Response> created = RestAssured.given()
                .header("Authorization", "Bearer cb_live_test_only_0123456789abcdef")
                .contentType("application/json")
                .body(Map.of("name", "  Acme Support "))
                .post("/api/v1/workspaces")
                .then().statusCode(201)
                .body("data.workspace.name", equalTo("Acme Support"))
                .body("data.workspace.id", notNullValue())
                .body("data.workspace.created_at", notNullValue())
                .body("data.api_key.key", notNullValue())
                .extract();
        String admin = created.path("data.api_key.key");
        List<String> scopes = created.path("data.api_key.scopes");
        assertThat(scopes).contains("contacts:read_all", "api_keys:write", "settings:write")
                .doesNotContain("workspaces:write");

        ScopedKeys.as(admin).get("/api/v1/contacts").then().statusCode(200)
                .body("pagination.total_count", equalTo(0));
        ScopedKeys.as(admin).body(Map.of("name", "nested")).post("/api/v1/workspaces").then().statusCode(403);
        RestAssured.given().header("Authorization", "Bearer cb_live_test_only_0123456789abcdef")
                .contentType("application/json").body(Map.of("name", " ")).post("/api/v1/workspaces")
                .then().statusCode(400).body("error.details", hasKey("name"));
    }
}
