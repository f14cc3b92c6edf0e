package io.contactbook.domain.contact;

import io.contactbook.domain.shared.WorkspaceSettings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a workspace adds to the contact rules: its settings and its custom attribute definitions by key. */
public record ContactPolicy(WorkspaceSettings settings, Map<String, CustomAttributeDefinition> customAttributes) {

    public static final ContactPolicy DEFAULTS = new ContactPolicy(WorkspaceSettings.DEFAULTS, Map.of());

    public ContactPolicy {
        Objects.requireNonNull(settings, "settings");
        customAttributes = Map.copyOf(customAttributes);
    }

    public Optional<String> defaultPhoneRegion() {
        return settings.defaultPhoneRegion();
    }
}
