package io.contactbook.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** SPEC §1 and §5: the envelope for every non-2xx, including the framework's own answers; strict JSON. */
@QuarkusTest
class HttpContractTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void anUnknownRouteIs404InTheEnvelope() {
        workspace.request().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("success", equalTo(false))
                .body("error.code", equalTo("not_found"))
                .header("X-Request-Id", notNullValue());
        RestAssured.given().get("/not-an-api-path").then().statusCode(404)
                .body("error.code", equalTo("not_found"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void aWrongMethodIs405InTheEnvelope() {
        workspace.request().delete("/api/v1/contacts").then().statusCode(405)
                .body("error.code", equalTo("method_not_allowed"));
    }

    @Test
    void malformedJsonIs400() {
        for (String body : new String[] {"{", "{\"first_name\": }", "not json", "{\"first_name\": \"a\"} trailing",
                "{\"first_name\": \"a\", \"first_name\": \"b\"}", "[]", "\"text\"", "42"}) {
            workspace.request().body(body).post("/api/v1/contacts").then().statusCode(400)
                    .body("error.code", equalTo("bad_request"));
        }
    }

    @Test
    void anEmptyBodyIs400() {
        workspace.request().post("/api/v1/contacts").then().statusCode(400).body("error.code", equalTo("bad_request"));
    }

    @Test
    void aWrongJsonTypeIs400NamingTheFieldNeverCoerced() {
        workspace.request().body("{\"first_name\": 42}").post("/api/v1/contacts").then().statusCode(400)
                .body("error.code", equalTo("bad_request")).body("error.details", hasKey("first_name"));
        workspace.request().body("{\"name\": \"x\", \"blocked\": \"true\"}").post("/api/v1/contacts").then()
                .statusCode(400).body("error.details", hasKey("blocked"));
        workspace.request().body("{\"name\": \"x\", \"tags\": \"vip\"}").post("/api/v1/contacts").then()
                .statusCode(400).body("error.details", hasKey("tags"));
        workspace.request().body("{\"name\": \"x\", \"tags\": [\"ok\", 3]}").post("/api/v1/contacts").then()
                .statusCode(400).body("error.details", hasKey("tags[1]"));
        workspace.request().body("{\"name\": \"x\", \"metadata\": [1]}").post("/api/v1/contacts").then()
                .statusCode(400).body("error.details", hasKey("metadata"));
        workspace.request().body("{\"name\": \"x\", \"channels\": [\"@a\"]}").post("/api/v1/contacts").then()
                .statusCode(400).body("error.details", hasKey("channels[0]"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        workspace.request().body("{\"first_name\": \"Known\", \"favourite_colour\": \"blue\", \"id\": \"x\"}")
                .post("/api/v1/contacts").then().statusCode(201).body("data.first_name", equalTo("Known"));
    }

    @Test
    void nulCharactersAndInvalidUtf8Are400() {
        workspace.request().body("{\"first_name\": \"a\\u0000b\"}").post("/api/v1/contacts").then().statusCode(400)
                .body("error.code", equalTo("bad_request"));
        workspace.request().body("{\"name\": \"x\", \"metadata\": {\"k\": \"a\\u0000\"}}").post("/api/v1/contacts")
                .then().statusCode(400);
        workspace.request().body("{\"first_name\": \"\\ud800\"}").post("/api/v1/contacts").then().statusCode(400);
        byte[] invalidUtf8 = "{\"first_name\": \"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
        workspace.request().contentType("application/json; charset=utf-8").body(invalidUtf8)
                .post("/api/v1/contacts").then().statusCode(400).body("error.code", equalTo("bad_request"));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String huge = "{\"first_name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        workspace.request().body(huge).post("/api/v1/contacts").then().statusCode(413)
                .body("error.code", equalTo("payload_too_large"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        workspace.request().contentType(ContentType.TEXT).body("first_name=Jane").post("/api/v1/contacts")
                .then().statusCode(415).body("error.code", equalTo("unsupported_media_type"));
        workspace.request().contentType(ContentType.URLENC).formParam("first_name", "Jane").post("/api/v1/contacts")
                .then().statusCode(415);
    }

    @Test
    void theRequestIdIsEchoedOrMade() {
        workspace.request().header("X-Request-Id", "abc-123").get("/api/v1/contacts").then()
                .header("X-Request-Id", "abc-123");
        workspace.request().get("/api/v1/contacts").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        workspace.request().header("X-Request-Id", "bad id\twith spaces").get("/api/v1/contacts").then()
                .header("X-Request-Id", not(containsString(" ")));
    }

    @Test
    void requestsWithoutAValidKeyAre401() {
        RestAssured.given().get("/api/v1/contacts").then().statusCode(401)
                .body("error.code", equalTo("unauthorized"));
        RestAssured.given().header("Authorization", "Bearer cb_live_unknownunknownunknownunknown")
                .get("/api/v1/contacts").then().statusCode(401).body("error.code", equalTo("unauthorized"));
        RestAssured.given().header("X-API-Key", workspace.key()).get("/api/v1/contacts").then().statusCode(200);
    }

    @Test
    void aKeyInTheQueryStringIsRefusedAndNeverEchoed() {
        for (String name : new String[] {"api_key", "apiKey"}) {
            RestAssured.given().queryParam(name, workspace.key()).get("/api/v1/contacts").then().statusCode(401)
                    .body("error.message", containsString("header"))
                    .body(not(containsString(workspace.key())));
        }
    }

    @Test
    void theBootstrapKeyFromConfigurationWorks() {
        RestAssured.given().header("Authorization", "Bearer cb_live_test_only_0123456789abcdef")
                .get("/api/v1/contacts").then().statusCode(200);
    }

    @Test
    void healthOpenApiAndSwaggerUiAreServed() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/contacts"))
                .body("paths", hasKey("/api/v1/contacts/{id}"))
                .body("paths", hasKey("/api/v1/contacts/search"))
                .body("paths", hasKey("/api/v1/contacts/lookup"))
                .body("paths", hasKey("/api/v1/contacts/quick"))
                .body("components.schemas.Contact.properties", hasKey("first_name"))
                .body("components.schemas", hasKey("ErrorEnvelope"))
                .body("paths.'/api/v1/contacts'.post.responses", hasKey("401"))
                .body("paths.'/api/v1/contacts'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/contacts'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/contacts'.get.x-required-scope", equalTo("contacts:read_all"))
                .body("paths.'/api/v1/contacts/{id}'.delete.x-required-scope", equalTo("contacts:delete"))
                .body("paths.'/api/v1/workspaces'.post.x-required-scope", equalTo("workspaces:write"))
                .body("paths.'/api/v1/contacts'.get.operationId", equalTo("ContactResource_list"));
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        workspace.request().body(Map.of("first_name", 1)).post("/api/v1/contacts").then().statusCode(400)
                .body(not(containsString("at io.")))
                .body(not(containsString("Exception")));
    }
}
