package io.contactbook.bootstrap.access;

import io.contactbook.application.port.out.ApiKeys;
import io.contactbook.application.port.out.ApiKeys.StoredKey;
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
import java.util.Set;

/** Keys with exactly the scopes a test names, in a workspace the test already has. */
public final class ScopedKeys {

    private ScopedKeys() {
    }

    public static String create(WorkspaceId workspace, Set<Scope> scopes) {
        ApiKeySecret secret = ApiKeySecret.generate();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(ApiKeys.class).get().add(
                new StoredKey(TimeOrderedIds.next(), workspace, "scoped", "agent:scoped", scopes, null,
                        secret.hash(), Instant.now())));
        return secret.reveal();
    }

    public static RequestSpecification as(String key) {
        return RestAssured.given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
