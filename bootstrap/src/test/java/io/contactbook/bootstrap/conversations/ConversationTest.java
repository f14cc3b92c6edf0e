package io.contactbook.bootstrap.conversations;

import io.contactbook.bootstrap.access.ScopedKeys;
import io.contactbook.bootstrap.api.Simultaneously;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** SPEC §4 and §5 conversations: upsert by id, the counts they keep on their contact, lists, detaching. */
@QuarkusTest
class ConversationTest {

    private static final Instant DAY = Instant.parse("2026-03-10T08:00:00Z");

    private TestWorkspace workspace;
    private String jane;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
        jane = contact("Jane");
    }

    @Test
    void aNewConversationIs201AndTheSameIdAgainIs200() {
        record(jane, Map.of("id", "conv-1", "channel", "whatsapp", "started_at", "2026-03-10T08:00:00Z",
                "last_message_at", "2026-03-10T08:30:00.5Z", "message_count", 4, "summary", "Asked about pricing"))
                .then().statusCode(201)
                .body("success", equalTo(true))
                .body("data.id", equalTo("conv-1"))
                .body("data.contact_id", equalTo(jane))
                .body("data.channel", equalTo("whatsapp"))
                .body("data.started_at", equalTo("2026-03-10T08:00:00.000Z"))
                .body("data.last_message_at", equalTo("2026-03-10T08:30:00.500Z"))
                .body("data.message_count", equalTo(4))
                .body("data.summary", equalTo("Asked about pricing"));

        record(jane, Map.of("id", "conv-1", "started_at", "2026-03-10T08:00:00Z",
                "last_message_at", "2026-03-11T09:00:00Z", "message_count", 9))
                .then().statusCode(200)
                .body("data.message_count", equalTo(9))
                .body("data.summary", nullValue());

        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.conversation_count", equalTo(1))
                .body("data.last_conversation_at", equalTo("2026-03-11T09:00:00.000Z"))
                .body("data.conversations", hasSize(1))
                .body("data.conversations[0].id", equalTo("conv-1"))
                .body("data.conversations[0].message_count", equalTo(9));
    }

    @Test
    void lastActivityFollowsTheLatestConversationButNeverGoesBack() {
        record(jane, conversation("future", DAY.plusSeconds(365L * 24 * 3600))).then().statusCode(201);
        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.last_activity", equalTo("2027-03-10T08:00:00.000Z"));

        record(jane, conversation("old", DAY)).then().statusCode(201);
        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.conversation_count", equalTo(2))
                .body("data.last_conversation_at", equalTo("2027-03-10T08:00:00.000Z"))
                .body("data.last_activity", equalTo("2027-03-10T08:00:00.000Z"));
    }

    @Test
    void onlyTheContactsOwnAnswerShowsConversations() {
        record(jane, conversation("c", DAY)).then().statusCode(201);

        workspace.request().get("/api/v1/contacts").then()
                .body("data[0]", not(hasKey("conversations")));
        workspace.request().body(Map.of("company_name", "Acme")).patch("/api/v1/contacts/" + jane).then()
                .body("data", not(hasKey("conversations")));
    }

    @Test
    void theContactShowsItsTenMostRecentByLastMessageOrStart() {
        for (int i = 0; i < 12; i++) {
            record(jane, conversation("c" + i, DAY.plusSeconds(3600L * i))).then().statusCode(201);
        }
        record(jane, Map.of("id", "old-but-busy", "started_at", "2026-01-01T00:00:00Z",
                "last_message_at", "2026-04-01T00:00:00Z")).then().statusCode(201);

        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.conversation_count", equalTo(13))
                .body("data.conversations.id", contains("old-but-busy", "c11", "c10", "c9", "c8", "c7", "c6", "c5",
                        "c4", "c3"));
    }

    @Test
    void theListWalksEveryConversationOnceNewestFirst() {
        for (int i = 0; i < 7; i++) {
            record(jane, conversation("c" + i, DAY.plusSeconds(60L * (i % 3)))).then().statusCode(201);
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Response page = workspace.request().queryParam("limit", 3)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/v1/contacts/" + jane + "/conversations");
            page.then().statusCode(200).body("pagination.total_count", equalTo(7))
                    .body("pagination.total_count_exact", equalTo(true)).body("pagination.limit", equalTo(3));
            walked.addAll(page.path("data.id"));
            cursor = page.path("pagination.next_cursor");
        } while (cursor != null);

        assertThat(walked).containsExactly("c2", "c5", "c1", "c4", "c0", "c3", "c6");
        workspace.request().queryParam("offset", 5).get("/api/v1/contacts/" + jane + "/conversations")
                .then().body("data.id", contains("c3", "c6")).body("pagination.has_more", equalTo(false));
    }

    @Test
    void badListParametersAre400() {
        String john = contact("John");
        record(jane, conversation("a", DAY)).then().statusCode(201);
        record(jane, conversation("b", DAY)).then().statusCode(201);
        String cursor = workspace.request().queryParam("limit", 1).get("/api/v1/contacts/" + jane + "/conversations")
                .path("pagination.next_cursor");

        workspace.request().queryParam("cursor", cursor).get("/api/v1/contacts/" + john + "/conversations")
                .then().statusCode(400).body("error.details.cursor", notNullValue());
        for (Map<String, ?> bad : List.of(Map.of("limit", 0), Map.of("limit", 101), Map.of("offset", -1),
                Map.of("cursor", "nonsense"), Map.of("limit", "ten"))) {
            workspace.request().queryParams(bad).get("/api/v1/contacts/" + jane + "/conversations")
                    .then().statusCode(400).body("error.code", equalTo("bad_request"));
        }
    }

    @Test
    void everyBrokenRuleIsNamedAndNothingIsWritten() {
        Map<String, Object> broken = new HashMap<>();
        broken.put("id", "x".repeat(256));
        broken.put("channel", "c".repeat(51));
        broken.put("started_at", "2026-03-10T08:00:00Z");
        broken.put("last_message_at", "2026-03-10T07:00:00Z");
        broken.put("message_count", -1);
        broken.put("summary", "s".repeat(5001));

        record(jane, broken).then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details.keySet()", org.hamcrest.Matchers.containsInAnyOrder("id", "channel",
                        "last_message_at", "message_count", "summary"));
        record(jane, Map.of("id", "c", "started_at", "last tuesday")).then().statusCode(400)
                .body("error.details.started_at", notNullValue());
        record(jane, Map.of("id", "c")).then().statusCode(400)
                .body("error.details.started_at", equalTo("is required"));
        record(jane, Map.of("id", 42, "started_at", "2026-03-10T08:00:00Z")).then().statusCode(400)
                .body("error.code", equalTo("bad_request"));
        record(jane, Map.of("id", "c", "started_at", "2026-03-10T08:00:00Z", "message_count", "3"))
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
        record(jane, Map.of("id", "c", "started_at", "2026-03-10T08:00:00Z", "message_count", 1.5))
                .then().statusCode(400).body("error.code", equalTo("bad_request"));

        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.conversation_count", equalTo(0)).body("data.version", equalTo(1));
        workspace.request().get("/api/v1/contacts/" + jane + "/conversations").then()
                .body("pagination.total_count", equalTo(0));
    }

    @Test
    void anUnknownMalformedOrForeignContactIs404() {
        TestWorkspace other = TestWorkspace.create();
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id", jane)) {
            other.request().body(conversation("c", DAY)).post("/api/v1/contacts/" + id + "/conversations")
                    .then().statusCode(404).body("error.code", equalTo("not_found"));
            other.request().get("/api/v1/contacts/" + id + "/conversations").then().statusCode(404);
        }
    }

    @Test
    void scopesAreWriteToRecordAndReadToList() {
        String reader = ScopedKeys.create(workspace.id(), Set.of(Scope.CONTACTS_READ));

        ScopedKeys.as(reader).body(conversation("c", DAY)).post("/api/v1/contacts/" + jane + "/conversations")
                .then().statusCode(403).body("error.details.required_scope", equalTo("contacts:write"));
        ScopedKeys.as(reader).get("/api/v1/contacts/" + jane + "/conversations").then().statusCode(200);
    }

    @Test
    void thirtyConversationsRecordedAtOnceAreAllCounted() throws Exception {
        int requests = 30;
        List<Response> responses = Simultaneously.send(requests,
                n -> record(jane, conversation("c" + n, DAY.plusSeconds(60L * n))));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(201));
        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.conversation_count", equalTo(requests))
                .body("data.last_conversation_at", equalTo(DAY.plusSeconds(60L * (requests - 1)).toString()
                        .replace("Z", ".000Z")))
                .body("data.version", equalTo(1 + requests));
    }

    @Test
    void recordingAConversationForAnotherContactMovesItAndRecountsBoth() {
        String john = contact("John");
        record(jane, conversation("c1", DAY.plusSeconds(60))).then().statusCode(201);
        record(jane, conversation("c2", DAY)).then().statusCode(201);

        record(john, conversation("c1", DAY.plusSeconds(60))).then().statusCode(200)
                .body("data.contact_id", equalTo(john));

        workspace.request().get("/api/v1/contacts/" + jane).then()
                .body("data.conversation_count", equalTo(1))
                .body("data.last_conversation_at", equalTo("2026-03-10T08:00:00.000Z"))
                .body("data.conversations.id", contains("c2"));
        workspace.request().get("/api/v1/contacts/" + john).then()
                .body("data.conversation_count", equalTo(1))
                .body("data.conversations.id", contains("c1"));
    }

    @Test
    void deletingAContactDetachesItsConversationsWhichCanBeRecordedAgain() {
        record(jane, conversation("c1", DAY)).then().statusCode(201);
        workspace.request().delete("/api/v1/contacts/" + jane).then().statusCode(200);
        String john = contact("John");

        record(john, Map.of("id", "c1", "started_at", "2026-03-10T08:00:00Z", "summary", "after the merge"))
                .then().statusCode(200)
                .body("data.contact_id", equalTo(john))
                .body("data.summary", equalTo("after the merge"));

        workspace.request().get("/api/v1/contacts/" + john + "/conversations").then()
                .body("data.id", contains("c1")).body("pagination.total_count", equalTo(1));
        workspace.request().get("/api/v1/contacts/" + john).then().body("data.conversation_count", equalTo(1));
    }

    private static Map<String, Object> conversation(String id, Instant startedAt) {
        return Map.of("id", id, "channel", "chat", "started_at", startedAt.toString(), "message_count", 1);
    }

    private Response record(String contact, Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/contacts/" + contact + "/conversations");
    }

    private String contact(String name) {
        return workspace.request().body(Map.of("first_name", name)).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
    }

}
