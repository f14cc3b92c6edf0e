package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.ContactPolicy;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PostgresWorkspacesTest {

    @Inject
    Workspaces workspaces;

    @Inject
    TestDatabase database;

    @Test
    void aCreatedWorkspaceIsFoundByItsName() {
        String name = uniqueName();
        WorkspaceId created = requiringNew().call(() -> workspaces.create(name));

        assertThat(requiringNew().call(() -> workspaces.findByName(name))).contains(created);
        assertThat(requiringNew().call(() -> workspaces.findByName(uniqueName()))).isEmpty();
    }

    @Test
    void ofTwoWorkspacesWithOneNameTheOlderIsFound() {
        String name = uniqueName();
        WorkspaceId older = requiringNew().call(() -> workspaces.create(name));
        requiringNew().call(() -> workspaces.create(name));

        assertThat(requiringNew().call(() -> workspaces.findByName(name))).contains(older);
    }

    @Test
    void aNewWorkspaceHasTheDefaultSettingsAndNoCustomAttributes() {
        WorkspaceId workspace = database.newWorkspace();

        assertThat(requiringNew().call(() -> workspaces.contactPolicy(workspace))).isEqualTo(ContactPolicy.DEFAULTS);
    }

    @Test
    void thePolicyCarriesTheWorkspacesSettings() {
        WorkspaceId workspace = database.newWorkspace();
        database.execute("UPDATE workspaces SET default_phone_region = 'DE', strict_custom_attributes = true"
                + " WHERE id = ?", workspace.value());

        assertThat(requiringNew().call(() -> workspaces.contactPolicy(workspace)))
                .isEqualTo(new ContactPolicy(new WorkspaceSettings(Optional.of("DE"), true), Map.of()));
    }

    private static String uniqueName() {
        return "workspace " + UUID.randomUUID();
    }
}
