package io.contactbook.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A workspace's settings that shape its rules: the region in which phone numbers without {@code +} are read,
 * and whether custom attributes must be defined before use. A new workspace has neither.
 */
public record WorkspaceSettings(Optional<String> defaultPhoneRegion, boolean strictCustomAttributes) {

    public static final WorkspaceSettings DEFAULTS = new WorkspaceSettings(Optional.empty(), false);

    public WorkspaceSettings {
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
    }
}
