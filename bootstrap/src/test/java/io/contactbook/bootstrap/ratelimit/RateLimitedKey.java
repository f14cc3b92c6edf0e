package io.contactbook.bootstrap.ratelimit;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One more key, with the rate limit (and scopes) a test names, in a workspace the test already has. */
record RateLimitedKey(UUID id, String secret) {

    static RateLimitedKey add(WorkspaceId workspace, Integer rateLimitPerMinute) {
        return add(workspace, rateLimitPerMinute, EnumSet.allOf(Scope.class));
    }

    static RateLimitedKey add(WorkspaceId workspace, Integer rateLimitPerMinute, Set<Scope> scopes) {
        ApiKeySecret secret = ApiKeySecret.generate();
        UUID id = TimeOrderedIds.next();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(ApiKeys.class).get().add(
                new StoredKey(id, workspace, "rate-limited", "agent:rate-limited", scopes,
                        rateLimitPerMinute, secret.hash(), Instant.now())));
        return new RateLimitedKey(id, secret.reveal());
    }

    RequestSpecification request() {
        return RestAssured.given().header("Authorization", "Bearer " + secret)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
