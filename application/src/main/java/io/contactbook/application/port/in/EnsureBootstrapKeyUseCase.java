package io.contactbook.application.port.in;

/**
 * Makes sure the operator's bootstrap key works: a workspace named {@code default} and an admin key with exactly
 * this secret and every scope. Running it again changes nothing.
 */
public interface EnsureBootstrapKeyUseCase {

    String DEFAULT_WORKSPACE = "default";

    void ensureBootstrapKey(String secret);
}
