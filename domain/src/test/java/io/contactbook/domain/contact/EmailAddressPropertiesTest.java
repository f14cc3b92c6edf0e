package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EmailAddressPropertiesTest {

    /** Whitespace that {@link String#strip()} removes, beyond the plain space. */
    private static final String WHITESPACE = " \t\r\n\u2003\u3000";

    @Property
    void everyCaseAndWhitespaceVariantParsesToTheLowerCaseAddress(@ForAll("variants") Variant variant) {
        assertThat(EmailAddress.parse(variant.written()).value()).isEqualTo(variant.address());
    }

    @Property
    void parsingTheParsedValueChangesNothing(@ForAll("addresses") String raw) {
        EmailAddress parsed = EmailAddress.parse(raw);

        assertThat(EmailAddress.parse(parsed.value())).isEqualTo(parsed);
    }

    @Property
    void anyTextEitherParsesToItsStoredFormOrIsAnInvalidValue(@ForAll String raw) {
        Throwable thrown = catchThrowable(() -> {
            EmailAddress parsed = EmailAddress.parse(raw);
            assertThat(parsed.value()).isEqualTo(raw.strip().toLowerCase(Locale.ROOT));
        });

        assertThat(thrown).satisfiesAnyOf(
                error -> assertThat(error).isNull(),
                error -> assertThat(error).isInstanceOf(InvalidValue.class));
    }

    @Provide
    Arbitrary<String> asciiAddresses() {
        return address(Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("!#$%&'*+/=?^_`{|}~-"),
                Arbitraries.strings().withCharRange('a', 'z').numeric());
    }

    /** A lower-case ASCII address and the same address with some letters upper-cased and whitespace around it. */
    @Provide
    Arbitrary<Variant> variants() {
        return asciiAddresses().flatMap(address -> Combinators.combine(
                        whitespace(), caseChanges(address), whitespace())
                .as((before, written, after) -> new Variant(address, before + written + after)));
    }

    /** Valid addresses in mixed case with letters outside ASCII. */
    @Provide
    Arbitrary<String> addresses() {
        return address(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("+_-éÄжΩ中"),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("éüж"));
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(WHITESPACE).ofMaxLength(3);
    }

    private static Arbitrary<String> caseChanges(String address) {
        return Arbitraries.of(true, false).list().ofSize(address.length()).map(upperCase -> {
            StringBuilder written = new StringBuilder();
            for (int i = 0; i < address.length(); i++) {
                char c = address.charAt(i);
                written.append(upperCase.get(i) ? Character.toUpperCase(c) : c);
            }
            return written.toString();
        });
    }

    /** local@label.label.tld with dot-separated local words and a letters-only top-level domain. */
    private static Arbitrary<String> address(StringArbitrary localChars, StringArbitrary labelChars) {
        Arbitrary<String> local = localChars.ofMinLength(1).ofMaxLength(10).list().ofMinSize(1).ofMaxSize(3)
                .map(words -> String.join(".", words));
        Arbitrary<String> label = labelChars.ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> labels = label.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        return Combinators.combine(local, labels, tld).as((l, d, t) -> l + "@" + d + "." + t);
    }

    record Variant(String address, String written) {
    }
}
