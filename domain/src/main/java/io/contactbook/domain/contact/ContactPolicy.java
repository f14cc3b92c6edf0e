package io.contactbook.domain.contact;

import io.contactbook.domain.shared.WorkspaceSettings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a workspace adds to the contact rules: its settings and its custom attribute definitions by key. */
public record ContactPolicy(WorkspaceSettings settings, Map<String, CustomAttributeDefinition> customAttributes) {

    /** The rules of a new workspace: no default phone region, no custom attribute definitions, not strict. */
    public static final ContactPolicy DEFAULTS = new ContactPolicy(WorkspaceSettings.DEFAULTS, Map.of());

    /**
     * A workspace's rules.
     *
     * @param settings         the workspace's settings
     * @param customAttributes its custom attribute definitions, by key
     * @throws NullPointerException if either is null
     */
    public ContactPolicy {
        Objects.requireNonNull(settings, "settings");
        customAttributes = Map.copyOf(customAttributes);
    }

    /** {@return the region phones written without {@code +} are read in, if the workspace has one} */
    public Optional<String> defaultPhoneRegion() {
        return settings.defaultPhoneRegion();
    }
}
