package io.contactbook.adapter.persistence;

import java.io.Serializable;
import java.util.UUID;

/** The primary key of every table a workspace owns: the workspace first, then the row's own id. */
public record WorkspaceScopedKey(UUID workspaceId, UUID id) implements Serializable {
}
