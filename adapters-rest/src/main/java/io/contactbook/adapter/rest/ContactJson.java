package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.domain.contact.ChannelInput;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.shared.Change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a contact body into {@link ContactChanges}, keeping what JSON says and typed records lose: whether a
 * field was absent (keep), null (clear) or given (set). It checks only JSON shape; the rules are the domain's.
 */
final class ContactJson {

    private final ObjectMapper json;
    private final ObjectNode body;
    private final Map<String, String> wrongTypes = new LinkedHashMap<>();

    private ContactJson(ObjectMapper json, ObjectNode body) {
        this.json = json;
        this.body = body;
    }

    static ContactChanges read(ObjectMapper json, ObjectNode body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON object body is required", Map.of());
        }
        return new ContactJson(json, body).changes();
    }

    private ContactChanges changes() {
        if (!JsonText.isStorable(body)) {
            throw ApiProblem.badRequest("text must not contain NUL characters or unpaired surrogates", Map.of());
        }
        ContactChanges changes = ContactChanges.builder()
                .firstName(text("first_name"))
                .lastName(text("last_name"))
                .name(text("name"))
                .email(text("email"))
                .phone(text("phone"))
                .companyName(text("company_name"))
                .avatarUrl(text("avatar_url"))
                .tags(field("tags", JsonNode::isArray, "must be an array of strings", this::strings))
                .profileNotes(text("profile_notes"))
                .interestSummary(text("interest_summary"))
                .metadata(object("metadata"))
                .customAttributes(object("custom_attributes"))
                .externalId(text("external_id"))
                .source(text("source"))
                .channels(field("channels", JsonNode::isArray, "must be an array of {type, value} objects",
                        this::channels))
                .blocked(bool("blocked"))
                .doNotDisturb(bool("do_not_disturb"))
                .botActive(bool("bot_active"))
                .build();
        if (!wrongTypes.isEmpty()) {
            throw ApiProblem.badRequest("wrong JSON type in " + String.join(", ", wrongTypes.keySet()), wrongTypes);
        }
        return changes;
    }

    private Change<String> text(String name) {
        return field(name, JsonNode::isTextual, "must be a string", JsonNode::textValue);
    }

    private Change<Boolean> bool(String name) {
        return field(name, JsonNode::isBoolean, "must be true or false", JsonNode::booleanValue);
    }

    @SuppressWarnings("unchecked")
    private Change<Map<String, Object>> object(String name) {
        return field(name, JsonNode::isObject, "must be a JSON object", node -> json.convertValue(node, Map.class));
    }

    private <T> Change<T> field(String name, java.util.function.Predicate<JsonNode> rightType, String expected,
                                Function<JsonNode, T> read) {
        JsonNode node = body.get(name);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!rightType.test(node)) {
            wrongTypes.put(name, expected);
            return Change.keep();
        }
        T value = read.apply(node);
        return value == null ? Change.keep() : Change.to(value);
    }

    private List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                wrongTypes.put("tags[" + i + "]", "must be a string");
                return null;
            }
            strings.add(element.textValue());
        }
        return strings;
    }

    private List<ChannelInput> channels(JsonNode array) {
        List<ChannelInput> channels = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            JsonNode type = element.get("type");
            JsonNode value = element.get("value");
            if (!element.isObject() || (type != null && !type.isTextual()) || (value != null && !value.isTextual())) {
                wrongTypes.put("channels[" + i + "]", "must be an object {\"type\": string, \"value\": string}");
                return null;
            }
            channels.add(new ChannelInput(type == null ? null : type.textValue(),
                    value == null ? null : value.textValue()));
        }
        return channels;
    }
}
