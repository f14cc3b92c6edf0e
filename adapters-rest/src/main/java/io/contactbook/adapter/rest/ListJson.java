package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.domain.list.ListChanges;

import java.util.Map;

/**
 * Reads a list body into {@link ListChanges}, keeping what a typed record would lose: whether a field was absent
 * (keep it) or null (clear it), so that a PATCH changes only the fields it names.
 */
final class ListJson {

    private ListJson() {
    }

    static ListChanges read(ObjectNode body) {
        ApiProblem.requiredBody(body);
        if (!JsonText.isStorable(body)) {
            throw ApiProblem.badRequest("text must not contain NUL characters or unpaired surrogates", Map.of());
        }
        JsonFields fields = new JsonFields(body);
        ListChanges changes = new ListChanges(fields.text("name"), fields.text("description"));
        fields.requireRightTypes();
        return changes;
    }
}
