package io.contactbook.domain.tag;

import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.Violations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TagsTest {

    private final Violations violations = new Violations();

    @Test
    void normalisesEachTagAndDropsDuplicatesKeepingTheFirstOccurrence() {
        List<Tag> tags = Tags.parse(List.of(" VIP ", "lead", "vip", "Churned", "LEAD"), "tags", violations);

        assertThat(tags).extracting(Tag::value).containsExactly("vip", "lead", "churned");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void accepts50Tags() {
        List<Tag> tags = Tags.parse(distinctTags(50), "tags", violations);

        assertThat(tags).hasSize(50);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void rejects51TagsUnderTheListsField() {
        Tags.parse(distinctTags(51), "tags", violations);

        assertThat(violationsByField()).containsOnlyKeys("tags").containsEntry("tags", "must hold at most 50 tags");
    }

    @Test
    void countsTagsAfterDroppingDuplicates() {
        List<String> raw = new ArrayList<>(distinctTags(50));
        raw.add(raw.get(0).toUpperCase());

        assertThat(Tags.parse(raw, "tags", violations)).hasSize(50);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void rejectsAnEmptyTagUnderItsIndexAndKeepsTheOthers() {
        List<Tag> tags = Tags.parse(List.of("a", "b", "c", "  ", "d"), "tags", violations);

        assertThat(violationsByField()).containsOnlyKeys("tags[3]");
        assertThat(tags).extracting(Tag::value).containsExactly("a", "b", "c", "d");
    }

    @Test
    void rejectsATagOf51CharactersUnderItsIndex() {
        Tags.parse(List.of("x".repeat(50), "y".repeat(51)), "tags", violations);

        assertThat(violationsByField()).containsOnlyKeys("tags[1]");
    }

    @Test
    void reportsEveryBrokenTagAndTheCountTogether() {
        List<String> raw = new ArrayList<>(distinctTags(51));
        raw.add("");
        raw.add(null);

        Tags.parse(raw, "tags", violations);

        assertThat(violationsByField()).containsOnlyKeys("tags", "tags[51]", "tags[52]");
    }

    @Test
    void namesViolationsAfterTheFieldGiven() {
        Tags.parse(Arrays.asList("ok", ""), "filter.tags", violations);

        assertThat(violationsByField()).containsOnlyKeys("filter.tags[1]");
    }

    private static List<String> distinctTags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag-" + i).toList();
    }

    private Map<String, String> violationsByField() {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, violations::throwIfAny);
        assertThat(violation).as("recorded violations").isNotNull();
        return violation.violations();
    }
}
