package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.shared.TimeOrderedIds;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Workspaces} in memory. A new workspace has the default policy, as in the product; asking for the policy
 * of a workspace that was never created is a mistake in the test, and fails loudly.
 */
public class InMemoryWorkspaces implements Workspaces {

    private final Map<WorkspaceId, String> names = new LinkedHashMap<>();
    private final Map<WorkspaceId, ContactPolicy> policies = new LinkedHashMap<>();

    @Override
    public synchronized ContactPolicy contactPolicy(WorkspaceId workspace) {
        requireKnown(workspace);
        return policies.get(workspace);
    }

    /** Names are not unique: the oldest workspace of a name answers, as in the PostgreSQL adapter. */
    @Override
    public synchronized Optional<WorkspaceId> findByName(String name) {
        return names.entrySet().stream()
                .filter(entry -> entry.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized WorkspaceId create(String name) {
        WorkspaceId workspace = WorkspaceId.of(TimeOrderedIds.next());
        names.put(workspace, name);
        policies.put(workspace, ContactPolicy.DEFAULTS);
        return workspace;
    }

    @Override
    public synchronized WorkspaceSettings settings(WorkspaceId workspace) {
        return contactPolicy(workspace).settings();
    }

    @Override
    public synchronized void changeSettings(WorkspaceId workspace, WorkspaceSettings settings) {
        policies.put(workspace, new ContactPolicy(settings, contactPolicy(workspace).customAttributes()));
    }

    @Override
    public synchronized Optional<StoredWorkspace> find(WorkspaceId workspace) {
        return Optional.ofNullable(names.get(workspace))
                .map(name -> new StoredWorkspace(workspace, name, Instant.EPOCH));
    }

    /** What the settings endpoint would do: phones without {@code +} are then read in {@code region}. */
    public synchronized void setDefaultPhoneRegion(WorkspaceId workspace, String region) {
        ContactPolicy current = contactPolicy(workspace);
        WorkspaceSettings settings = new WorkspaceSettings(Optional.of(region),
                current.settings().strictCustomAttributes());
        policies.put(workspace, new ContactPolicy(settings, current.customAttributes()));
    }

    /** The names of every workspace, oldest first. */
    public synchronized List<String> names() {
        return List.copyOf(names.values());
    }

    private void requireKnown(WorkspaceId workspace) {
        if (!names.containsKey(workspace)) {
            throw new IllegalArgumentException("workspace " + workspace + " was never created");
        }
    }
}
