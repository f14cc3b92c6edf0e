package io.contactbook.domain.access;

import io.contactbook.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyGrantTest {

    private static final Set<Scope> EVERY_SCOPE = EnumSet.allOf(Scope.class);

    @Test
    void readsAWellFormedRequest() {
        ApiKeyGrant grant = ApiKeyGrant.of(" bot ", " agent:42 ", List.of("contacts:read", "contacts:write"), 60,
                EVERY_SCOPE);

        assertThat(grant).isEqualTo(new ApiKeyGrant("bot", "agent:42",
                Set.of(Scope.CONTACTS_READ, Scope.CONTACTS_WRITE), 60));
    }

    @Test
    void namesAndPrincipalsAreRequiredAndAtMostOneHundredCharacters() {
        assertThat(ApiKeyGrant.of("n".repeat(100), "p".repeat(100), List.of("contacts:read"), null, EVERY_SCOPE))
                .isNotNull();
        assertViolations(() -> ApiKeyGrant.of("n".repeat(101), " ", List.of("contacts:read"), null, EVERY_SCOPE),
                "name", "principal");
    }

    @Test
    void scopesMustBeKnownNonEmptyAndHeldByTheGrantor() {
        assertViolations(() -> ApiKeyGrant.of("n", "p", List.of(), null, EVERY_SCOPE), "scopes");
        assertViolations(() -> ApiKeyGrant.of("n", "p", List.of("contacts:read", "contacts:fly"), null, EVERY_SCOPE),
                "scopes[1]");
        assertViolations(() -> ApiKeyGrant.of("n", "p", List.of("contacts:read", "workspaces:write"), null,
                EnumSet.of(Scope.CONTACTS_READ, Scope.API_KEYS_WRITE)), "scopes[1]");
    }

    @Test
    void aRateLimitIsBetweenOneAndOneHundredThousand() {
        assertThat(ApiKeyGrant.of("n", "p", List.of("contacts:read"), 1, EVERY_SCOPE).rateLimitPerMinute()).isEqualTo(1);
        assertThat(ApiKeyGrant.of("n", "p", List.of("contacts:read"), 100_000, EVERY_SCOPE)).isNotNull();
        assertViolations(() -> ApiKeyGrant.of("n", "p", List.of("contacts:read"), 0, EVERY_SCOPE),
                "rate_limit_per_minute");
        assertViolations(() -> ApiKeyGrant.of("n", "p", List.of("contacts:read"), 100_001, EVERY_SCOPE),
                "rate_limit_per_minute");
    }

    @Test
    void aWorkspaceAdminHoldsEveryScopeButThePlatforms() {
        assertThat(ApiKeyGrant.workspaceAdmin().scopes())
                .hasSize(Scope.values().length - 1)
                .doesNotContain(Scope.WORKSPACES_WRITE);
    }

    private static void assertViolations(Runnable read, String... fields) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.violations()).containsOnlyKeys(fields));
    }
}
