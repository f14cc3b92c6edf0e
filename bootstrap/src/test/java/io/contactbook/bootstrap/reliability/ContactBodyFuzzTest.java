package io.contactbook.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.bootstrap.reliability.HostileInputTest.Http;
import io.quarkus.test.junit.QuarkusTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random create and patch bodies (jqwik's generators, driven by hand with a fixed seed: jqwik's own lifecycle does
 * not run inside {@code @QuarkusTest}). Whatever the body, the answer is a 2xx or a 4xx with the error envelope,
 * and a refused request leaves nothing behind.
 */
@QuarkusTest
class ContactBodyFuzzTest {

    private static final long SEED = 20260318L;
    private static final int TRIES = 150;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> FIELDS = List.of("first_name", "last_name", "name", "email", "phone", "company_name",
            "avatar_url", "tags", "profile_notes", "interest_summary", "metadata", "custom_attributes", "external_id",
            "source", "channels", "blocked", "do_not_disturb", "bot_active", "id", "version", "created_at", "unknown_field");

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars("\u202e\u0301\u200d😀%_\\'\"").ofMaxLength(12),
                Arbitraries.strings().alpha().numeric().withChars(" @.+-").ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("a@b.co", "+15550123456", "https://example.com/a.png", "'; DROP TABLE contacts; --",
                        "{\"$ne\": null}", "", "   ", "x".repeat(101), "y".repeat(5001), "e\u0301", "שלום"));
    }

    private static Arbitrary<JsonNode> scalar() {
        return Arbitraries.oneOf(
                text().map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
    }

    private static Arbitrary<JsonNode> value() {
        Arbitrary<JsonNode> array = scalar().list().ofMaxSize(5).map(elements -> {
            ArrayNode node = NODES.arrayNode();
            elements.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(text().list().ofMaxSize(4), scalar().list().ofSize(4)).as((keys, values) -> {
            ObjectNode node = NODES.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                node.set(keys.get(i), values.get(i));
            }
            return node;
        });
        return Arbitraries.frequencyOf(
                Tuple.of(5, scalar()), Tuple.of(2, array), Tuple.of(2, object));
    }

    /** A value of the type the field takes (often still breaking its rules), so that some bodies are accepted. */
    private static Arbitrary<JsonNode> fitting(String field) {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().withChars("éß中").ofMinLength(1).ofMaxLength(12);
        Arbitrary<JsonNode> plainText = Arbitraries.oneOf(word, text()).map(NODES::textNode);
        return switch (field) {
            case "blocked", "do_not_disturb", "bot_active" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "email" -> word.map(local -> NODES.textNode(local + "@example.com"));
            case "tags" -> word.list().ofMaxSize(5).map(tags -> {
                ArrayNode node = NODES.arrayNode();
                tags.forEach(node::add);
                return node;
            });
            case "metadata", "custom_attributes" -> Combinators.combine(word.list().ofMaxSize(3), scalar().list().ofSize(3))
                    .as((keys, values) -> {
                        ObjectNode node = NODES.objectNode();
                        for (int i = 0; i < keys.size(); i++) {
                            node.set(keys.get(i), values.get(i));
                        }
                        return node;
                    });
            case "channels" -> Combinators.combine(Arbitraries.of("email", "phone", "telegram", "custom", "fax"), word)
                    .as((type, handle) -> {
                        ObjectNode channel = NODES.objectNode().put("type", type)
                                .put("value", "email".equals(type) ? handle + "@example.org" : handle);
                        return (JsonNode) NODES.arrayNode().add(channel);
                    });
            case "first_name", "last_name", "name", "company_name", "profile_notes", "interest_summary", "external_id",
                    "source", "phone", "avatar_url" -> plainText;
            default -> value();
        };
    }

    /** A JSON object of contact fields (and a few others), each with a fitting value or one of any type. */
    private static Arbitrary<byte[]> body() {
        Arbitrary<Map.Entry<String, JsonNode>> entry = Arbitraries.of(FIELDS).flatMap(field ->
                Arbitraries.frequencyOf(Tuple.of(3, fitting(field)), Tuple.of(1, value()))
                        .map(value -> Map.entry(field, value)));
        Arbitrary<ObjectNode> object = entry.list().ofMaxSize(6).map(entries -> {
            ObjectNode node = NODES.objectNode();
            entries.forEach(each -> node.set(each.getKey(), each.getValue()));
            return node;
        });
        // Mostly well-formed JSON; sometimes cut short, to fuzz the parser too.
        return Combinators.combine(object, Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 1000))
                .as((node, mode, cut) -> {
                    byte[] json = text(node);
                    return mode == 0 ? java.util.Arrays.copyOf(json, Math.min(json.length, cut % (json.length + 1))) : json;
                });
    }

    /** As a String first: a lone surrogate that jqwik generated becomes '?' instead of failing the generator. */
    private static byte[] text(JsonNode node) {
        try {
            return HostileInputTest.JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void randomCreateAndPatchBodiesNeverAnswer5xxAndARefusalWritesNothing() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = workspace.key();
        String target = Http.send(key, "POST", "/api/v1/contacts", "application/json",
                "{\"name\":\"Fuzz Target\"}".getBytes(StandardCharsets.UTF_8)).json().path("data").path("id").asText();
        List<byte[]> generated = new java.util.ArrayList<>();
        JqwikSession.start();
        try {
            RandomGenerator<byte[]> bodies = body().generator(1000);
            Random random = new Random(SEED);
            for (int i = 0; i < TRIES; i++) {
                generated.add(bodies.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        int count = countContacts(key);
        int accepted = 0;
        int patchedOk = 0;
        for (byte[] body : generated) {
            String shown = new String(body, StandardCharsets.UTF_8);

            Http.Answer created = Http.send(key, "POST", "/api/v1/contacts", "application/json", body);
            assertAnswered("POST " + shown, created);
            if (created.status() == 201) {
                count++;
                accepted++;
            }
            assertThat(countContacts(key)).as("contacts after POST %s -> %s", shown, created.text()).isEqualTo(count);

            String before = Http.send(key, "GET", "/api/v1/contacts/" + target, null, null).text();
            Http.Answer patched = Http.send(key, "PATCH", "/api/v1/contacts/" + target, "application/json", body);
            assertAnswered("PATCH " + shown, patched);
            if (patched.status() < 300) {
                patchedOk++;
            }
            if (patched.status() >= 400) {
                assertThat(Http.send(key, "GET", "/api/v1/contacts/" + target, null, null).text())
                        .as("target after refused PATCH %s -> %s", shown, patched.text()).isEqualTo(before);
            }
            assertThat(countContacts(key)).as("contacts after PATCH %s", shown).isEqualTo(count);
        }
        // The generator reaches both sides: some bodies are accepted, most are refused.
        assertThat(accepted).as("creates accepted").isBetween(1, TRIES - 1);
        assertThat(patchedOk).as("patches accepted").isBetween(1, TRIES - 1);
        System.out.printf("fuzz: %d bodies, %d creates and %d patches accepted%n", TRIES, accepted, patchedOk);
    }

    private static void assertAnswered(String request, Http.Answer answer) {
        assertThat(answer.status()).as("%s -> %s", request, answer.text()).isBetween(200, 499);
        if (answer.status() >= 400) {
            JsonNode body = answer.json();
            assertThat(body.path("success").isBoolean() && !body.path("success").booleanValue()).as(request).isTrue();
            assertThat(body.path("error").path("code").asText()).as(request).isIn(HostileInputTest.SPEC_CODES);
            assertThat(body.path("error").path("message").asText()).as(request).isNotBlank();
        }
    }

    private static int countContacts(String key) {
        return Http.send(key, "GET", "/api/v1/contacts?limit=1", null, null).json().path("pagination").path("total_count").asInt();
    }
}
