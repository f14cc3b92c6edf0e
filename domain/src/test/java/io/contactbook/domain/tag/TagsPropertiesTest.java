package io.contactbook.domain.tag;

import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.RuleViolation;
import io.contactbook.domain.shared.Violations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TagsPropertiesTest {

    @Property
    void normalisingNormalisedTagsChangesNothing(@ForAll("tagLists") List<String> raw) {
        List<Tag> once = Tags.parse(raw, "tags", new Violations());
        List<String> values = once.stream().map(Tag::value).toList();

        assertThat(Tags.parse(values, "tags", new Violations())).isEqualTo(once);
    }

    @Property
    void theResultHasNoDuplicates(@ForAll("tagLists") List<String> raw) {
        List<Tag> tags = Tags.parse(raw, "tags", new Violations());

        assertThat(tags).doesNotHaveDuplicates();
    }

    @Property
    void theResultIsEachValidTagInTheOrderItFirstAppears(@ForAll("tagLists") List<String> raw) {
        List<Tag> expected = new ArrayList<>();
        for (String element : raw) {
            Tag tag = parseOrNull(element);
            if (tag != null && !expected.contains(tag)) {
                expected.add(tag);
            }
        }

        assertThat(Tags.parse(raw, "tags", new Violations())).isEqualTo(expected);
    }

    @Property
    void everyTagIsOneTo50CharactersAndMoreThan50TagsAreReported(@ForAll("tagLists") List<String> raw) {
        Violations violations = new Violations();

        List<Tag> tags = Tags.parse(raw, "tags", violations);

        assertThat(tags).allSatisfy(tag ->
                assertThat(tag.value().codePointCount(0, tag.value().length())).isBetween(1, 50));
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, violations::throwIfAny);
        boolean tooMany = violation != null && violation.violations().containsKey("tags");
        assertThat(tooMany).isEqualTo(tags.size() > 50);
    }

    /**
     * Lists drawn from a small alphabet in both cases with surrounding blanks, so that duplicates and blanks are
     * common; some lists are long enough to pass 50 distinct tags, and some elements longer than 50 characters.
     */
    @Provide
    Arbitrary<List<String>> tagLists() {
        Arbitrary<String> element = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcABC -").ofMaxLength(4),
                Arbitraries.strings().withChars("xyzXYZ").ofMinLength(48).ofMaxLength(53),
                Arbitraries.strings().all().ofMaxLength(8));
        return element.list().ofMaxSize(80);
    }

    private static Tag parseOrNull(String raw) {
        try {
            return Tag.parse(raw);
        } catch (InvalidValue invalid) {
            return null;
        }
    }
}
