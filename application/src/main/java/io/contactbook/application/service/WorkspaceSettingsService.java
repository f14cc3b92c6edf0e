package io.contactbook.application.service;

import io.contactbook.application.port.in.WorkspaceSettingsUseCase;
import io.contactbook.application.port.out.CustomAttributes;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.CustomAttributeDefinition;
import io.contactbook.domain.contact.PhoneNumber;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;

import java.util.List;

/** The settings and custom attribute definitions of a workspace. */
public class WorkspaceSettingsService implements WorkspaceSettingsUseCase {

    private final Workspaces workspaces;
    private final CustomAttributes customAttributes;

    public WorkspaceSettingsService(Workspaces workspaces, CustomAttributes customAttributes) {
        this.workspaces = workspaces;
        this.customAttributes = customAttributes;
    }

    @Override
    public WorkspaceSettings settings(WorkspaceId workspace) {
        return workspaces.settings(workspace);
    }

    @Override
    public WorkspaceSettings changeSettings(ChangeSettingsCommand command) {
        WorkspaceSettings changed = workspaces.settings(command.workspace()).change(command.defaultPhoneRegion(),
                command.strictCustomAttributes(), PhoneNumber::isKnownRegion);
        workspaces.changeSettings(command.workspace(), changed);
        return changed;
    }

    @Override
    public List<CustomAttributeDefinition> customAttributes(WorkspaceId workspace) {
        return customAttributes.list(workspace);
    }

    @Override
    public CustomAttributeDefinition defineCustomAttribute(DefineCustomAttributeCommand command) {
        CustomAttributeDefinition definition = CustomAttributeDefinition.define(command.key(), command.label(),
                command.type(), command.options());
        if (!customAttributes.add(command.workspace(), definition)) {
            throw RuleViolation.of("key", "is already defined; delete it first to define it anew");
        }
        return definition;
    }

    @Override
    public boolean removeCustomAttribute(WorkspaceId workspace, String key) {
        return customAttributes.remove(workspace, key);
    }
}
