package io.contactbook.bootstrap.access;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2: every endpoint needs exactly its scope; without it, 403 naming the scope. */
@QuarkusTest
class ScopesTest {

    private TestWorkspace workspace;
    private String contactId;

    @BeforeEach
    void workspaceWithAContact() {
        workspace = TestWorkspace.create();
        contactId = workspace.request().body(Map.of("email", "scoped@example.com")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
    }

    /** Each endpoint with the scope it needs. */
    private Map<String, Map.Entry<Scope, Function<RequestSpecification, Response>>> endpoints() {
        Map<String, Map.Entry<Scope, Function<RequestSpecification, Response>>> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /contacts", Map.entry(Scope.CONTACTS_READ_ALL, r -> r.get("/api/v1/contacts")));
        endpoints.put("GET /contacts/search",
                Map.entry(Scope.CONTACTS_READ_ALL, r -> r.queryParam("q", "scoped").get("/api/v1/contacts/search")));
        endpoints.put("GET /contacts/{id}", Map.entry(Scope.CONTACTS_READ, r -> r.get("/api/v1/contacts/" + contactId)));
        endpoints.put("GET /contacts/lookup", Map.entry(Scope.CONTACTS_READ,
                r -> r.queryParam("email", "scoped@example.com").get("/api/v1/contacts/lookup")));
        endpoints.put("POST /contacts", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("first_name", "New")).post("/api/v1/contacts")));
        endpoints.put("POST /contacts/quick", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("email", "quick-scope@example.com")).post("/api/v1/contacts/quick")));
        endpoints.put("PATCH /contacts/{id}", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("first_name", "P")).patch("/api/v1/contacts/" + contactId)));
        endpoints.put("PUT /contacts/{id}", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("first_name", "P")).put("/api/v1/contacts/" + contactId)));
        endpoints.put("DELETE /contacts/{id}", Map.entry(Scope.CONTACTS_DELETE,
                r -> r.delete("/api/v1/contacts/" + UUID.randomUUID())));
        endpoints.put("GET /api-keys", Map.entry(Scope.API_KEYS_WRITE, r -> r.get("/api/v1/api-keys")));
        endpoints.put("POST /api-keys", Map.entry(Scope.API_KEYS_WRITE, r -> r.body(Map.of("name", "k",
                "principal", "agent:1", "scopes", java.util.List.of("api_keys:write"))).post("/api/v1/api-keys")));
        endpoints.put("DELETE /api-keys/{id}", Map.entry(Scope.API_KEYS_WRITE,
                r -> r.delete("/api/v1/api-keys/" + UUID.randomUUID())));
        endpoints.put("POST /workspaces", Map.entry(Scope.WORKSPACES_WRITE,
                r -> r.body(Map.of("name", "scoped")).post("/api/v1/workspaces")));
        endpoints.put("PUT /contacts/{id}/block", Map.entry(Scope.CONTACTS_BLOCK,
                r -> r.body(Map.of("blocked", true)).put("/api/v1/contacts/" + contactId + "/block")));
        endpoints.put("POST /contacts/identify", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("email", "scoped@example.com")).post("/api/v1/contacts/identify")));
        endpoints.put("GET /contacts/{id}/tags", Map.entry(Scope.CONTACTS_READ,
                r -> r.get("/api/v1/contacts/" + contactId + "/tags")));
        endpoints.put("POST /contacts/{id}/tags", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("tags", java.util.List.of("t"))).post("/api/v1/contacts/" + contactId + "/tags")));
        endpoints.put("GET /tags", Map.entry(Scope.CONTACTS_READ_ALL, r -> r.get("/api/v1/tags")));
        endpoints.put("GET /contacts/{id}/notes", Map.entry(Scope.CONTACT_NOTES_READ,
                r -> r.get("/api/v1/contacts/" + contactId + "/notes")));
        endpoints.put("POST /contacts/{id}/notes", Map.entry(Scope.CONTACT_NOTES_WRITE,
                r -> r.body(Map.of("content", "a note")).post("/api/v1/contacts/" + contactId + "/notes")));
        endpoints.put("POST /contacts/{id}/conversations", Map.entry(Scope.CONTACTS_WRITE,
                r -> r.body(Map.of("id", "conv-" + UUID.randomUUID(), "started_at", "2026-03-18T09:15:00.000Z"))
                        .post("/api/v1/contacts/" + contactId + "/conversations")));
        endpoints.put("GET /contacts/{id}/conversations", Map.entry(Scope.CONTACTS_READ,
                r -> r.get("/api/v1/contacts/" + contactId + "/conversations")));
        endpoints.put("GET /lists", Map.entry(Scope.LISTS_READ, r -> r.get("/api/v1/lists")));
        endpoints.put("POST /lists", Map.entry(Scope.LISTS_WRITE,
                r -> r.body(Map.of("name", "list " + UUID.randomUUID())).post("/api/v1/lists")));
        endpoints.put("PATCH /settings", Map.entry(Scope.SETTINGS_WRITE,
                r -> r.body(Map.of("strict_custom_attributes", false)).patch("/api/v1/settings")));
        endpoints.put("POST /custom-attributes", Map.entry(Scope.SETTINGS_WRITE, r -> r.body(Map.of("key",
                "k" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000), "label", "K", "type", "text"))
                .post("/api/v1/custom-attributes")));
        return endpoints;
    }

    @Test
    void aKeyWithoutTheScopeIsRefusedNamingIt() {
        endpoints().forEach((endpoint, scoped) -> {
            Set<Scope> allButIt = EnumSet.allOf(Scope.class);
            allButIt.remove(scoped.getKey());
            Response response = scoped.getValue().apply(ScopedKeys.as(ScopedKeys.create(workspace.id(), allButIt)));
            assertThat(response.statusCode()).as(endpoint).isEqualTo(403);
            assertThat(response.<String>path("error.code")).as(endpoint).isEqualTo("forbidden");
            assertThat(response.<String>path("error.details.required_scope")).as(endpoint)
                    .isEqualTo(scoped.getKey().wireName());
        });
    }

    @Test
    void aKeyWithOnlyThatScopeIsLetThrough() {
        endpoints().forEach((endpoint, scoped) -> {
            Response response = scoped.getValue()
                    .apply(ScopedKeys.as(ScopedKeys.create(workspace.id(), EnumSet.of(scoped.getKey()))));
            assertThat(response.statusCode()).as(endpoint).isNotIn(401, 403).isLessThan(500);
        });
    }
}
