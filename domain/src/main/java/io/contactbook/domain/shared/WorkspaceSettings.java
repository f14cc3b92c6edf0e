package io.contactbook.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A workspace's settings that shape its rules: the region in which phone numbers without {@code +} are read,
 * and whether custom attributes must be defined before use. A new workspace has neither.
 */
public record WorkspaceSettings(Optional<String> defaultPhoneRegion, boolean strictCustomAttributes) {

    public static final WorkspaceSettings DEFAULTS = new WorkspaceSettings(Optional.empty(), false);

    public WorkspaceSettings {
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
    }

    /**
     * These settings with a client's changes; a region must be one libphonenumber knows ({@code US}, {@code DE},
     * upper-cased here), else a {@link RuleViolation} on {@code default_phone_region}.
     */
    public WorkspaceSettings change(Change<String> region, Change<Boolean> strict, Predicate<String> knownRegion) {
        Optional<String> newRegion = Optional.ofNullable(region.applyTo(defaultPhoneRegion.orElse(null)))
                .map(code -> code.strip().toUpperCase(Locale.ROOT));
        if (newRegion.isPresent() && !knownRegion.test(newRegion.get())) {
            throw RuleViolation.of("default_phone_region", "must be an ISO 3166 alpha-2 region such as US or DE");
        }
        Boolean newStrict = strict.applyTo(strictCustomAttributes);
        return new WorkspaceSettings(newRegion, newStrict != null && newStrict);
    }
}
