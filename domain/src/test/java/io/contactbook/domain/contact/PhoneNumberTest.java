package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    private static final Optional<String> NO_REGION = Optional.empty();
    private static final Optional<String> US = Optional.of("US");

    @ParameterizedTest
    @ValueSource(strings = {"+1 555 012 3456", "+1 (555) 012-3456", "+15550123456", "  +1.555.012.3456  "})
    void readsAnInternationalNumberInE164(String raw) {
        assertThat(PhoneNumber.parse(raw, NO_REGION).value()).isEqualTo("+15550123456");
    }

    @Test
    void rejectsANumberWithoutPlusWhenTheWorkspaceHasNoRegion() {
        assertThatThrownBy(() -> PhoneNumber.parse("5550123456", NO_REGION))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("must start with +");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5550123456", "(555) 012-3456", "1 555 012 3456"})
    void readsANumberWithoutPlusInTheWorkspaceRegion(String raw) {
        assertThat(PhoneNumber.parse(raw, US).value()).isEqualTo("+15550123456");
    }

    @Test
    void readsANationalNumberOfAnotherRegion() {
        assertThat(PhoneNumber.parse("030 123456", Optional.of("DE")).value()).isEqualTo("+4930123456");
    }

    @Test
    void aNumberWithPlusIgnoresTheRegion() {
        assertThat(PhoneNumber.parse("+44 20 7183 8750", US).value()).isEqualTo("+442071838750");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "+hello", "+", "+1 555", "+1 555 012 3456 789 0123", "+999 123 4567", "++1 555"})
    void rejectsGarbage(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, US)).isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsBlank(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, US))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must be a phone number");
    }

    @Test
    void rejectsAnUnknownRegion() {
        assertThatThrownBy(() -> PhoneNumber.parse("5550123456", Optional.of("XX"))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void accepts50InputCharacters() {
        String raw = writtenWith(50);

        assertThat(raw).hasSize(50);
        assertThat(PhoneNumber.parse(raw, NO_REGION).value()).isEqualTo("+15550123456");
    }

    @Test
    void rejects51InputCharacters() {
        assertThatThrownBy(() -> PhoneNumber.parse(writtenWith(51), NO_REGION))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must be at most 50 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15550123456", "+1 555 012 3456", "+1555", ""})
    void theConstructorAcceptsOnlyE164(String value) {
        assertThatThrownBy(() -> new PhoneNumber(value)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void knowsTheRegionsOfLibphonenumber() {
        assertThat(PhoneNumber.isKnownRegion("US")).isTrue();
        assertThat(PhoneNumber.isKnownRegion("DE")).isTrue();
        assertThat(PhoneNumber.isKnownRegion("us")).isFalse();
        assertThat(PhoneNumber.isKnownRegion("XX")).isFalse();
        assertThat(PhoneNumber.isKnownRegion(null)).isFalse();
    }

    /** +1 555 012 3456 padded with dashes after the country code to exactly {@code length} characters. */
    private static String writtenWith(int length) {
        String countryCode = "+1";
        String number = "5550123456";
        return countryCode + "-".repeat(length - countryCode.length() - number.length()) + number;
    }
}
