package io.contactbook.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Measures a plain-Java JSON value: its compact serialized size in bytes and its nesting depth. */
public final class JsonShape {

    private JsonShape() {
    }

    /**
     * {@return the depth of containers: a scalar is 0, {@code {}} is 1, {@code {"a": []}} is 2}
     *
     * @param value a plain-Java JSON value
     */
    public static int depth(Object value) {
        if (value instanceof Map<?, ?> map) {
            int deepest = 0;
            for (Object child : map.values()) {
                deepest = Math.max(deepest, depth(child));
            }
            return deepest + 1;
        }
        if (value instanceof List<?> list) {
            int deepest = 0;
            for (Object child : list) {
                deepest = Math.max(deepest, depth(child));
            }
            return deepest + 1;
        }
        return 0;
    }

    /**
     * {@return the bytes of the compact UTF-8 JSON text of the value} Escapes are counted as a JSON writer writes
     * them.
     *
     * @param value a plain-Java JSON value
     */
    public static long serializedSize(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof String text) {
            return stringSize(text);
        }
        if (value instanceof Map<?, ?> map) {
            long size = 2 + Math.max(0, map.size() - 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += stringSize(String.valueOf(entry.getKey())) + 1 + serializedSize(entry.getValue());
            }
            return size;
        }
        if (value instanceof List<?> list) {
            long size = 2 + Math.max(0, list.size() - 1);
            for (Object element : list) {
                size += serializedSize(element);
            }
            return size;
        }
        return String.valueOf(value).length();
    }

    private static long stringSize(String text) {
        long size = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                size += 1; // the escaping backslash
            } else if (c < 0x20) {
                size += 5; // \\u00XX in place of one byte
            }
        }
        return size + text.getBytes(StandardCharsets.UTF_8).length;
    }
}
