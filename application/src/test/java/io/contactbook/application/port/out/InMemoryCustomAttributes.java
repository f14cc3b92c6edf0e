package io.contactbook.application.port.out;

import io.contactbook.domain.contact.CustomAttributeDefinition;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CustomAttributes} in memory, one definition per key of a workspace, as the database's primary key. */
public class InMemoryCustomAttributes implements CustomAttributes {

    private final Map<WorkspaceId, Map<String, CustomAttributeDefinition>> byWorkspace = new ConcurrentHashMap<>();

    @Override
    public List<CustomAttributeDefinition> list(WorkspaceId workspace) {
        List<CustomAttributeDefinition> definitions = new ArrayList<>(of(workspace).values());
        definitions.sort(Comparator.comparing(CustomAttributeDefinition::key));
        return definitions;
    }

    @Override
    public boolean add(WorkspaceId workspace, CustomAttributeDefinition definition) {
        return of(workspace).putIfAbsent(definition.key(), definition) == null;
    }

    @Override
    public boolean remove(WorkspaceId workspace, String key) {
        return of(workspace).remove(key) != null;
    }

    private Map<String, CustomAttributeDefinition> of(WorkspaceId workspace) {
        return byWorkspace.computeIfAbsent(workspace, any -> new ConcurrentHashMap<>());
    }
}
