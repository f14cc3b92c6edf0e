package io.contactbook.domain.contact;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberPropertiesTest {

    @Property
    void separatorsBetweenDigitsDoNotChangeTheNumber(
            @ForAll("e164Numbers") String e164,
            @ForAll("separatorLists") List<String> separators) {
        StringBuilder written = new StringBuilder("+");
        String digits = e164.substring(1);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                written.append(separators.get(i % separators.size()));
            }
            written.append(digits.charAt(i));
        }

        assertThat(PhoneNumber.parse(written.toString(), Optional.empty()).value()).isEqualTo(e164);
    }

    @Provide
    Arbitrary<String> e164Numbers() {
        return Arbitraries.of("+15550123456", "+12125550199", "+442071838750", "+4930123456", "+33142685300",
                "+81312345678", "+61291234567", "+5511912345678");
    }

    /** At most 3 characters between two digits, so even a 13-digit number stays within the 50-character input. */
    @Provide
    Arbitrary<List<String>> separatorLists() {
        return Arbitraries.strings().withChars(" -()").ofMaxLength(3).list().ofMinSize(1).ofMaxSize(14);
    }
}
