package io.contactbook.application.service;

import io.contactbook.application.port.in.WorkspaceSettingsUseCase.ChangeSettingsCommand;
import io.contactbook.application.port.in.WorkspaceSettingsUseCase.DefineCustomAttributeCommand;
import io.contactbook.application.port.out.InMemoryCustomAttributes;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.CustomAttributeType;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceSettingsServiceTest {

    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final InMemoryCustomAttributes customAttributes = new InMemoryCustomAttributes();
    private final WorkspaceSettingsService service = new WorkspaceSettingsService(workspaces, customAttributes);
    private final WorkspaceId workspace = workspaces.create("acme");

    @Test
    void aRegionIsStoredWhenLibphonenumberKnowsIt() {
        service.changeSettings(new ChangeSettingsCommand(workspace, Change.to("gb"), Change.keep()));

        assertThat(service.settings(workspace).defaultPhoneRegion()).isEqualTo(Optional.of("GB"));
        assertThat(workspaces.contactPolicy(workspace).defaultPhoneRegion()).isEqualTo(Optional.of("GB"));
        assertThatThrownBy(() -> service.changeSettings(new ChangeSettingsCommand(workspace, Change.to("ZZ"),
                Change.keep()))).isInstanceOf(RuleViolation.class);
        assertThat(service.settings(workspace).defaultPhoneRegion()).isEqualTo(Optional.of("GB"));
    }

    @Test
    void aKeyIsDefinedOnceUntilItIsRemoved() {
        DefineCustomAttributeCommand plan = new DefineCustomAttributeCommand(workspace, "plan", "Plan", "list",
                List.of("free", "pro"));
        assertThat(service.defineCustomAttribute(plan).type()).isEqualTo(CustomAttributeType.LIST);
        assertThatThrownBy(() -> service.defineCustomAttribute(plan))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.violations()).containsOnlyKeys("key"));

        assertThat(service.removeCustomAttribute(workspace, "plan")).isTrue();
        assertThat(service.removeCustomAttribute(workspace, "plan")).isFalse();
        assertThat(service.customAttributes(workspace)).isEmpty();
        service.defineCustomAttribute(plan);
        assertThat(service.customAttributes(workspaces.create("other"))).isEmpty();
    }
}
