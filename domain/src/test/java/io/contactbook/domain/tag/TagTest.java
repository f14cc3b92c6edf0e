package io.contactbook.domain.tag;

import io.contactbook.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagTest {

    /** One character that Java stores as two chars: limits count characters, so a limit's worth must fit. */
    private static final String EMOJI = "😀";

    @Test
    void trimsAndLowerCases() {
        assertThat(Tag.parse("  VIP Customer\t").value()).isEqualTo("vip customer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void rejectsBlank(String raw) {
        assertThatThrownBy(() -> Tag.parse(raw))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must not be blank");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Tag.parse(null)).isInstanceOf(InvalidValue.class).hasMessage("must be a string");
    }

    @Test
    void accepts50Characters() {
        assertThat(Tag.parse(EMOJI.repeat(50)).value()).isEqualTo(EMOJI.repeat(50));
    }

    @Test
    void rejects51Characters() {
        assertThatThrownBy(() -> Tag.parse(EMOJI.repeat(51)))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must be at most 50 characters");
    }

    @Test
    void theLengthIsMeasuredAfterTrimming() {
        assertThat(Tag.parse("  " + "a".repeat(50) + "  ").value()).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIP", " vip", "vip ", ""})
    void theConstructorAcceptsOnlyTheStoredForm(String value) {
        assertThatThrownBy(() -> new Tag(value)).isInstanceOf(InvalidValue.class);
    }
}
