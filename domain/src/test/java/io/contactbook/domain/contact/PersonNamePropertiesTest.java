package io.contactbook.domain.contact;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamePropertiesTest {

    @Property
    void firstSpaceLastIsTheNameWrittenWithSingleSpaces(@ForAll("words") List<String> words) {
        String fullName = String.join(" ", words);

        PersonName split = PersonName.split(fullName);

        assertThat(split.firstName() + " " + split.lastName()).isEqualTo(fullName);
        assertThat(split.lastName()).isEqualTo(words.get(words.size() - 1));
    }

    @Property
    void eachPartOfAnyTextIsTrimmedAndNotEmpty(@ForAll("anyText") String fullName) {
        PersonName split = PersonName.split(fullName);

        for (String part : new String[] {split.firstName(), split.lastName()}) {
            if (part != null) {
                assertThat(part).isNotEmpty().isEqualTo(part.strip());
            }
        }
    }

    @Property
    void aLastNameComesOnlyWithAFirstNameAndHasNoSpace(@ForAll("anyText") String fullName) {
        PersonName split = PersonName.split(fullName);

        if (split.lastName() != null) {
            assertThat(split.firstName()).isNotNull();
            assertThat(split.lastName()).doesNotContain(" ");
        }
    }

    /** Two or more words without whitespace, so the name has a space and none at either end. */
    @Provide
    Arbitrary<List<String>> words() {
        Arbitrary<String> word = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)
                .filter(text -> text.chars().noneMatch(Character::isWhitespace));
        return word.list().ofMinSize(2).ofMaxSize(5);
    }

    /** Any text, and text dense in spaces and other whitespace, where splitting has the most to get wrong. */
    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("ab \t\n\u2003\u00a0").ofMaxLength(12));
    }
}
