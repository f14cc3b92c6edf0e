package io.contactbook.domain.contact;

import io.contactbook.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomAttributeDefinitionRulesTest {

    @Test
    void readsAListWithTrimmedDistinctOptions() {
        assertThat(CustomAttributeDefinition.define("plan", " Plan ", "list", List.of(" free", "pro")))
                .isEqualTo(new CustomAttributeDefinition("plan", "Plan", CustomAttributeType.LIST,
                        List.of("free", "pro")));
    }

    @Test
    void keysAreLowerCaseIdentifiersOfAtMostSixtyFourCharacters() {
        assertThat(CustomAttributeDefinition.define("a" + "_1".repeat(31) + "b", "L", "text", null).key())
                .hasSize(64);
        for (String bad : new String[] {"", "1plan", "Plan", "plan-name", "a".repeat(65), "pl an"}) {
            assertViolations(() -> CustomAttributeDefinition.define(bad, "L", "text", List.of()), "key");
        }
    }

    @Test
    void labelsTypesAndOptionsAreChecked() {
        assertViolations(() -> CustomAttributeDefinition.define("k", " ", "colour", List.of()), "label", "type");
        assertViolations(() -> CustomAttributeDefinition.define("k", "L", "text", List.of("a")), "options");
        assertViolations(() -> CustomAttributeDefinition.define("k", "L", "list", List.of()), "options");
        assertViolations(() -> CustomAttributeDefinition.define("k", "L", "list", List.of("a", "a")), "options[1]");
        assertViolations(() -> CustomAttributeDefinition.define("k", "L", "list", Collections.singletonList(null)),
                "options[0]");
        List<String> hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "o" + i).toList();
        assertViolations(() -> CustomAttributeDefinition.define("k", "L", "list", hundredAndOne), "options");
        assertThat(CustomAttributeDefinition.define("k", "L", "list", hundredAndOne.subList(0, 100)).options())
                .hasSize(100);
    }

    private static void assertViolations(Runnable read, String... fields) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.violations()).containsOnlyKeys(fields));
    }
}
