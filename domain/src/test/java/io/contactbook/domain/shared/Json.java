package io.contactbook.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds plain-Java JSON values for tests; unlike {@code Map.of}, members may be null, as JSON allows. */
public final class Json {

    private Json() {
    }

    /** An object from alternating keys and values: {@code object("a", 1, "b", null)} is {@code {"a":1,"b":null}}. */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    public static List<Object> array(Object... elements) {
        return new ArrayList<>(Arrays.asList(elements));
    }
}
