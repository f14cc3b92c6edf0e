package io.contactbook.domain.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {

    @ParameterizedTest(name = "''{0}'' is ''{1}'' + ''{2}''")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, nullValues = "-", value = {
            "Mary Ann Smith|Mary Ann|Smith",
            "Jane Doe|Jane|Doe",
            "Jane|Jane|-",
            "  Jane   Doe  |Jane|Doe",
            "Mary\tAnn Smith|Mary\tAnn|Smith",
            "Mary \tSmith|Mary|Smith",
            "Mary\tSmith|Mary\tSmith|-"})
    void splitsAtTheLastSpace(String fullName, String firstName, String lastName) {
        assertThat(PersonName.split(fullName)).isEqualTo(new PersonName(firstName, lastName));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void splitsNothingIntoNoName(String fullName) {
        assertThat(PersonName.split(fullName)).isEqualTo(new PersonName(null, null));
    }

    @Test
    void fullNameJoinsFirstAndLastName() {
        assertThat(new PersonName("Mary Ann", "Smith").fullName()).isEqualTo("Mary Ann Smith");
    }

    @Test
    void fullNameIsWhicheverPartThereIs() {
        assertThat(new PersonName("Jane", null).fullName()).isEqualTo("Jane");
        assertThat(new PersonName(null, "Doe").fullName()).isEqualTo("Doe");
        assertThat(new PersonName(null, null).fullName()).isNull();
    }
}
