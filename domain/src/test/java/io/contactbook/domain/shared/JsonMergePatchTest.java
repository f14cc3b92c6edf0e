package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static io.contactbook.domain.shared.Json.array;
import static io.contactbook.domain.shared.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JsonMergePatchTest {

    /** Every example of RFC 7396, Appendix A, in its order: original, patch, result. */
    static Stream<Arguments> rfc7396AppendixA() {
        return Stream.of(
                arguments(object("a", "b"), object("a", "c"), object("a", "c")),
                arguments(object("a", "b"), object("b", "c"), object("a", "b", "b", "c")),
                arguments(object("a", "b"), object("a", null), object()),
                arguments(object("a", "b", "b", "c"), object("a", null), object("b", "c")),
                arguments(object("a", array("b")), object("a", "c"), object("a", "c")),
                arguments(object("a", "c"), object("a", array("b")), object("a", array("b"))),
                arguments(object("a", object("b", "c")), object("a", object("b", "d", "c", null)),
                        object("a", object("b", "d"))),
                arguments(object("a", array(object("b", "c"))), object("a", array(1)), object("a", array(1))),
                arguments(array("a", "b"), array("c", "d"), array("c", "d")),
                arguments(object("a", "b"), array("c"), array("c")),
                arguments(object("a", "foo"), null, null),
                arguments(object("a", "foo"), "bar", "bar"),
                arguments(object("e", null), object("a", 1), object("e", null, "a", 1)),
                arguments(array(1, 2), object("a", "b", "c", null), object("a", "b")),
                arguments(object(), object("a", object("bb", object("ccc", null))),
                        object("a", object("bb", object()))));
    }

    @ParameterizedTest(name = "{0} patched by {1} is {2}")
    @MethodSource("rfc7396AppendixA")
    void appliesEveryExampleOfTheRfc(Object original, Object patch, Object result) {
        assertThat(JsonMergePatch.apply(original, patch)).isEqualTo(result);
    }

    @Test
    void neitherArgumentIsModified() {
        Map<String, Object> original = object("a", "b", "nested", object("x", 1, "y", 2));
        Map<String, Object> patch = object("a", null, "nested", object("x", null, "z", 3));

        JsonMergePatch.apply(original, patch);

        assertThat(original).isEqualTo(object("a", "b", "nested", object("x", 1, "y", 2)));
        assertThat(patch).isEqualTo(object("a", null, "nested", object("x", null, "z", 3)));
    }

    @Test
    void applyToObjectTreatsAMissingTargetAsEmpty() {
        assertThat(JsonMergePatch.applyToObject(null, object("a", 1, "b", null))).isEqualTo(object("a", 1));
    }

    @Test
    void applyToObjectKeepsTheTargetsKeyOrder() {
        Map<String, Object> merged = JsonMergePatch.applyToObject(object("c", 1, "a", 2), object("b", 3, "c", 4));

        assertThat(merged.keySet()).containsExactly("c", "a", "b");
    }
}
