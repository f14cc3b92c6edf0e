package io.contactbook.domain.access;

import io.contactbook.domain.shared.Violations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a new API key may do, checked: its name, the principal it acts as (e.g. {@code agent:42}, the author of
 * the notes it writes), its scopes and its own rate limit. A key can only grant scopes it holds itself.
 */
public record ApiKeyGrant(String name, String principal, Set<Scope> scopes, Integer rateLimitPerMinute) {

    /** The most characters a key's name may have. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The most characters a key's principal may have. */
    public static final int MAX_PRINCIPAL_LENGTH = 100;
    /** The highest rate limit a key may be given. */
    public static final int MAX_RATE_LIMIT_PER_MINUTE = 100_000;

    /**
     * A grant as stored; {@link #of} is the checked way to make one.
     *
     * @param name               the key's name, for people
     * @param principal          who the key acts as
     * @param scopes             what the key may do
     * @param rateLimitPerMinute the key's own limit, or null for the deployment's default
     */
    public ApiKeyGrant {
        scopes = Set.copyOf(scopes);
    }

    /**
     * {@return the grant a key request asks for, checked} Name and principal are trimmed, 1 to 100 characters;
     * there is at least one scope, each one the asking key holds; a rate limit is 1 to 100,000 or absent.
     *
     * @param name               the key's name
     * @param principal          who the key will act as
     * @param scopes             the scopes' wire names, e.g. {@code contacts:read}
     * @param rateLimitPerMinute the key's own limit, or null for the deployment's default
     * @param grantorScopes      the scopes of the key that asks
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field
     */
    public static ApiKeyGrant of(String name, String principal, List<String> scopes, Integer rateLimitPerMinute,
                                 Set<Scope> grantorScopes) {
        Violations violations = new Violations();
        String checkedName = required(violations, "name", name, MAX_NAME_LENGTH);
        String checkedPrincipal = required(violations, "principal", principal, MAX_PRINCIPAL_LENGTH);
        Set<Scope> granted = EnumSet.noneOf(Scope.class);
        if (scopes == null || scopes.isEmpty()) {
            violations.add("scopes", "must name at least one scope");
        } else {
            for (int i = 0; i < scopes.size(); i++) {
                Scope scope = scopes.get(i) == null ? null : Scope.fromWireName(scopes.get(i)).orElse(null);
                if (scope == null) {
                    violations.add("scopes[" + i + "]", "is not a scope; scopes are " + Scope.wireNames());
                } else if (!grantorScopes.contains(scope)) {
                    violations.add("scopes[" + i + "]", "cannot be granted by a key that does not hold it");
                } else {
                    granted.add(scope);
                }
            }
        }
        if (rateLimitPerMinute != null && (rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT_PER_MINUTE)) {
            violations.add("rate_limit_per_minute", "must be between 1 and " + MAX_RATE_LIMIT_PER_MINUTE
                    + ", or absent for the deployment's default");
        }
        violations.throwIfAny();
        return new ApiKeyGrant(checkedName, checkedPrincipal, granted, rateLimitPerMinute);
    }

    /**
     * {@return the grant of the first key of a new workspace} It holds every scope of a workspace, but not the
     * platform's (creating workspaces).
     */
    public static ApiKeyGrant workspaceAdmin() {
        Set<Scope> scopes = EnumSet.allOf(Scope.class);
        scopes.remove(Scope.WORKSPACES_WRITE);
        return new ApiKeyGrant("admin", "admin", scopes, null);
    }

    private static String required(Violations violations, String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            violations.add(field, "is required");
        } else if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            violations.add(field, "must be at most " + maxLength + " characters");
        } else if (trimmed.indexOf('\u0000') >= 0) {
            violations.add(field, "must not contain NUL characters");
        }
        return trimmed;
    }
}
