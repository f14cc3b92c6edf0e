package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.domain.contact.ChannelInput;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.shared.Change;

import java.util.ArrayList;
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
    private final JsonFields fields;

    private ContactJson(ObjectMapper json, ObjectNode body) {
        this.json = json;
        this.body = body;
        this.fields = new JsonFields(body);
    }

    static ContactChanges read(ObjectMapper json, ObjectNode body) {
        ApiProblem.requiredBody(body);
        return new ContactJson(json, body).changes();
    }

    private ContactChanges changes() {
        if (!JsonText.isStorable(body)) {
            throw ApiProblem.badRequest("text must not contain NUL characters or unpaired surrogates", Map.of());
        }
        ContactChanges changes = ContactChanges.builder()
                .firstName(fields.text("first_name"))
                .lastName(fields.text("last_name"))
                .name(fields.text("name"))
                .email(fields.text("email"))
                .phone(fields.text("phone"))
                .companyName(fields.text("company_name"))
                .avatarUrl(fields.text("avatar_url"))
                .tags(fields.field("tags", JsonNode::isArray, "must be an array of strings", this::strings))
                .profileNotes(fields.text("profile_notes"))
                .interestSummary(fields.text("interest_summary"))
                .metadata(object("metadata"))
                .customAttributes(object("custom_attributes"))
                .externalId(fields.text("external_id"))
                .source(fields.text("source"))
                .channels(fields.field("channels", JsonNode::isArray, "must be an array of {type, value} objects",
                        this::channels))
                .blocked(fields.bool("blocked"))
                .doNotDisturb(fields.bool("do_not_disturb"))
                .botActive(fields.bool("bot_active"))
                .build();
        fields.requireRightTypes();
        return changes;
    }

    @SuppressWarnings("unchecked")
    private Change<Map<String, Object>> object(String name) {
        return fields.field(name, JsonNode::isObject, "must be a JSON object", node -> json.convertValue(node, Map.class));
    }

    private List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                fields.wrongType("tags[" + i + "]", "must be a string");
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
                fields.wrongType("channels[" + i + "]", "must be an object {\"type\": string, \"value\": string}");
                return null;
            }
            channels.add(new ChannelInput(type == null ? null : type.textValue(),
                    value == null ? null : value.textValue()));
        }
        return channels;
    }
}
