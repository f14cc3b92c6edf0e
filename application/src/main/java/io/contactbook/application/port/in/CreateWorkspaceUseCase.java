package io.contactbook.application.port.in;

import io.contactbook.application.port.in.ManageApiKeysUseCase.CreatedApiKey;

import java.time.Instant;
import java.util.UUID;

/** A new workspace (tenant) and its first admin key, which has every scope but the platform's own. */
public interface CreateWorkspaceUseCase {

    CreatedWorkspace createWorkspace(String name);

    record WorkspaceView(UUID id, String name, Instant createdAt) {
    }

    record CreatedWorkspace(WorkspaceView workspace, CreatedApiKey adminKey) {
    }
}
