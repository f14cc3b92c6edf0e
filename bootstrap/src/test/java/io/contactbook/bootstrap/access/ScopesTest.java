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
