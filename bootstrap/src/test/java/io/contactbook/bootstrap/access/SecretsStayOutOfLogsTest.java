package io.contactbook.bootstrap.access;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * SPEC §2 and issue 3: no key appears in any log line or error body. The test profile writes every log line,
 * at DEBUG for our code, to target/contactbook-test.log; this test makes requests that carry keys every way a
 * client might, then reads that file.
 */
@QuarkusTest
class SecretsStayOutOfLogsTest {

    private static final Path LOG = Path.of("target", "contactbook-test.log");

    @Test
    void keysAppearInNoLogLineAndNoErrorBody() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        String created = workspace.request().body(Map.of("name", "logged?", "principal", "agent:7",
                        "scopes", List.of("contacts:read"))).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("data.key");
        String unknown = "cb_live_neverissuedneverissuedneverissued";

        RestAssured.given().header("Authorization", "Bearer " + unknown).get("/api/v1/contacts").then()
                .statusCode(401).body(not(containsString(unknown)));
        RestAssured.given().queryParam("api_key", workspace.key()).get("/api/v1/contacts").then()
                .statusCode(401).body(not(containsString(workspace.key())));
        RestAssured.given().header("X-API-Key", created).get("/api/v1/contacts").then()
                .statusCode(403).body(not(containsString(created)));
        workspace.request().body("{\"first_name\": " + "\"" + created + "\"").post("/api/v1/contacts").then()
                .statusCode(400);
        RestAssured.given().header("Authorization", "Bearer " + created).get("/api/v1/no-such-route").then()
                .statusCode(404).body(not(containsString(created)));

        assertThat(LOG).exists();
        String log = Files.readString(LOG);
        assertThat(log).contains("contactbook");
        for (String secret : List.of(workspace.key(), created, unknown, "cb_live_test_only_0123456789abcdef")) {
            assertThat(log).doesNotContain(secret);
        }
    }
}
