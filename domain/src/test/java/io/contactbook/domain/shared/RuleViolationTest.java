package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class RuleViolationTest {

    @Test
    void ofNamesOneField() {
        RuleViolation violation = RuleViolation.of("email", "must be a valid email address");

        assertThat(violation.violations()).containsExactly(entry("email", "must be a valid email address"));
        assertThat(violation).hasMessageContaining("email");
    }

    @Test
    void violationsAreACopyThatCannotBeChanged() {
        Map<String, String> byField = new HashMap<>(Map.of("email", "invalid"));
        RuleViolation violation = new RuleViolation(byField);

        byField.put("phone", "invalid");

        assertThat(violation.violations()).containsOnlyKeys("email");
        assertThatThrownBy(() -> violation.violations().put("phone", "invalid"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
