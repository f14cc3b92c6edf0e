package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.UUID;

import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;

/** What the tests read straight from the tables, to check what an adapter wrote or left behind. */
@ApplicationScoped
public class TestDatabase {

    @Inject
    Workspaces workspaces;

    @Inject
    EntityManager entityManager;

    /** A workspace of its own for each test, so that tests never see each other's rows. */
    public WorkspaceId newWorkspace() {
        return requiringNew().call(() -> workspaces.create("test " + UUID.randomUUID()));
    }

    public long contactRows(WorkspaceId workspace) {
        return countIn("contacts", workspace);
    }

    public long identityRows(WorkspaceId workspace) {
        return countIn("contact_identities", workspace);
    }

    /** Runs a statement of the test's own, e.g. to set what no port writes yet. */
    public void execute(String sql, Object... values) {
        requiringNew().run(() -> {
            var statement = entityManager.createNativeQuery(sql);
            for (int i = 0; i < values.length; i++) {
                statement.setParameter(i + 1, values[i]);
            }
            statement.executeUpdate();
        });
    }

    public Object value(String sql, Object... values) {
        return requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return query.getSingleResult();
        });
    }

    private long countIn(String table, WorkspaceId workspace) {
        return ((Number) value("SELECT count(*) FROM " + table + " WHERE workspace_id = ?", workspace.value()))
                .longValue();
    }
}
