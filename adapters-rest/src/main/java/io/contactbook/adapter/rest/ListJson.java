package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.domain.list.ListChanges;
import io.contactbook.domain.shared.Change;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a list body into {@link ListChanges}, keeping what a typed record would lose: whether a field was absent
 * (keep it) or null (clear it), so that a PATCH changes only the fields it names.
 */
final class ListJson {

    private ListJson() {
    }

    static ListChanges read(ObjectNode body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON object body is required", Map.of());
        }
        if (!JsonText.isStorable(body)) {
            throw ApiProblem.badRequest("text must not contain NUL characters or unpaired surrogates", Map.of());
        }
        Map<String, String> wrongTypes = new LinkedHashMap<>();
        ListChanges changes = new ListChanges(text(body, "name", wrongTypes), text(body, "description", wrongTypes));
        if (!wrongTypes.isEmpty()) {
            throw ApiProblem.badRequest("wrong JSON type in " + String.join(", ", wrongTypes.keySet()), wrongTypes);
        }
        return changes;
    }

    private static Change<String> text(ObjectNode body, String name, Map<String, String> wrongTypes) {
        JsonNode node = body.get(name);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!node.isTextual()) {
            wrongTypes.put(name, "must be a string");
            return Change.keep();
        }
        return Change.to(node.textValue());
    }
}
