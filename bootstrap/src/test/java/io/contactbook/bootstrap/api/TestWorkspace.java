package io.contactbook.bootstrap.api;

import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.ApiKeys.StoredKey;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.access.ApiKeySecret;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.EnumSet;

/**
 * A fresh workspace with an admin key, made through the outbound ports, so that each test class sees only its
 * own contacts (creating workspaces over HTTP is a later issue's endpoint).
 */
public record TestWorkspace(WorkspaceId id, String key) {

    public static TestWorkspace create() {
        return create(null);
    }

    /** A fresh workspace whose admin key has a rate limit of its own ({@code null}: the deployment's default). */
    public static TestWorkspace create(Integer rateLimitPerMinute) {
        ApiKeySecret secret = ApiKeySecret.generate();
        WorkspaceId workspace = QuarkusTransaction.requiringNew().call(() -> {
            WorkspaceId created = Arc.container().instance(Workspaces.class).get().create("test-" + TimeOrderedIds.next());
            Arc.container().instance(ApiKeys.class).get().add(new StoredKey(TimeOrderedIds.next(), created, "test",
                    "agent:test", EnumSet.allOf(Scope.class), rateLimitPerMinute, secret.hash(), Instant.now()));
            return created;
        });
        return new TestWorkspace(workspace, secret.reveal());
    }

    /** A request as this workspace's admin key, sending and expecting JSON. */
    public RequestSpecification request() {
        return RestAssured.given()
                .header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
