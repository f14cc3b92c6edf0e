package io.contactbook.domain.contact;

import io.contactbook.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CustomAttributeDefinitionTest {

    private static final List<String> PLANS = List.of("free", "pro");

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments(CustomAttributeType.TEXT, "gold"),
                arguments(CustomAttributeType.TEXT, ""),
                arguments(CustomAttributeType.NUMBER, 42),
                arguments(CustomAttributeType.NUMBER, 4.5),
                arguments(CustomAttributeType.NUMBER, -1L),
                arguments(CustomAttributeType.BOOLEAN, true),
                arguments(CustomAttributeType.BOOLEAN, false),
                arguments(CustomAttributeType.DATE, "2024-02-29"),
                arguments(CustomAttributeType.LIST, "pro"));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("accepted")
    void acceptsAValueOfItsType(CustomAttributeType type, Object value) {
        assertThatCode(() -> definition(type).check(value)).doesNotThrowAnyException();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments(CustomAttributeType.TEXT, 42, "must be text"),
                arguments(CustomAttributeType.TEXT, true, "must be text"),
                arguments(CustomAttributeType.NUMBER, "42", "must be a number"),
                arguments(CustomAttributeType.NUMBER, false, "must be a number"),
                arguments(CustomAttributeType.BOOLEAN, "true", "must be true or false"),
                arguments(CustomAttributeType.BOOLEAN, 1, "must be true or false"),
                arguments(CustomAttributeType.DATE, "2023-02-29", "must be a date as YYYY-MM-DD"),
                arguments(CustomAttributeType.DATE, "2024-1-05", "must be a date as YYYY-MM-DD"),
                arguments(CustomAttributeType.DATE, "05/01/2024", "must be a date as YYYY-MM-DD"),
                arguments(CustomAttributeType.DATE, "2024-05-01T10:00:00Z", "must be a date as YYYY-MM-DD"),
                arguments(CustomAttributeType.DATE, "+12024-05-01", "must be a date as YYYY-MM-DD"),
                arguments(CustomAttributeType.DATE, 20240501, "must be a date as YYYY-MM-DD"),
                arguments(CustomAttributeType.LIST, "enterprise", "must be one of free, pro"),
                arguments(CustomAttributeType.LIST, "Pro", "must be one of free, pro"),
                arguments(CustomAttributeType.LIST, 1, "must be one of free, pro"));
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("rejected")
    void rejectsAValueOfAnotherType(CustomAttributeType type, Object value, String message) {
        assertThatThrownBy(() -> definition(type).check(value))
                .isInstanceOf(InvalidValue.class)
                .hasMessage(message);
    }

    @Test
    void optionsAreAnImmutableCopy() {
        List<String> options = new ArrayList<>(PLANS);
        CustomAttributeDefinition definition =
                new CustomAttributeDefinition("plan", "Plan", CustomAttributeType.LIST, options);

        options.add("enterprise");

        assertThat(definition.options()).containsExactly("free", "pro");
        assertThatThrownBy(() -> definition.check("enterprise")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void typesHaveTheWireNamesClientsUse() {
        assertThat(CustomAttributeType.values()).extracting(CustomAttributeType::wireName)
                .containsExactly("text", "number", "boolean", "date", "list");
        assertThat(CustomAttributeType.fromWireName("date")).contains(CustomAttributeType.DATE);
        assertThat(CustomAttributeType.fromWireName("Date")).isEmpty();
    }

    private static CustomAttributeDefinition definition(CustomAttributeType type) {
        List<String> options = type == CustomAttributeType.LIST ? PLANS : List.of();
        return new CustomAttributeDefinition("attribute", "Attribute", type, options);
    }
}
