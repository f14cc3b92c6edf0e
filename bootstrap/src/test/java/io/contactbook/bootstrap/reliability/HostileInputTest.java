package io.contactbook.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input (SPEC §1, §3, §5): a table of requests that a careless or malicious client could send. Each must
 * answer its own 4xx with the error envelope, never a 500, and change nothing; text that is odd but valid
 * (right-to-left, combining marks, injection strings) must be accepted and come back exactly as sent.
 */
@QuarkusTest
class HostileInputTest {

    static final Set<String> SPEC_CODES = Set.of("bad_request", "validation_error", "unauthorized", "forbidden",
            "not_found", "method_not_allowed", "duplicate_contact", "conflict", "precondition_failed",
            "payload_too_large", "unsupported_media_type", "idempotency_key_reused", "rate_limited", "internal_error");

    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> INJECTIONS = List.of("'; DROP TABLE contacts; --", "\" OR 1=1 --", "{\"$ne\": null}",
            "%", "_", "\\", "\"},\"blocked\":true,\"x\":\"", "1' OR '1'='1", "$where: 1", "${jndi:ldap://x/a}");

    static final List<String> ODD_TEXT = List.of("שלום עולם", "مرحبا بالعالم", "\u202Egnp.exe", "e\u0301\u0308",
            "Z\u0351\u0352\u0353a\u0300\u0301\u0302", "👩\u200D👩\u200D👧\u200D👦", "a\u200Bb", "tab\there", "日本語テキスト",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");

    // ---------------------------------------------------------------------------------------------------------
    // The table

    /** One hostile request: {c} is a contact, {l} a list, {n} a note, {k} an API key, {cursor} a real cursor. */
    record Case(String name, String method, String path, String contentType, byte[] body, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case json(String name, String method, String path, String body, int status, String code) {
        return new Case(name, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), status, code);
    }

    static Case raw(String name, String method, String path, String contentType, byte[] body, int status, String code) {
        return new Case(name, method, path, contentType, body, status, code);
    }

    static Case get(String name, String path, int status, String code) {
        return new Case(name, "GET", path, null, null, status, code);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static final List<String> CONTACT_TEXT_FIELDS = List.of("first_name", "last_name", "name", "email", "phone",
            "company_name", "avatar_url", "profile_notes", "interest_summary", "external_id", "source");

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String c = "/api/v1/contacts";

        // Wrong JSON types, every contact field, on create; and once per field on PATCH and PUT.
        for (String field : CONTACT_TEXT_FIELDS) {
            for (String wrong : List.of("123", "true", "{}", "[]", "[\"a\"]", "1.5e300")) {
                cases.add(json("create " + field + "=" + wrong, "POST", c,
                        "{\"first_name\":\"Ok\",\"" + field + "\":" + wrong + "}",
                        400, "bad_request"));
            }
            cases.add(json("patch " + field + "=42", "PATCH", c + "/{c}", "{\"" + field + "\":42}", 400, "bad_request"));
            cases.add(json("put " + field + "=false", "PUT", c + "/{c}", "{\"" + field + "\":false}", 400, "bad_request"));
        }
        for (String field : List.of("blocked", "do_not_disturb", "bot_active")) {
            for (String wrong : List.of("\"true\"", "1", "0", "\"yes\"", "[]", "{}")) {
                cases.add(json("create " + field + "=" + wrong, "POST", c, "{\"name\":\"Ok\",\"" + field + "\":" + wrong + "}",
                        400, "bad_request"));
            }
        }
        for (String wrong : List.of("\"vip\"", "[1]", "{}", "[[\"a\"]]", "[true]", "[{\"a\":1}]")) {
            cases.add(json("create tags=" + wrong, "POST", c, "{\"name\":\"Ok\",\"tags\":" + wrong + "}", 400, "bad_request"));
        }
        for (String wrong : List.of("\"x\"", "[1]", "5", "true")) {
            cases.add(json("create metadata=" + wrong, "POST", c, "{\"name\":\"Ok\",\"metadata\":" + wrong + "}",
                    400, "bad_request"));
            cases.add(json("create custom_attributes=" + wrong, "POST", c,
                    "{\"name\":\"Ok\",\"custom_attributes\":" + wrong + "}", 400, "bad_request"));
        }
        for (String wrong : List.of("\"x\"", "{}", "[1]", "[{\"type\":1,\"value\":\"x\"}]", "[{\"type\":\"email\",\"value\":7}]")) {
            cases.add(json("create channels=" + wrong, "POST", c, "{\"name\":\"Ok\",\"channels\":" + wrong + "}",
                    400, "bad_request"));
        }

        // Every limit + 1.
        cases.add(json("first_name 101", "POST", c, "{\"first_name\":\"" + "a".repeat(101) + "\"}", 400, "validation_error"));
        cases.add(json("last_name 101", "POST", c, "{\"name\":\"A\",\"last_name\":\"" + "b".repeat(101) + "\"}", 400, "validation_error"));
        cases.add(json("company_name 201", "POST", c, "{\"name\":\"A\",\"company_name\":\"" + "c".repeat(201) + "\"}", 400, "validation_error"));
        cases.add(json("email 255", "POST", c, "{\"email\":\"" + "a".repeat(64) + "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(62) + "\"}", 400, "validation_error"));
        cases.add(json("phone 51", "POST", c, "{\"phone\":\"+1" + " ".repeat(39) + "5550123456\"}", 400, "validation_error"));
        cases.add(json("avatar_url 2049", "POST", c, "{\"name\":\"A\",\"avatar_url\":\"https://example.com/" + "p".repeat(2029) + "\"}", 400, "validation_error"));
        cases.add(json("profile_notes 5001", "POST", c, "{\"name\":\"A\",\"profile_notes\":\"" + "n".repeat(5001) + "\"}", 400, "validation_error"));
        cases.add(json("interest_summary 1001", "POST", c, "{\"name\":\"A\",\"interest_summary\":\"" + "i".repeat(1001) + "\"}", 400, "validation_error"));
        cases.add(json("external_id 256", "POST", c, "{\"external_id\":\"" + "x".repeat(256) + "\"}", 400, "validation_error"));
        cases.add(json("source 101", "POST", c, "{\"name\":\"A\",\"source\":\"" + "s".repeat(101) + "\"}", 400, "validation_error"));
        cases.add(json("51 tags", "POST", c, "{\"name\":\"A\",\"tags\":" + jsonArray(51, i -> "t" + i) + "}", 400, "validation_error"));
        cases.add(json("tag of 51", "POST", c, "{\"name\":\"A\",\"tags\":[\"" + "t".repeat(51) + "\"]}", 400, "validation_error"));
        cases.add(json("metadata over 16 KiB", "POST", c, "{\"name\":\"A\",\"metadata\":{\"a\":\"" + "m".repeat(16 * 1024) + "\"}}", 400, "validation_error"));
        cases.add(json("metadata nesting 11", "POST", c, "{\"name\":\"A\",\"metadata\":" + nested(11) + "}", 400, "validation_error"));
        cases.add(json("patch first_name 101", "PATCH", c + "/{c}", "{\"first_name\":\"" + "a".repeat(101) + "\"}", 400, "validation_error"));
        cases.add(json("patch metadata nesting 11", "PATCH", c + "/{c}", "{\"metadata\":" + nested(11) + "}", 400, "validation_error"));
        cases.add(json("note 10001", "POST", c + "/{c}/notes", "{\"content\":\"" + "n".repeat(10001) + "\"}", 400, "validation_error"));
        cases.add(json("note empty", "POST", c + "/{c}/notes", "{\"content\":\"\"}", 400, "validation_error"));
        cases.add(json("list add 1001 ids", "POST", "/api/v1/lists/{l}/contacts",
                "{\"contact_ids\":" + jsonArray(1001, i -> "0190f0a0-0000-7000-8000-" + String.format("%012d", i)) + "}", 400, "validation_error"));
        cases.add(json("contact tags put 51", "PUT", c + "/{c}/tags", "{\"tags\":" + jsonArray(51, i -> "t" + i) + "}", 400, "validation_error"));
        cases.add(json("conversation summary 5001", "POST", c + "/{c}/conversations",
                "{\"id\":\"conv-1\",\"started_at\":\"2026-03-18T09:15:00.000Z\",\"summary\":\"" + "s".repeat(5001) + "\"}", 400, "validation_error"));
        cases.add(json("conversation id 256", "POST", c + "/{c}/conversations",
                "{\"id\":\"" + "i".repeat(256) + "\",\"started_at\":\"2026-03-18T09:15:00.000Z\"}", 400, "validation_error"));
        cases.add(json("api key name 101", "POST", "/api/v1/api-keys",
                "{\"name\":\"" + "k".repeat(101) + "\",\"principal\":\"agent:1\",\"scopes\":[\"contacts:read\"]}", 400, "validation_error"));

        // Size and depth.
        cases.add(json("2 MiB body", "POST", c, "{\"name\":\"A\",\"profile_notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", 413, "payload_too_large"));
        cases.add(json("metadata nesting 1000", "POST", c, "{\"name\":\"A\",\"metadata\":" + nested(1000) + "}", 400, "bad_request"));
        cases.add(json("raw array nesting 1000", "POST", c, "[".repeat(1000) + "]".repeat(1000), 400, "bad_request"));
        cases.add(json("patch metadata nesting 1000", "PATCH", c + "/{c}", "{\"metadata\":" + nested(1000) + "}", 400, "bad_request"));

        // NUL bytes, lone surrogates, invalid UTF-8.
        cases.add(json("escaped NUL in first_name", "POST", c, "{\"first_name\":\"a\\u0000b\"}", 400, "bad_request"));
        cases.add(json("escaped NUL in patch", "PATCH", c + "/{c}", "{\"company_name\":\"a\\u0000\"}", 400, "bad_request"));
        cases.add(json("escaped NUL in metadata value", "POST", c, "{\"name\":\"A\",\"metadata\":{\"k\":\"\\u0000\"}}", 400, "bad_request"));
        cases.add(json("escaped NUL in metadata key", "POST", c, "{\"name\":\"A\",\"metadata\":{\"k\\u0000\":1}}", 400, "bad_request"));
        cases.add(json("escaped NUL in tag", "POST", c, "{\"name\":\"A\",\"tags\":[\"a\\u0000\"]}", 400, "bad_request"));
        cases.add(json("escaped NUL in note", "POST", c + "/{c}/notes", "{\"content\":\"x\\u0000y\"}", 400, "bad_request"));
        cases.add(json("escaped NUL in list name", "POST", "/api/v1/lists", "{\"name\":\"x\\u0000y\"}", 400, "bad_request"));
        cases.add(json("escaped NUL in identify", "POST", c + "/identify", "{\"external_id\":\"x\\u0000\"}", 400, "bad_request"));
        cases.add(json("escaped NUL in quick", "POST", c + "/quick", "{\"first_name\":\"\\u0000\"}", 400, "bad_request"));
        cases.add(json("lone high surrogate", "POST", c, "{\"first_name\":\"a\\ud800\"}", 400, "bad_request"));
        cases.add(json("lone low surrogate", "POST", c, "{\"first_name\":\"\\udc00a\"}", 400, "bad_request"));
        cases.add(raw("raw NUL in string", "POST", c, "application/json", bytes("{\"first_name\":\"a", 0, "b\"}"), 400, "bad_request"));
        cases.add(raw("raw NUL between tokens", "POST", c, "application/json", bytes("{\"first_name\":\"a\"", 0, "}"), 400, "bad_request"));
        cases.add(raw("invalid UTF-8 C3 28", "POST", c, "application/json", bytes("{\"first_name\":\"a", 0xC3, 0x28, "\"}"), 400, "bad_request"));
        cases.add(raw("invalid UTF-8 FF", "POST", c, "application/json", bytes("{\"first_name\":\"", 0xFF, 0xFE, "\"}"), 400, "bad_request"));
        cases.add(raw("overlong UTF-8 slash", "POST", c, "application/json", bytes("{\"first_name\":\"", 0xC0, 0xAF, "\"}"), 400, "bad_request"));
        cases.add(raw("truncated UTF-8", "PATCH", c + "/{c}", "application/json", bytes("{\"first_name\":\"", 0xE2, 0x82, "\"}"), 400, "bad_request"));
        cases.add(raw("invalid UTF-8 in note", "POST", c + "/{c}/notes", "application/json", bytes("{\"content\":\"", 0xED, 0xA0, 0x80, "\"}"), 400, "bad_request"));

        // Malformed JSON shapes.
        cases.add(json("duplicate key", "POST", c, "{\"first_name\":\"a\",\"first_name\":\"b\"}", 400, "bad_request"));
        cases.add(json("duplicate key in metadata", "POST", c, "{\"name\":\"a\",\"metadata\":{\"k\":1,\"k\":2}}", 400, "bad_request"));
        cases.add(json("duplicate key on patch", "PATCH", c + "/{c}", "{\"source\":\"a\",\"source\":\"b\"}", 400, "bad_request"));
        cases.add(json("trailing garbage", "POST", c, "{\"name\":\"a\"} x", 400, "bad_request"));
        cases.add(json("trailing object", "POST", c, "{\"name\":\"a\"}{}", 400, "bad_request"));
        cases.add(json("trailing comma", "POST", c, "{\"name\":\"a\",}", 400, "bad_request"));
        cases.add(json("single quotes", "POST", c, "{'name':'a'}", 400, "bad_request"));
        cases.add(json("comment", "POST", c, "{/*x*/\"name\":\"a\"}", 400, "bad_request"));
        cases.add(json("unterminated", "POST", c, "{\"name\":\"a", 400, "bad_request"));
        cases.add(json("NaN", "POST", c, "{\"name\":\"a\",\"metadata\":{\"n\":NaN}}", 400, "bad_request"));
        cases.add(json("empty body create", "POST", c, "", 400, "bad_request"));
        cases.add(json("empty body patch", "PATCH", c + "/{c}", "", 400, "bad_request"));
        cases.add(json("empty body note", "POST", c + "/{c}/notes", "", 400, "bad_request"));
        cases.add(json("empty body list", "POST", "/api/v1/lists", "", 400, "bad_request"));
        for (String notAnObject : List.of("[]", "[{\"name\":\"a\"}]", "\"a\"", "42", "true", "null")) {
            cases.add(json("create body " + notAnObject, "POST", c, notAnObject, 400, "bad_request"));
        }
        for (String notAnObject : List.of("[]", "\"a\"", "null")) {
            cases.add(json("patch body " + notAnObject, "PATCH", c + "/{c}", notAnObject, 400, "bad_request"));
            cases.add(json("identify body " + notAnObject, "POST", c + "/identify", notAnObject, 400, "bad_request"));
            cases.add(json("quick body " + notAnObject, "POST", c + "/quick", notAnObject, 400, "bad_request"));
            cases.add(json("note body " + notAnObject, "POST", c + "/{c}/notes", notAnObject, 400, "bad_request"));
            cases.add(json("list body " + notAnObject, "POST", "/api/v1/lists", notAnObject, 400, "bad_request"));
            cases.add(json("settings body " + notAnObject, "PATCH", "/api/v1/settings", notAnObject, 400, "bad_request"));
            cases.add(json("tags body " + notAnObject, "POST", c + "/{c}/tags", notAnObject, 400, "bad_request"));
        }

        // Wrong types on the other endpoints.
        cases.add(json("note content 123", "POST", c + "/{c}/notes", "{\"content\":123}", 400, "bad_request"));
        cases.add(json("note content null", "POST", c + "/{c}/notes", "{\"content\":null}", 400, "validation_error"));
        cases.add(json("list name 1", "POST", "/api/v1/lists", "{\"name\":1}", 400, "bad_request"));
        cases.add(json("list contact_ids string", "POST", "/api/v1/lists/{l}/contacts", "{\"contact_ids\":\"{c}\"}", 400, "bad_request"));
        cases.add(json("list contact_ids numbers", "POST", "/api/v1/lists/{l}/contacts", "{\"contact_ids\":[1,2]}", 400, "bad_request"));
        cases.add(json("membership ids numbers", "POST", c + "/lists", "{\"contact_id\":1,\"list_id\":2}", 400, "bad_request"));
        cases.add(json("tags strings", "POST", c + "/{c}/tags", "{\"tags\":\"vip\"}", 400, "bad_request"));
        cases.add(json("block string", "PUT", c + "/{c}/block", "{\"blocked\":\"true\"}", 400, "bad_request"));
        cases.add(json("conversation count string", "POST", c + "/{c}/conversations",
                "{\"id\":\"conv-1\",\"started_at\":\"2026-03-18T09:15:00.000Z\",\"message_count\":\"3\"}", 400, "bad_request"));
        cases.add(json("conversation count huge", "POST", c + "/{c}/conversations",
                "{\"id\":\"conv-1\",\"started_at\":\"2026-03-18T09:15:00.000Z\",\"message_count\":99999999999999999999}", 400, "bad_request"));
        cases.add(json("conversation started_at garbage", "POST", c + "/{c}/conversations",
                "{\"id\":\"conv-1\",\"started_at\":\"'; DROP TABLE contacts; --\"}", 400, "validation_error"));
        cases.add(json("settings strict string", "PATCH", "/api/v1/settings", "{\"strict_custom_attributes\":\"true\"}", 400, "bad_request"));
        cases.add(json("settings region number", "PATCH", "/api/v1/settings", "{\"default_phone_region\":44}", 400, "bad_request"));
        cases.add(json("settings region injection", "PATCH", "/api/v1/settings", "{\"default_phone_region\":\"'; DROP TABLE contacts; --\"}", 400, "validation_error"));
        cases.add(json("custom attribute type wrong", "POST", "/api/v1/custom-attributes", "{\"key\":\"plan\",\"label\":\"Plan\",\"type\":7}", 400, "bad_request"));
        cases.add(json("custom attribute options string", "POST", "/api/v1/custom-attributes", "{\"key\":\"plan\",\"label\":\"Plan\",\"type\":\"list\",\"options\":\"a\"}", 400, "bad_request"));
        cases.add(json("custom attribute unknown type", "POST", "/api/v1/custom-attributes", "{\"key\":\"plan\",\"label\":\"Plan\",\"type\":\"'; DROP TABLE contacts; --\"}", 400, "validation_error"));
        cases.add(json("api key scopes string", "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"principal\":\"agent:1\",\"scopes\":\"contacts:read\"}", 400, "bad_request"));
        cases.add(json("api key unknown scope", "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"principal\":\"agent:1\",\"scopes\":[\"{\\\"$ne\\\": null}\"]}", 400, "validation_error"));
        cases.add(json("api key rate limit string", "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"principal\":\"agent:1\",\"scopes\":[\"contacts:read\"],\"rate_limit_per_minute\":\"5\"}", 400, "bad_request"));
        cases.add(json("api key rate limit huge", "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"principal\":\"agent:1\",\"scopes\":[\"contacts:read\"],\"rate_limit_per_minute\":99999999999999999999}", 400, "bad_request"));
        cases.add(json("workspace name number", "POST", "/api/v1/workspaces", "{\"name\":5}", 400, "bad_request"));
        cases.add(json("workspace body array", "POST", "/api/v1/workspaces", "[]", 400, "bad_request"));
        cases.add(json("email injection", "POST", c, "{\"email\":\"'; DROP TABLE contacts; --\"}", 400, "validation_error"));
        cases.add(json("email json injection", "POST", c, "{\"email\":\"{\\\"$ne\\\": null}\"}", 400, "validation_error"));
        cases.add(json("phone injection", "POST", c, "{\"phone\":\"\\\" OR 1=1 --\"}", 400, "validation_error"));
        cases.add(json("avatar javascript", "POST", c, "{\"name\":\"A\",\"avatar_url\":\"javascript:alert(1)\"}", 400, "validation_error"));
        cases.add(json("metadata object as email", "POST", c, "{\"email\":{\"$ne\":null}}", 400, "bad_request"));

        // Wrong content types.
        for (String[] type : new String[][] {{"text/plain", "{\"name\":\"a\"}"}, {"application/x-www-form-urlencoded", "name=a"},
                {"application/xml", "<contact><name>a</name></contact>"}, {"multipart/form-data; boundary=x", "--x--"}}) {
            cases.add(raw("create as " + type[0], "POST", c, type[0], type[1].getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
            cases.add(raw("patch as " + type[0], "PATCH", c + "/{c}", type[0], type[1].getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        }
        cases.add(raw("note as text/plain", "POST", c + "/{c}/notes", "text/plain", "{\"content\":\"a\"}".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        cases.add(raw("list as xml", "POST", "/api/v1/lists", "application/xml", "<l/>".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        cases.add(raw("create without content type", "POST", c, null, "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        cases.add(raw("patch without content type", "PATCH", c + "/{c}", null, "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));

        // Malformed ids in every path.
        List<String> badIds = List.of("not-a-uuid", "123", "00000000-0000-0000-0000-000000000000", q("'; DROP TABLE contacts; --"),
                "0190f0a0-0000-7000-8000-0000000000000", q("{\"$ne\": null}"), "%25", "%5C");
        for (String id : badIds) {
            cases.add(get("get contact " + id, c + "/" + id, 404, "not_found"));
            cases.add(json("patch contact " + id, "PATCH", c + "/" + id, "{\"source\":\"x\"}", 404, "not_found"));
            cases.add(json("put contact " + id, "PUT", c + "/" + id, "{\"source\":\"x\"}", 404, "not_found"));
            cases.add(new Case("delete contact " + id, "DELETE", c + "/" + id, null, null, 404, "not_found"));
            cases.add(json("note on contact " + id, "POST", c + "/" + id + "/notes", "{\"content\":\"x\"}", 404, "not_found"));
            cases.add(get("notes of contact " + id, c + "/" + id + "/notes", 404, "not_found"));
            cases.add(new Case("delete note " + id, "DELETE", c + "/{c}/notes/" + id, null, null, 404, "not_found"));
            cases.add(json("tags of contact " + id, "POST", c + "/" + id + "/tags", "{\"tags\":[\"a\"]}", 404, "not_found"));
            cases.add(json("block contact " + id, "PUT", c + "/" + id + "/block", "{\"blocked\":true}", 404, "not_found"));
            cases.add(get("conversations of " + id, c + "/" + id + "/conversations", 404, "not_found"));
            cases.add(get("get list " + id, "/api/v1/lists/" + id, 404, "not_found"));
            cases.add(json("patch list " + id, "PATCH", "/api/v1/lists/" + id, "{\"name\":\"x\"}", 404, "not_found"));
            cases.add(new Case("delete list " + id, "DELETE", "/api/v1/lists/" + id, null, null, 404, "not_found"));
            cases.add(json("add to list " + id, "POST", "/api/v1/lists/" + id + "/contacts", "{\"contact_ids\":[\"{c}\"]}", 404, "not_found"));
            cases.add(new Case("revoke key " + id, "DELETE", "/api/v1/api-keys/" + id, null, null, 404, "not_found"));
        }
        cases.add(json("membership unknown ids", "POST", c + "/lists", "{\"contact_id\":\"'; DROP TABLE contacts; --\",\"list_id\":\"{l}\"}", 404, "not_found"));
        cases.add(new Case("delete unknown custom attribute", "DELETE", "/api/v1/custom-attributes/" + q("'; DROP TABLE contacts; --"), null, null, 404, "not_found"));
        cases.add(new Case("edit note", "PATCH", c + "/{c}/notes/{n}", "application/json", "{\"content\":\"x\"}".getBytes(StandardCharsets.UTF_8), 405, "method_not_allowed"));
        cases.add(new Case("unknown route", "GET", "/api/v1/" + q("'; DROP TABLE contacts; --"), null, null, 404, "not_found"));

        // Limits, offsets and cursors.
        for (String limit : List.of("-1", "0", "101", "99999999999999999999", "abc", "1.5", q("1; DROP TABLE contacts"))) {
            cases.add(get("list limit=" + limit, c + "?limit=" + limit, 400, "bad_request"));
            cases.add(get("lists limit=" + limit, "/api/v1/lists?limit=" + limit, 400, "bad_request"));
            cases.add(get("notes limit=" + limit, c + "/{c}/notes?limit=" + limit, 400, "bad_request"));
            cases.add(get("conversations limit=" + limit, c + "/{c}/conversations?limit=" + limit, 400, "bad_request"));
        }
        for (String limit : List.of("-1", "0", "21", "99999999999999999999", "x")) {
            cases.add(get("search limit=" + limit, c + "/search?q=a&limit=" + limit, 400, "bad_request"));
        }
        for (String offset : List.of("-1", "99999999999999999999", "x", q("0 OR 1=1"))) {
            cases.add(get("list offset=" + offset, c + "?offset=" + offset, 400, "bad_request"));
            cases.add(get("notes offset=" + offset, c + "/{c}/notes?offset=" + offset, 400, "bad_request"));
            cases.add(get("list members offset=" + offset, "/api/v1/lists/{l}/contacts?offset=" + offset, 400, "bad_request"));
        }
        for (String cursor : List.of("garbage", "%25", q("'; DROP TABLE contacts; --"), q("{\"$ne\": null}"), "AAAA", "{tampered}", "{truncated}")) {
            cases.add(get("list cursor " + cursor, c + "?limit=1&cursor=" + cursor, 400, "bad_request"));
            cases.add(get("notes cursor " + cursor, c + "/{c}/notes?cursor=" + cursor, 400, "bad_request"));
        }
        cases.add(get("cursor with another sort", c + "?limit=1&sort=name:asc&cursor={cursor}", 400, "bad_request"));
        cases.add(get("cursor with another filter", c + "?limit=1&source=x&cursor={cursor}", 400, "bad_request"));
        cases.add(get("cursor and offset", c + "?limit=1&offset=1&cursor={cursor}", 400, "bad_request"));
        for (String sort : List.of("bogus", "name:sideways", q("name; DROP TABLE contacts"), q("created_at:desc, (select 1)"), "id")) {
            cases.add(get("sort=" + sort, c + "?sort=" + sort, 400, "bad_request"));
        }
        cases.add(get("blocked=maybe", c + "?blocked=maybe", 400, "bad_request"));
        cases.add(get("created_after garbage", c + "?created_after=" + q("' OR 1=1 --"), 400, "bad_request"));
        cases.add(get("created_before garbage", c + "?created_before=yesterday", 400, "bad_request"));
        cases.add(get("lookup without parameter", c + "/lookup", 400, "bad_request"));
        for (String injection : INJECTIONS) {
            cases.add(get("lookup email " + injection, c + "/lookup?email=" + q(injection), 404, "not_found"));
            cases.add(get("lookup external_id " + injection, c + "/lookup?external_id=" + q(injection), 404, "not_found"));
        }
        return cases;
    }

    static Stream<Arguments> hostileRequests() {
        return cases().stream().map(Arguments::of);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The tests

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void eachHostileRequestIsRefusedWithItsOwnStatusAndTheEnvelope(Case hostile) {
        Fixture fixture = Fixture.shared();
        Http.Answer answer = Http.send(fixture, hostile);
        assertRefused(hostile, answer);
    }

    @Test
    void theWholeBatteryLeavesTheWorkspaceAsItWas() {
        Fixture fixture = Fixture.create();
        String before = fixture.snapshot();
        List<Case> battery = cases();
        assertThat(battery).hasSizeGreaterThan(100);
        for (Case hostile : battery) {
            assertRefused(hostile, Http.send(fixture, hostile));
        }
        assertThat(fixture.snapshot()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOfTwoMebibytesIsRefusedAndWritesNothing() throws Exception {
        Fixture fixture = Fixture.create();
        String before = fixture.snapshot();
        byte[] body = ("{\"name\":\"Chunked\",\"profile_notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        // An input stream has no known length: the client sends the body chunked, without Content-Length.
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/contacts"))
                .header("Authorization", "Bearer " + fixture.workspace().key())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Case chunked = new Case("chunked 2 MiB", "POST", "/api/v1/contacts", "application/json", null, 413, "payload_too_large");
        assertRefused(chunked, new Http.Answer(response.statusCode(), response.body()));
        assertThat(fixture.snapshot()).isEqualTo(before);

        // A chunked body within the limit is still read whole.
        byte[] small = ("{\"name\":\"Chunked Small\",\"profile_notes\":\"" + "y".repeat(5000)
                + "\",\"ignored_padding\":\"" + "z".repeat(300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = Http.CLIENT.send(HttpRequest.newBuilder(request.uri())
                        .header("Authorization", "Bearer " + fixture.workspace().key())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(JSON.readTree(accepted.body()).path("data").path("profile_notes").asText()).isEqualTo("y".repeat(5000));
    }

    static void assertRefused(Case hostile, Http.Answer answer) {
        assertThat(answer.status()).as("%s answered %s", hostile.name(), answer.text()).isEqualTo(hostile.status());
        JsonNode body = answer.json();
        assertThat(body.path("success").isBoolean() && !body.path("success").booleanValue())
                .as("%s: success=false in %s", hostile.name(), answer.text()).isTrue();
        assertThat(body.path("error").path("code").asText()).as(hostile.name()).isIn(SPEC_CODES).isEqualTo(hostile.code());
        assertThat(body.path("error").path("message").asText()).as(hostile.name()).isNotBlank();
    }

    static Stream<Arguments> oddButValidText() {
        List<Arguments> arguments = new ArrayList<>();
        List<String> texts = new ArrayList<>(ODD_TEXT);
        texts.addAll(INJECTIONS);
        for (String text : texts) {
            for (String field : List.of("first_name", "last_name", "company_name", "profile_notes", "interest_summary",
                    "external_id", "source")) {
                arguments.add(Arguments.of(field, text));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("oddButValidText")
    void oddButValidTextIsAcceptedAndComesBackExactly(String field, String text) {
        TestWorkspace workspace = TestWorkspace.create();
        ObjectNode body = JSON.createObjectNode().put("external_id".equals(field) ? "first_name" : "email",
                "external_id".equals(field) ? "Odd" : "odd@example.com").put(field, text);
        Http.Answer created = Http.send(workspace.key(), "POST", "/api/v1/contacts", "application/json", Http.bytes(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("data").path(field).textValue()).isEqualTo(text);
        assertThat(created.json().path("data").path("blocked").booleanValue()).isFalse();
        String id = created.json().path("data").path("id").asText();

        Http.Answer read = Http.send(workspace.key(), "GET", "/api/v1/contacts/" + id, null, null);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.json().path("data").path(field).textValue()).isEqualTo(text);

        ObjectNode patch = JSON.createObjectNode().put(field, text + "·" + text);
        Http.Answer patched = Http.send(workspace.key(), "PATCH", "/api/v1/contacts/" + id, "application/json", Http.bytes(patch));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.json().path("data").path(field).textValue()).isEqualTo(text + "·" + text);
    }

    @Test
    void oddTextRoundTripsThroughNotesListsAndConversations() {
        TestWorkspace workspace = TestWorkspace.create();
        String contact = Http.send(workspace.key(), "POST", "/api/v1/contacts", "application/json",
                Http.bytes(JSON.createObjectNode().put("name", "Notes Holder"))).json().path("data").path("id").asText();
        List<String> texts = new ArrayList<>(ODD_TEXT);
        texts.addAll(INJECTIONS);
        for (String text : texts) {
            Http.Answer note = Http.send(workspace.key(), "POST", "/api/v1/contacts/" + contact + "/notes", "application/json",
                    Http.bytes(JSON.createObjectNode().put("content", text)));
            assertThat(note.status()).as(note.text()).isEqualTo(201);
            assertThat(note.json().path("data").path("content").textValue()).isEqualTo(text);

            Http.Answer list = Http.send(workspace.key(), "POST", "/api/v1/lists", "application/json",
                    Http.bytes(JSON.createObjectNode().put("name", "list " + text)));
            assertThat(list.status()).as(list.text()).isEqualTo(201);
            Http.Answer readList = Http.send(workspace.key(), "GET", "/api/v1/lists/" + list.json().path("data").path("id").asText(), null, null);
            assertThat(readList.json().path("data").path("name").textValue()).isEqualTo("list " + text);

            Http.Answer conversation = Http.send(workspace.key(), "POST", "/api/v1/contacts/" + contact + "/conversations",
                    "application/json", Http.bytes(JSON.createObjectNode().put("id", "conv " + text)
                            .put("started_at", "2026-03-18T09:15:00.000Z").put("summary", text)));
            assertThat(conversation.status()).as(conversation.text()).isEqualTo(201);
            assertThat(conversation.json().path("data").path("summary").textValue()).isEqualTo(text);
        }
        Http.Answer notes = Http.send(workspace.key(), "GET", "/api/v1/contacts/" + contact + "/notes?limit=100", null, null);
        List<String> stored = new ArrayList<>();
        notes.json().path("data").forEach(note -> stored.add(note.path("content").textValue()));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(texts);
    }

    @Test
    void searchTermsAndFiltersAreLiteralText() {
        TestWorkspace workspace = TestWorkspace.create();
        for (String name : List.of("Hundred% Real", "Under_Score", "Back\\Slash", "Plain Name", "Quote' Name")) {
            assertThat(Http.send(workspace.key(), "POST", "/api/v1/contacts", "application/json",
                    Http.bytes(JSON.createObjectNode().put("name", name).put("source", name))).status()).isEqualTo(201);
        }
        assertThat(searchNames(workspace, "%")).containsExactly("Hundred% Real");
        assertThat(searchNames(workspace, "_")).containsExactly("Under_Score");
        assertThat(searchNames(workspace, "\\")).containsExactly("Back\\Slash");
        assertThat(searchNames(workspace, "'")).containsExactly("Quote' Name");
        for (String injection : INJECTIONS) {
            if (!Set.of("%", "_", "\\").contains(injection)) {
                assertThat(searchNames(workspace, injection)).as(injection).isEmpty();
            }
            for (String path : List.of("/api/v1/contacts?search=", "/api/v1/contacts/search?q=", "/api/v1/contacts?tag=",
                    "/api/v1/contacts?source=")) {
                Http.Answer answer = Http.send(workspace.key(), "GET", path + q(injection), null, null);
                assertThat(answer.status()).as(path + injection + " " + answer.text()).isEqualTo(200);
            }
        }
        assertThat(Http.send(workspace.key(), "GET", "/api/v1/contacts?source=" + q("Under_Score"), null, null)
                .json().path("pagination").path("total_count").asInt()).isEqualTo(1);
        assertThat(Http.send(workspace.key(), "GET", "/api/v1/contacts?source=" + q("Under%Score"), null, null)
                .json().path("pagination").path("total_count").asInt()).isZero();
        // Still five contacts: nothing above dropped or widened anything.
        assertThat(Http.send(workspace.key(), "GET", "/api/v1/contacts", null, null)
                .json().path("pagination").path("total_count").asInt()).isEqualTo(5);
    }

    private static List<String> searchNames(TestWorkspace workspace, String term) {
        Http.Answer listed = Http.send(workspace.key(), "GET", "/api/v1/contacts?search=" + q(term), null, null);
        Http.Answer searched = Http.send(workspace.key(), "GET", "/api/v1/contacts/search?q=" + q(term), null, null);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(searched.status()).as(searched.text()).isEqualTo(200);
        List<String> fromList = new ArrayList<>();
        listed.json().path("data").forEach(contact -> fromList.add(contact.path("name").asText()));
        List<String> fromSearch = new ArrayList<>();
        searched.json().path("data").forEach(contact -> fromSearch.add(contact.path("name").asText()));
        assertThat(fromSearch).as("search ?q=" + term).containsExactlyInAnyOrderElementsOf(fromList);
        return fromList;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fixtures and plumbing

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static String jsonArray(int size, java.util.function.IntFunction<String> element) {
        return IntStream.range(0, size).mapToObj(element).map(HostileInputTest::quoted)
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Text and raw bytes, e.g. {@code bytes("{\"a\":\"", 0xFF, "\"}")}. */
    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** A workspace with a contact (holding a note, a tag and a conversation), a second contact and a list. */
    record Fixture(TestWorkspace workspace, String contact, String list, String note, String cursor) {

        private static Fixture shared;

        static synchronized Fixture shared() {
            if (shared == null) {
                shared = create();
            }
            return shared;
        }

        static Fixture create() {
            TestWorkspace workspace = TestWorkspace.create();
            String key = workspace.key();
            String contact = created(Http.send(key, "POST", "/api/v1/contacts", "application/json",
                    "{\"name\":\"Fixture One\",\"email\":\"one@example.com\",\"tags\":[\"vip\"]}".getBytes(StandardCharsets.UTF_8)));
            created(Http.send(key, "POST", "/api/v1/contacts", "application/json",
                    "{\"name\":\"Fixture Two\"}".getBytes(StandardCharsets.UTF_8)));
            String list = created(Http.send(key, "POST", "/api/v1/lists", "application/json",
                    "{\"name\":\"Fixture list\"}".getBytes(StandardCharsets.UTF_8)));
            String note = created(Http.send(key, "POST", "/api/v1/contacts/" + contact + "/notes", "application/json",
                    "{\"content\":\"fixture note\"}".getBytes(StandardCharsets.UTF_8)));
            Http.Answer page = Http.send(key, "GET", "/api/v1/contacts?limit=1", null, null);
            String cursor = page.json().path("pagination").path("next_cursor").asText();
            assertThat(cursor).as(page.text()).isNotBlank();
            return new Fixture(workspace, contact, list, note, cursor);
        }

        private static String created(Http.Answer answer) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            return answer.json().path("data").path("id").asText();
        }

        String resolve(String path) {
            String tampered = cursor.substring(0, cursor.length() / 2)
                    + (cursor.charAt(cursor.length() / 2) == 'A' ? 'B' : 'A') + cursor.substring(cursor.length() / 2 + 1);
            return path.replace("{c}", contact).replace("{l}", list).replace("{n}", note)
                    .replace("{cursor}", q(cursor)).replace("{tampered}", q(tampered))
                    .replace("{truncated}", q(cursor.substring(0, cursor.length() - 3)));
        }

        /** Everything the battery could have changed, as one comparable text. */
        String snapshot() {
            String key = workspace.key();
            JsonNode contacts = Http.send(key, "GET", "/api/v1/contacts?limit=100", null, null).json();
            StringBuilder state = new StringBuilder("contacts=" + contacts.path("pagination").path("total_count").asInt());
            contacts.path("data").forEach(each -> state.append(" ").append(each.path("id").asText())
                    .append("@v").append(each.path("version").asText()).append(each.path("updated_at").asText()));
            state.append(" notes=").append(Http.send(key, "GET", "/api/v1/contacts/" + contact + "/notes", null, null)
                    .json().path("pagination").path("total_count").asText());
            JsonNode lists = Http.send(key, "GET", "/api/v1/lists", null, null).json();
            state.append(" lists=").append(lists.path("data").size()).append(lists.path("data"));
            state.append(" tags=").append(Http.send(key, "GET", "/api/v1/tags", null, null).json().path("data"));
            state.append(" list members=").append(Http.send(key, "GET", "/api/v1/lists/" + list + "/contacts", null, null)
                    .json().path("data").size());
            state.append(" keys=").append(Http.send(key, "GET", "/api/v1/api-keys", null, null).json().path("data").size());
            state.append(" custom attributes=").append(Http.send(key, "GET", "/api/v1/custom-attributes", null, null)
                    .json().path("data"));
            state.append(" settings=").append(Http.send(key, "GET", "/api/v1/settings", null, null).json().path("data"));
            state.append(" conversations=").append(Http.send(key, "GET", "/api/v1/contacts/" + contact + "/conversations", null, null)
                    .json().path("data").size());
            return state.toString();
        }
    }

    /** Raw HTTP, so that a test controls every byte, the content type and its absence. */
    static final class Http {

        private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        record Answer(int status, String text) {
            JsonNode json() {
                try {
                    return JSON.readTree(text);
                } catch (IOException notJson) {
                    throw new AssertionError("not JSON (" + status + "): " + text, notJson);
                }
            }
        }

        static byte[] bytes(JsonNode node) {
            try {
                return JSON.writeValueAsBytes(node);
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        static Answer send(Fixture fixture, Case hostile) {
            return send(fixture.workspace().key(), hostile.method(), fixture.resolve(hostile.path()), hostile.contentType(),
                    hostile.body() == null ? null : new String(hostile.body(), StandardCharsets.ISO_8859_1)
                            .replace("{c}", fixture.contact()).replace("{l}", fixture.list())
                            .getBytes(StandardCharsets.ISO_8859_1));
        }

        static Answer send(String key, String method, String path, String contentType, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                    .header("Authorization", "Bearer " + key)
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new AssertionError(method + " " + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
