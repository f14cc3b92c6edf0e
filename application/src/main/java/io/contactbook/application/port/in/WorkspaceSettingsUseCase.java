package io.contactbook.application.port.in;

import io.contactbook.domain.contact.CustomAttributeDefinition;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.shared.WorkspaceSettings;

import java.util.List;
import java.util.Objects;

/**
 * A workspace's settings (the default phone region, strict custom attributes) and its custom attribute
 * definitions. Changes shape later writes only: stored contacts are not rewritten.
 */
public interface WorkspaceSettingsUseCase {

    WorkspaceSettings settings(WorkspaceId workspace);

    WorkspaceSettings changeSettings(ChangeSettingsCommand command);

    List<CustomAttributeDefinition> customAttributes(WorkspaceId workspace);

    /** A key already defined is a {@link io.contactbook.domain.shared.RuleViolation} on {@code key}. */
    CustomAttributeDefinition defineCustomAttribute(DefineCustomAttributeCommand command);

    /** False when no attribute has this key. */
    boolean removeCustomAttribute(WorkspaceId workspace, String key);

    record ChangeSettingsCommand(WorkspaceId workspace, Change<String> defaultPhoneRegion,
                                 Change<Boolean> strictCustomAttributes) {
        public ChangeSettingsCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
            Objects.requireNonNull(strictCustomAttributes, "strictCustomAttributes");
        }
    }

    record DefineCustomAttributeCommand(WorkspaceId workspace, String key, String label, String type,
                                        List<String> options) {
        public DefineCustomAttributeCommand {
            Objects.requireNonNull(workspace, "workspace");
        }
    }
}
