package io.contactbook.application.port.in;

import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is calling: the active key that matches a presented secret, if any. */
public interface AuthenticateUseCase {

    Optional<Caller> authenticate(String presentedKey);

    /** The acting key: its workspace, the principal it acts as (e.g. {@code agent:42}) and its scopes. */
    record Caller(WorkspaceId workspace, UUID keyId, String principal, Set<Scope> scopes, Integer rateLimitPerMinute) {
        public Caller {
            scopes = Set.copyOf(scopes);
        }

        public boolean has(Scope scope) {
            return scopes.contains(scope);
        }
    }
}
