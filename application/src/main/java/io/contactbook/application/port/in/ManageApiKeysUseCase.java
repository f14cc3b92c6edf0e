package io.contactbook.application.port.in;

import io.contactbook.domain.access.Scope;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A workspace's API keys: create one (its secret shown once), list them, revoke one. */
public interface ManageApiKeysUseCase {

    CreatedApiKey createApiKey(CreateApiKeyCommand command);

    List<ApiKeyView> listApiKeys(WorkspaceId workspace);

    /** False when the workspace has no such active key. A revoked key is refused from the next request on. */
    boolean revokeApiKey(WorkspaceId workspace, UUID keyId);

    /** {@code grantorScopes}: the scopes of the key asking; a key cannot grant more than it holds. */
    record CreateApiKeyCommand(WorkspaceId workspace, String name, String principal, List<String> scopes,
                               Integer rateLimitPerMinute, Set<Scope> grantorScopes) {
        public CreateApiKeyCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(grantorScopes, "grantorScopes");
        }
    }

    /** A key as it may be shown: never its secret. */
    record ApiKeyView(UUID id, String name, String principal, List<String> scopes, Integer rateLimitPerMinute,
                      Instant createdAt, Instant lastUsedAt) {
    }

    /** A new key and its secret, which nobody can see again. */
    record CreatedApiKey(ApiKeyView key, String secret) {
        @Override
        public String toString() {
            return "CreatedApiKey[key=" + key + "]";
        }
    }
}
