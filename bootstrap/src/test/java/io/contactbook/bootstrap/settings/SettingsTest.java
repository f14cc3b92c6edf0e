package io.contactbook.bootstrap.settings;

import io.contactbook.bootstrap.access.ScopedKeys;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

/** SPEC §4 settings and custom attributes, and how they change the contact rules. */
@QuarkusTest
class SettingsTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void aNewWorkspaceHasNoRegionAndNoStrictMode() {
        workspace.request().get("/api/v1/settings").then().statusCode(200)
                .body("data.default_phone_region", nullValue())
                .body("data.strict_custom_attributes", equalTo(false));
    }

    @Test
    void theDefaultRegionChangesHowNumbersWithoutPlusAreRead() {
        workspace.request().body(Map.of("phone", "030 1234567")).post("/api/v1/contacts").then().statusCode(400)
                .body("error.details", hasKey("phone"));

        workspace.request().body(Map.of("default_phone_region", "de")).patch("/api/v1/settings").then()
                .statusCode(200).body("data.default_phone_region", equalTo("DE"));
        workspace.request().body(Map.of("phone", "030 1234567")).post("/api/v1/contacts").then().statusCode(201)
                .body("data.phone", equalTo("+49301234567"));
        workspace.request().queryParam("phone", "030 1234567").get("/api/v1/contacts/lookup").then()
                .statusCode(200);

        workspace.request().body("{\"default_phone_region\": null}").patch("/api/v1/settings").then()
                .statusCode(200).body("data.default_phone_region", nullValue());
        workspace.request().body(Map.of("default_phone_region", "XX")).patch("/api/v1/settings").then()
                .statusCode(400).body("error.details", hasKey("default_phone_region"));
        workspace.request().body(Map.of("strict_custom_attributes", "yes")).patch("/api/v1/settings").then()
                .statusCode(400).body("error.code", equalTo("bad_request"));
    }

    @Test
    void definitionsAreCheckedAndListed() {
        define(Map.of("key", "plan", "label", "Plan", "type", "list", "options", List.of("free", "pro")))
                .then().statusCode(201).body("data.options", equalTo(List.of("free", "pro")));
        define(Map.of("key", "seats", "label", "Seats", "type", "number")).then().statusCode(201);
        define(Map.of("key", "plan", "label", "Again", "type", "text")).then().statusCode(400)
                .body("error.details", hasKey("key"));
        define(Map.of("key", "Bad Key", "label", "", "type", "colour")).then().statusCode(400)
                .body("error.details", hasKey("key")).body("error.details", hasKey("label"))
                .body("error.details", hasKey("type"));
        define(Map.of("key", "tier", "label", "Tier", "type", "list")).then().statusCode(400)
                .body("error.details", hasKey("options"));
        workspace.request().get("/api/v1/custom-attributes").then().statusCode(200)
                .body("data.key", equalTo(List.of("plan", "seats")));
        workspace.request().delete("/api/v1/custom-attributes/seats").then().statusCode(200)
                .body("data.deleted", equalTo(true)).body("data.id", equalTo("seats"));
        workspace.request().delete("/api/v1/custom-attributes/seats").then().statusCode(404);
    }

    @Test
    void definedAttributesAreTypedAndStrictModeRefusesUndefinedKeys() {
        define(Map.of("key", "plan", "label", "Plan", "type", "list", "options", List.of("free", "pro")));
        define(Map.of("key", "seats", "label", "Seats", "type", "number"));
        define(Map.of("key", "renews", "label", "Renews", "type", "date"));
        define(Map.of("key", "trial", "label", "Trial", "type", "boolean"));

        // Defined keys are checked against their type even without strict mode; undefined ones are kept.
        contact(Map.of("plan", "pro", "seats", 3, "renews", "2026-12-31", "trial", true, "anything", "goes"))
                .then().statusCode(201);
        contact(Map.of("plan", "gold")).then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details", hasKey("custom_attributes.plan"));
        contact(Map.of("seats", "three", "renews", "31/12/2026", "trial", "yes")).then().statusCode(400)
                .body("error.details", hasKey("custom_attributes.seats"))
                .body("error.details", hasKey("custom_attributes.renews"))
                .body("error.details", hasKey("custom_attributes.trial"));

        workspace.request().body(Map.of("strict_custom_attributes", true)).patch("/api/v1/settings").then()
                .statusCode(200).body("data.strict_custom_attributes", equalTo(true));
        contact(Map.of("anything", "goes")).then().statusCode(400)
                .body("error.details", hasKey("custom_attributes.anything"));
        contact(Map.of("plan", "free")).then().statusCode(201);
    }

    @Test
    void onlyKeysWithSettingsWriteChangeSettings() {
        ScopedKeys.as(ScopedKeys.create(workspace.id(), EnumSet.of(Scope.CONTACTS_READ)))
                .body(Map.of("strict_custom_attributes", true)).patch("/api/v1/settings").then().statusCode(403);
    }

    private io.restassured.response.Response define(Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/custom-attributes");
    }

    private io.restassured.response.Response contact(Map<String, ?> customAttributes) {
        return workspace.request().body(Map.of("name", "Custom", "custom_attributes", customAttributes))
                .post("/api/v1/contacts");
    }
}
