package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceSettingsTest {

    private static final Set<String> KNOWN = Set.of("US", "DE");

    @Test
    void changesOnlyWhatIsPresentAndUpperCasesTheRegion() {
        WorkspaceSettings changed = WorkspaceSettings.DEFAULTS.change(Change.to(" de "), Change.keep(), KNOWN::contains);
        assertThat(changed).isEqualTo(new WorkspaceSettings(Optional.of("DE"), false));

        WorkspaceSettings strict = changed.change(Change.keep(), Change.to(true), KNOWN::contains);
        assertThat(strict).isEqualTo(new WorkspaceSettings(Optional.of("DE"), true));

        assertThat(strict.change(Change.clear(), Change.clear(), KNOWN::contains))
                .isEqualTo(WorkspaceSettings.DEFAULTS);
    }

    @Test
    void refusesARegionItDoesNotKnow() {
        assertThatThrownBy(() -> WorkspaceSettings.DEFAULTS.change(Change.to("XX"), Change.keep(), KNOWN::contains))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.violations()).containsOnlyKeys("default_phone_region"));
    }
}
