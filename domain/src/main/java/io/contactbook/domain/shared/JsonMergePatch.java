package io.contactbook.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 7396 JSON Merge Patch over plain Java JSON values (Map, List, String, Number, Boolean, null).
 * The domain keeps JSON as plain collections so it needs no JSON library; the algorithm is the
 * RFC's own ten lines and is tested against the RFC's appendix.
 */
public final class JsonMergePatch {

    private JsonMergePatch() {
    }

    /** The target with the patch applied; neither argument is modified. */
    public static Object apply(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> patchObject)) {
            return patch;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (target instanceof Map<?, ?> targetObject) {
            targetObject.forEach((key, value) -> result.put((String) key, value));
        }
        patchObject.forEach((key, value) -> {
            if (value == null) {
                result.remove((String) key);
            } else {
                result.put((String) key, apply(result.get((String) key), value));
            }
        });
        return result;
    }

    /** {@link #apply} for the common case of an object patched by an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> applyToObject(Map<String, Object> target, Map<String, Object> patch) {
        return (Map<String, Object>) apply(target == null ? Map.of() : target, patch);
    }
}
