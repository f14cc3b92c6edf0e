package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.domain.shared.Change;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fields of a JSON object body read as changes, keeping what typed records lose: absent (keep), null (clear)
 * or given (set). A field of the wrong JSON type reads as keep and is noted; {@link #requireRightTypes} then
 * answers 400 naming every one. Only JSON shape is checked here; the rules are the domain's.
 */
final class JsonFields {

    private final ObjectNode body;
    private final Map<String, String> wrongTypes = new LinkedHashMap<>();

    JsonFields(ObjectNode body) {
        this.body = body;
    }

    Change<String> text(String name) {
        return field(name, JsonNode::isTextual, "must be a string", JsonNode::textValue);
    }

    Change<Boolean> bool(String name) {
        return field(name, JsonNode::isBoolean, "must be true or false", JsonNode::booleanValue);
    }

    /** {@code read} may note a wrong type inside the value (an array element) and answer null: the field keeps. */
    <T> Change<T> field(String name, Predicate<JsonNode> rightType, String expected, Function<JsonNode, T> read) {
        JsonNode node = body.get(name);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!rightType.test(node)) {
            wrongType(name, expected);
            return Change.keep();
        }
        T value = read.apply(node);
        return value == null ? Change.keep() : Change.to(value);
    }

    void wrongType(String path, String expected) {
        wrongTypes.put(path, expected);
    }

    void requireRightTypes() {
        if (!wrongTypes.isEmpty()) {
            throw ApiProblem.badRequest("wrong JSON type in " + String.join(", ", wrongTypes.keySet()), wrongTypes);
        }
    }
}
