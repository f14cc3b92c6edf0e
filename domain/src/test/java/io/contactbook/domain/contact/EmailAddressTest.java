package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddress.parse("Jane@Example.com ").value()).isEqualTo("jane@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.co",
            "jane.doe+newsletter@mail.example.co.uk",
            "o'brien@example.ie",
            "first_last-123@sub-domain.example.org",
            "x@123.example.com",
            "josé@exämple.com",
            "jose\u0301@example.com",
            "!#$%&*/=?^`{|}~@example.com"})
    void acceptsValidAddresses(String address) {
        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @Test
    void keepsALetterThatLowerCasingDecomposes() {
        assertThat(EmailAddress.parse("İpek@example.com").value()).isEqualTo("i\u0307pek@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "plainaddress",
            "@example.com",
            "jane@",
            "jane@@example.com",
            "jane@doe@example.com",
            ".jane@example.com",
            "jane.@example.com",
            "jane..doe@example.com",
            "jane doe@example.com",
            "\"jane\"@example.com",
            "jane@example",
            "jane@example.c",
            "jane@example.123",
            "jane@-example.com",
            "jane@example-.com",
            "jane@example..com",
            "jane@.example.com",
            "jane@exa_mple.com",
            "jane@example.com."})
    void rejectsInvalidAddresses(String address) {
        assertThatThrownBy(() -> EmailAddress.parse(address))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must be a valid email address");
    }

    @Test
    void accepts254Characters() {
        String address = address(254);

        assertThat(address).hasSize(254);
        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @Test
    void rejects255Characters() {
        assertThatThrownBy(() -> EmailAddress.parse(address(255)))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("must be at most 254 characters");
    }

    @Test
    void theLengthIsMeasuredAfterTrimming() {
        String padded = "  " + address(254) + "  ";

        assertThat(EmailAddress.parse(padded).value()).hasSize(254);
    }

    @Test
    void acceptsALocalPartOf64Characters() {
        String address = "a".repeat(64) + "@example.com";

        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @Test
    void rejectsALocalPartOf65Characters() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@example.com"))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void acceptsADomainLabelOf63Characters() {
        String address = "jane@" + "b".repeat(63) + ".com";

        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @Test
    void rejectsADomainLabelOf64Characters() {
        assertThatThrownBy(() -> EmailAddress.parse("jane@" + "b".repeat(64) + ".com"))
                .isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane@example.com", " jane@example.com", "not an address"})
    void theConstructorAcceptsOnlyTheStoredForm(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(InvalidValue.class);
    }

    /** A well-formed address of exactly {@code length} characters: a full local part and domain labels within 63. */
    private static String address(int length) {
        String local = "a".repeat(64);
        String tld = ".com";
        int labelsLength = length - local.length() - 1 - tld.length();
        String labels = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(labelsLength - 128);
        return local + "@" + labels + tld;
    }
}
