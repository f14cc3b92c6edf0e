package io.contactbook.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContactCrudTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void createAnswers201WithLocationETagAndEveryFieldNormalised() {
        ExtractableResponse<Response> created = workspace.request()
                .body(Map.ofEntries(
                        Map.entry("first_name", "  Jane "),
                        Map.entry("last_name", "Doe"),
                        Map.entry("email", " Jane@Example.COM "),
                        Map.entry("phone", "+1 (555) 012-3456"),
                        Map.entry("company_name", "Acme"),
                        Map.entry("avatar_url", "https://example.com/jane.png"),
                        Map.entry("tags", List.of(" VIP", "vip", "Newsletter")),
                        Map.entry("profile_notes", "Prefers email"),
                        Map.entry("interest_summary", "Pricing"),
                        Map.entry("metadata", Map.of("plan", Map.of("tier", "gold"))),
                        Map.entry("custom_attributes", Map.of("seats", 12)),
                        Map.entry("external_id", "crm-1"),
                        Map.entry("source", "widget"),
                        Map.entry("channels", List.of(Map.of("type", "telegram", "value", "@JaneD"))),
                        Map.entry("do_not_disturb", true)))
                .post("/api/v1/contacts")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/contacts/"))
                .header("ETag", "\"1\"")
                .body("success", equalTo(true))
                .body("data.first_name", equalTo("Jane"))
                .body("data.name", equalTo("Jane Doe"))
                .body("data.email", equalTo("jane@example.com"))
                .body("data.phone", equalTo("+15550123456"))
                .body("data.tags", equalTo(List.of("vip", "newsletter")))
                .body("data.metadata.plan.tier", equalTo("gold"))
                .body("data.custom_attributes.seats", equalTo(12))
                .body("data.channels[0].type", equalTo("telegram"))
                .body("data.channels[0].value", equalTo("@JaneD"))
                .body("data.blocked", equalTo(false))
                .body("data.do_not_disturb", equalTo(true))
                .body("data.bot_active", equalTo(true))
                .body("data.conversation_count", equalTo(0))
                .body("data.last_conversation_at", nullValue())
                .body("data.created_at", matchesPattern(TIME))
                .body("data.last_activity", matchesPattern(TIME))
                .body("data.version", equalTo(1))
                .extract();
        String id = created.path("data.id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(created.header("Location")).endsWith("/api/v1/contacts/" + id);

        workspace.request().get("/api/v1/contacts/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("data.id", equalTo(id))
                .body("data.email", equalTo("jane@example.com"))
                .body("data.metadata.plan.tier", equalTo("gold"));
    }

    @Test
    void nameIsSplitAtTheLastSpace() {
        workspace.request().body(Map.of("name", "Mary Ann Smith")).post("/api/v1/contacts")
                .then().statusCode(201)
                .body("data.first_name", equalTo("Mary Ann"))
                .body("data.last_name", equalTo("Smith"))
                .body("data.name", equalTo("Mary Ann Smith"));
    }

    @Test
    void aContactNeedsANameOrAnIdentity() {
        workspace.request().body(Map.of("company_name", "Acme")).post("/api/v1/contacts")
                .then().statusCode(400)
                .body("success", equalTo(false))
                .body("error.code", equalTo("validation_error"))
                .body("error.details", hasKey("contact"));
    }

    @Test
    void patchChangesOnlyThePresentFieldsNullClearsTagsReplaceMetadataMerges() {
        String id = create(Map.of("first_name", "Jane", "last_name", "Doe", "email", "jane@example.com",
                "tags", List.of("a", "b"), "metadata", Map.of("keep", 1, "drop", 2, "nested", Map.of("x", 1))));

        workspace.request()
                .body("{\"last_name\": null, \"tags\": [\"c\"], \"metadata\": {\"drop\": null, \"nested\": {\"y\": 2}}}")
                .patch("/api/v1/contacts/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("data.first_name", equalTo("Jane"))
                .body("data.last_name", nullValue())
                .body("data.email", equalTo("jane@example.com"))
                .body("data.tags", equalTo(List.of("c")))
                .body("data.metadata.keep", equalTo(1))
                .body("data.metadata", not(hasKey("drop")))
                .body("data.metadata.nested.x", equalTo(1))
                .body("data.metadata.nested.y", equalTo(2))
                .body("data.version", equalTo(2));
    }

    @Test
    void putHasPatchMeaningAndAcceptsMergePatchJson() {
        String id = create(Map.of("first_name", "Jane", "email", "put@example.com"));
        workspace.request().contentType("application/merge-patch+json").body(Map.of("company_name", "Acme"))
                .put("/api/v1/contacts/" + id)
                .then().statusCode(200)
                .body("data.first_name", equalTo("Jane"))
                .body("data.company_name", equalTo("Acme"));
    }

    @Test
    void ifMatchWithAStaleVersionIs412AndChangesNothing() {
        String id = create(Map.of("first_name", "Jane"));
        workspace.request().header("If-Match", "\"1\"").body(Map.of("first_name", "Janet"))
                .patch("/api/v1/contacts/" + id).then().statusCode(200).header("ETag", "\"2\"");

        workspace.request().header("If-Match", "\"1\"").body(Map.of("first_name", "Jo"))
                .patch("/api/v1/contacts/" + id)
                .then().statusCode(412)
                .body("error.code", equalTo("precondition_failed"));
        workspace.request().header("If-Match", "\"1\"").delete("/api/v1/contacts/" + id)
                .then().statusCode(412);

        workspace.request().get("/api/v1/contacts/" + id)
                .then().body("data.first_name", equalTo("Janet")).body("data.version", equalTo(2));
    }

    @Test
    void deleteAnswersDeletedAndFreesTheIdentities() {
        String id = create(Map.of("email", "gone@example.com"));
        workspace.request().delete("/api/v1/contacts/" + id)
                .then().statusCode(200)
                .body("data.deleted", equalTo(true))
                .body("data.id", equalTo(id));
        workspace.request().get("/api/v1/contacts/" + id).then().statusCode(404)
                .body("error.code", equalTo("not_found"));
        workspace.request().delete("/api/v1/contacts/" + id).then().statusCode(404);
        workspace.request().body(Map.of("email", "gone@example.com")).post("/api/v1/contacts")
                .then().statusCode(201);
    }

    @Test
    void malformedAndForeignIdsAnswerLikeMissingOnes() {
        String id = create(Map.of("first_name", "Mine"));
        TestWorkspace other = TestWorkspace.create();
        for (String path : List.of("/api/v1/contacts/not-a-uuid", "/api/v1/contacts/" + UUID.randomUUID(),
                "/api/v1/contacts/" + id.toUpperCase() + "x")) {
            workspace.request().get(path).then().statusCode(404).body("error.code", equalTo("not_found"));
        }
        other.request().get("/api/v1/contacts/" + id).then().statusCode(404);
        other.request().body(Map.of("first_name", "x")).patch("/api/v1/contacts/" + id).then().statusCode(404);
        other.request().delete("/api/v1/contacts/" + id).then().statusCode(404);
        workspace.request().get("/api/v1/contacts/" + id).then().statusCode(200).body("data.first_name", equalTo("Mine"));
    }

    @Test
    void createdContactsCarryTheRequestIdHeader() {
        workspace.request().header("X-Request-Id", "trace-123").body(Map.of("first_name", "A"))
                .post("/api/v1/contacts")
                .then().statusCode(201).header("X-Request-Id", "trace-123");
        workspace.request().body(Map.of("first_name", "B")).post("/api/v1/contacts")
                .then().statusCode(201).header("X-Request-Id", notNullValue());
    }

    private String create(Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");
    }
}
