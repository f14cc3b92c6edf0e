package io.contactbook.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** Every rule of SPEC §3 at its limit (accepted) and one past it (400 validation_error naming the field). */
@QuarkusTest
class ValidationLimitsTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                limit("first_name", "a".repeat(100), "a".repeat(101)),
                limit("last_name", "b".repeat(100), "b".repeat(101)),
                limit("company_name", "c".repeat(200), "c".repeat(201)),
                // 64 + 1 + 63 + 1 + 63 + 1 + 61 = 254 characters
                limit("email", "a".repeat(64) + "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(61),
                        "a".repeat(64) + "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(62)),
                limit("email", "ok@example.com", "not-an-email"),
                limit("phone", "+1" + " ".repeat(38) + "5550123456", "+1" + " ".repeat(39) + "5550123456"),
                limit("phone", "+44 20 7946 0958", "call me maybe"),
                limit("avatar_url", "https://example.com/" + "p".repeat(2048 - 20),
                        "https://example.com/" + "p".repeat(2049 - 20)),
                limit("avatar_url", "http://example.com/a.png", "ftp://example.com/a.png"),
                limit("profile_notes", "n".repeat(5000), "n".repeat(5001)),
                limit("interest_summary", "i".repeat(1000), "i".repeat(1001)),
                limit("external_id", "x".repeat(255), "x".repeat(256)),
                limit("source", "s".repeat(100), "s".repeat(101)),
                limit("first_name", "😀".repeat(100), "😀".repeat(101)));
    }

    private static Arguments limit(String field, String atLimit, String pastLimit) {
        return Arguments.of(field, atLimit, pastLimit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void textFieldsAtTheirLimitAndOnePast(String field, String atLimit, String pastLimit) {
        workspace.request().body(Map.of("name", "Limit Test", field, atLimit)).post("/api/v1/contacts")
                .then().statusCode(201);
        workspace.request().body(Map.of("name", "Limit Test", field, pastLimit)).post("/api/v1/contacts")
                .then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details", hasKey(field));
    }

    @Test
    void fiftyTagsOfFiftyCharactersAndOnePast() {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "tag-" + i).toList();
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("one-too-many");
        post(Map.of("name", "T", "tags", fifty)).then().statusCode(201);
        post(Map.of("name", "T", "tags", fiftyOne)).then().statusCode(400).body("error.details", hasKey("tags"));
        post(Map.of("name", "T", "tags", List.of("t".repeat(50)))).then().statusCode(201);
        post(Map.of("name", "T", "tags", List.of("a", "b", "c", "t".repeat(51)))).then().statusCode(400)
                .body("error.details", hasKey("tags[3]"));
        post(Map.of("name", "T", "tags", List.of("a", "  "))).then().statusCode(400)
                .body("error.details", hasKey("tags[1]"));
    }

    @Test
    void metadataUpTo16KiBAndTenLevels() {
        post(Map.of("name", "M", "metadata", Map.of("blob", "x".repeat(16 * 1024 - 11)))).then().statusCode(201);
        post(Map.of("name", "M", "metadata", Map.of("blob", "x".repeat(16 * 1024 - 10)))).then().statusCode(400)
                .body("error.details", hasKey("metadata"));
        post(Map.of("name", "M", "metadata", nested(10))).then().statusCode(201);
        post(Map.of("name", "M", "metadata", nested(11))).then().statusCode(400)
                .body("error.details", hasKey("metadata"));
    }

    @Test
    void customAttributesHoldScalarsOnly() {
        post(Map.of("name", "C", "custom_attributes", Map.of("plan", "pro", "seats", 3, "trial", true)))
                .then().statusCode(201);
        post(Map.of("name", "C", "custom_attributes", Map.of("plan", Map.of("nested", true)))).then().statusCode(400)
                .body("error.details", hasKey("custom_attributes.plan"));
    }

    @Test
    void channelsAreCheckedOneByOne() {
        post(Map.of("name", "C", "channels", List.of(Map.of("type", "fax", "value", "1")))).then().statusCode(400)
                .body("error.details", hasKey("channels[0].type"));
        post(Map.of("name", "C", "channels", List.of(Map.of("type", "email", "value", "nope")))).then()
                .statusCode(400).body("error.details", hasKey("channels[0].value"));
        post(Map.of("name", "C", "channels", List.of(Map.of("type", "email", "value", "Chan@Example.com"))))
                .then().statusCode(201).body("data.channels[0].value", equalTo("chan@example.com"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        post(Map.of("first_name", "a".repeat(101), "email", "nope", "phone", "nope")).then().statusCode(400)
                .body("error.details", hasKey("first_name"))
                .body("error.details", hasKey("email"))
                .body("error.details", hasKey("phone"));
    }

    @Test
    void aBadWriteLeavesNothingBehind() {
        post(Map.of("email", "partial@example.com", "first_name", "a".repeat(101))).then().statusCode(400);
        workspace.request().get("/api/v1/contacts/lookup?email=partial@example.com").then().statusCode(404);
        post(Map.of("email", "partial@example.com")).then().statusCode(201);
    }

    private io.restassured.response.Response post(Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/contacts");
    }

    /** An object nested {@code depth} levels deep (the top object is level 1). */
    private static Map<String, Object> nested(int depth) {
        Map<String, Object> inner = new HashMap<>(Map.of("leaf", 1));
        for (int level = 1; level < depth; level++) {
            inner = new HashMap<>(Map.of("level", inner));
        }
        return inner;
    }
}
