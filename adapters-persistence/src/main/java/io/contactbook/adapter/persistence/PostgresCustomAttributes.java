package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.CustomAttributes;
import io.contactbook.domain.contact.CustomAttributeDefinition;
import io.contactbook.domain.contact.CustomAttributeType;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** {@link CustomAttributes} on PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
public class PostgresCustomAttributes implements CustomAttributes {

    private final EntityManager entityManager;

    PostgresCustomAttributes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<CustomAttributeDefinition> list(WorkspaceId workspace) {
        return new NativeSql()
                .append("SELECT key, label, type, options FROM custom_attribute_definitions WHERE workspace_id = ? "
                        + "ORDER BY key", workspace.value())
                .rows(entityManager).stream()
                .map(row -> new CustomAttributeDefinition((String) row[0], (String) row[1],
                        CustomAttributeType.fromWireName((String) row[2]).orElseThrow(),
                        Arrays.asList((String[]) row[3])))
                .toList();
    }

    @Override
    public boolean add(WorkspaceId workspace, CustomAttributeDefinition definition) {
        // ON CONFLICT: two requests defining one key at once get one definition and one refusal, never a 500.
        return new NativeSql()
                .append("INSERT INTO custom_attribute_definitions (workspace_id, key, label, type, options, created_at) "
                                + "VALUES (?, ?, ?, ?, CAST(? AS text[]), ?) ON CONFLICT DO NOTHING",
                        workspace.value(), definition.key(), definition.label(), definition.type().wireName(),
                        definition.options().toArray(String[]::new), Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .executeUpdate(entityManager) == 1;
    }

    @Override
    public boolean remove(WorkspaceId workspace, String key) {
        return new NativeSql()
                .append("DELETE FROM custom_attribute_definitions WHERE workspace_id = ? AND key = ?",
                        workspace.value(), key)
                .executeUpdate(entityManager) == 1;
    }
}
