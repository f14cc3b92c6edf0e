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

    /**
     * {@return the target with the patch applied; neither argument is modified} A patch that is not an object
     * replaces the target; a null member of the patch removes that member.
     *
     * @param target the current JSON value, possibly null
     * @param patch  the merge patch
     * @throws ClassCastException if an object has a key that is not a {@code String}
     */
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

    /**
     * {@return the object with the patch applied} {@link #apply} for the common case of an object patched by an
     * object.
     *
     * @param target the current object; null is read as {@code {}}
     * @param patch  the merge patch, an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> applyToObject(Map<String, Object> target, Map<String, Object> patch) {
        return (Map<String, Object>) apply(target == null ? Map.of() : target, patch);
    }
}
