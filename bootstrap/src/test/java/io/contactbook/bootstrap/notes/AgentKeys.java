package io.contactbook.bootstrap.notes;

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

/** Keys of agents: a principal (who writes and may delete a note) and exactly the scopes a test names. */
final class AgentKeys {

    private AgentKeys() {
    }

    /** A request as a new key acting as {@code principal} with {@code scopes}, in a workspace the test has. */
    static RequestSpecification as(WorkspaceId workspace, String principal, Set<Scope> scopes) {
        ApiKeySecret secret = ApiKeySecret.generate();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(ApiKeys.class).get().add(
                new StoredKey(TimeOrderedIds.next(), workspace, "agent key", principal, scopes, null, secret.hash(),
                        Instant.now())));
        return RestAssured.given()
                .header("Authorization", "Bearer " + secret.reveal())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
