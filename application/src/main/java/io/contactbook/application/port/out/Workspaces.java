package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;

import java.time.Instant;
import java.util.Optional;

/** The workspaces (tenants) and what they set for their contacts. */
public interface Workspaces {

    /** The settings and custom attribute definitions that shape the workspace's contact rules. */
    ContactPolicy contactPolicy(WorkspaceId workspace);

    Optional<WorkspaceId> findByName(String name);

    WorkspaceSettings settings(WorkspaceId workspace);

    void changeSettings(WorkspaceId workspace, WorkspaceSettings settings);

    WorkspaceId create(String name);

    Optional<StoredWorkspace> find(WorkspaceId workspace);

    record StoredWorkspace(WorkspaceId id, String name, Instant createdAt) {
    }
}
