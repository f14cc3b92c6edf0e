package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.contact.CustomAttributeDefinition;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Workspaces} on PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
public class PostgresWorkspaces implements Workspaces {

    private final PostgresCustomAttributes customAttributes;

    PostgresWorkspaces(PostgresCustomAttributes customAttributes) {
        this.customAttributes = customAttributes;
    }

    @Override
    public ContactPolicy contactPolicy(WorkspaceId workspace) {
        Map<String, CustomAttributeDefinition> definitions = customAttributes.list(workspace).stream()
                .collect(Collectors.toMap(CustomAttributeDefinition::key, Function.identity()));
        return new ContactPolicy(settings(workspace), definitions);
    }

    @Override
    public WorkspaceSettings settings(WorkspaceId workspace) {
        WorkspaceEntity row = existing(workspace);
        return new WorkspaceSettings(Optional.ofNullable(row.defaultPhoneRegion), row.strictCustomAttributes);
    }

    @Override
    public void changeSettings(WorkspaceId workspace, WorkspaceSettings settings) {
        WorkspaceEntity row = existing(workspace);
        row.defaultPhoneRegion = settings.defaultPhoneRegion().orElse(null);
        row.strictCustomAttributes = settings.strictCustomAttributes();
    }

    private static WorkspaceEntity existing(WorkspaceId workspace) {
        return WorkspaceEntity.<WorkspaceEntity>findByIdOptional(workspace.value())
                .orElseThrow(() -> new IllegalStateException("there is no workspace " + workspace));
    }

    @Override
    public Optional<WorkspaceId> findByName(String name) {
        // Names are not unique: the oldest workspace of a name is the one this has always answered.
        return WorkspaceEntity.<WorkspaceEntity>find("name", Sort.by("createdAt").and("id"), name)
                .firstResultOptional()
                .map(row -> new WorkspaceId(row.id));
    }

    @Override
    public Optional<StoredWorkspace> find(WorkspaceId workspace) {
        return WorkspaceEntity.<WorkspaceEntity>findByIdOptional(workspace.value())
                .map(row -> new StoredWorkspace(workspace, row.name, row.createdAt));
    }

    @Override
    public WorkspaceId create(String name) {
        WorkspaceEntity row = new WorkspaceEntity();
        row.id = TimeOrderedIds.next();
        row.name = name;
        row.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        row.persist();
        return new WorkspaceId(row.id);
    }
}
