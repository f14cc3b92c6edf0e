package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static io.contactbook.domain.shared.Json.array;
import static io.contactbook.domain.shared.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JsonShapeTest {

    static Stream<Arguments> depths() {
        return Stream.of(
                arguments("a scalar", "text", 0),
                arguments("null", null, 0),
                arguments("an empty object", object(), 1),
                arguments("an empty array", array(), 1),
                arguments("an object holding an array", object("a", array()), 2),
                arguments("the deepest branch", object("flat", 1, "deep", object("b", array(object()))), 4));
    }

    @ParameterizedTest(name = "{0} is {2} deep")
    @MethodSource("depths")
    void depthCountsNestedContainers(String description, Object value, int depth) {
        assertThat(JsonShape.depth(value)).isEqualTo(depth);
    }

    static Stream<Arguments> serializations() {
        return Stream.of(
                arguments(null, "null"),
                arguments(true, "true"),
                arguments(42, "42"),
                arguments(-1.5, "-1.5"),
                arguments("", "\"\""),
                arguments("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
                arguments("café 😀", "\"café 😀\""),
                arguments(object(), "{}"),
                arguments(array(), "[]"),
                arguments(array(1, "a", null), "[1,\"a\",null]"),
                arguments(object("a", array(1, 2), "b", null, "c", true), "{\"a\":[1,2],\"b\":null,\"c\":true}"),
                arguments(object("ключ", object("x", "y")), "{\"ключ\":{\"x\":\"y\"}}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("serializations")
    void serializedSizeIsTheUtf8LengthOfTheCompactJson(Object value, String json) {
        assertThat(JsonShape.serializedSize(value)).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aControlCharacterCountsAsAUnicodeEscape() {
        assertThat(JsonShape.serializedSize("\u0001")).isEqualTo("\"\\u0001\"".length());
    }
}
