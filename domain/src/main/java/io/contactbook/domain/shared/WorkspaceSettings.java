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

    /** The settings of a new workspace: no default phone region, custom attributes not strict. */
    public static final WorkspaceSettings DEFAULTS = new WorkspaceSettings(Optional.empty(), false);

    /**
     * Settings as stored.
     *
     * @param defaultPhoneRegion     the region phones without {@code +} are read in, if any
     * @param strictCustomAttributes whether a custom attribute must be defined before a contact may have it
     * @throws NullPointerException if {@code defaultPhoneRegion} is null
     */
    public WorkspaceSettings {
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
    }

    /**
     * {@return these settings with a client's changes} A region must be one libphonenumber knows ({@code US},
     * {@code DE}, upper-cased here); clearing strictness turns it off.
     *
     * @param region      the change to the default phone region
     * @param strict      the change to strict custom attributes
     * @param knownRegion whether a region code is known, e.g. {@code PhoneNumber::isKnownRegion}
     * @throws RuleViolation on {@code default_phone_region} if the new region is not known
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
