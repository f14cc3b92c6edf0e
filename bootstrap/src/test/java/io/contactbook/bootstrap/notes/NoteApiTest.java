package io.contactbook.bootstrap.notes;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** SPEC §4 Notes: add, list newest first with pagination, immutability, and notes going with their contact. */
@QuarkusTest
class NoteApiTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private TestWorkspace workspace;
    private String contactId;

    @BeforeEach
    void workspaceWithAContact() {
        workspace = TestWorkspace.create();
        contactId = createContact("jane@example.com");
    }

    @Test
    void addingANoteAnswers201WithTheKeysPrincipalAsAuthor() {
        String content = "  Called on Monday:\n  - wants the annual plan\n";
        ExtractableResponse<Response> created = AgentKeys.as(workspace.id(), "agent:42",
                        EnumSet.of(Scope.CONTACT_NOTES_WRITE))
                .body(Map.of("content", content, "author", "someone:else"))
                .post(notes())
                .then()
                .statusCode(201)
                .body("success", equalTo(true))
                .body("data.contact_id", equalTo(contactId))
                .body("data.content", equalTo(content))
                .body("data.author", equalTo("agent:42"))
                .body("data.created_at", matchesPattern(TIME))
                .extract();
        String id = created.path("data.id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(created.header("Location")).endsWith("/api/v1/contacts/" + contactId + "/notes/" + id);
    }

    @Test
    void addingANoteLeavesTheContactAsItWas() {
        addNote("private");

        workspace.request().get("/api/v1/contacts/" + contactId).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("data", not(hasKey("notes")));
    }

    @Test
    void contentIsOneToTenThousandCharactersAndNotBlank() {
        addNote("x".repeat(10_000));
        for (String bad : new String[] {"", "   ", "\n\t", "x".repeat(10_001)}) {
            workspace.request().body(Map.of("content", bad)).post(notes()).then().statusCode(400)
                    .body("error.code", equalTo("validation_error"))
                    .body("error.details", hasKey("content"));
        }
        workspace.request().body(Map.of()).post(notes()).then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details.content", equalTo("is required"));
        assertThat(total()).isEqualTo(1);
    }

    @Test
    void contentOfTheWrongTypeNulOrNoBodyIsABadRequestAndWritesNothing() {
        for (String body : new String[] {"{\"content\": 42}", "{\"content\": [\"a\"]}", "{\"content\": \"a\\u0000b\"}",
                "{\"content\": \"a\"", "[]"}) {
            workspace.request().body(body).post(notes()).then().statusCode(400)
                    .body("error.code", equalTo("bad_request"));
        }
        workspace.request().post(notes()).then().statusCode(400).body("error.code", equalTo("bad_request"));
        assertThat(total()).isZero();
    }

    @Test
    void listsNewestFirstWithAPaginationBlock() {
        String first = addNote("first");
        String second = addNote("second");
        String third = addNote("third");
        createNoteOfAnotherContact();

        workspace.request().get(notes()).then().statusCode(200)
                .body("data.id", equalTo(List.of(third, second, first)))
                .body("data[0].content", equalTo("third"))
                .body("data[0].author", equalTo("agent:test"))
                .body("pagination.has_more", equalTo(false))
                .body("pagination.next_cursor", nullValue())
                .body("pagination.limit", equalTo(50))
                .body("pagination.total_count", equalTo(3))
                .body("pagination.total_count_exact", equalTo(true));
    }

    @Test
    void aCursorWalksEveryNoteOnceAndAnOffsetSkips() {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(0, addNote("note " + i));
        }

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = workspace.request().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get(notes()).then().statusCode(200)
                    .body("pagination.total_count", equalTo(5))
                    .extract();
            walked.addAll(page.path("data.id"));
            cursor = page.path("pagination.next_cursor");
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(written);
        workspace.request().queryParam("offset", 3).get(notes()).then().statusCode(200)
                .body("data.id", equalTo(written.subList(3, 5)));
    }

    @Test
    void badPagingParametersAre400() {
        addNote("one");
        addNote("two");
        String otherContact = createContact("other@example.com");
        workspace.request().body(Map.of("content", "a")).post(notes(otherContact)).then().statusCode(201);
        workspace.request().body(Map.of("content", "b")).post(notes(otherContact)).then().statusCode(201);
        String otherCursor = workspace.request().queryParam("limit", 1).get(notes(otherContact)).then()
                .extract().path("pagination.next_cursor");

        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("limit", 0), Map.of("limit", 101),
                Map.of("limit", "ten"), Map.of("offset", -1), Map.of("cursor", "garbage"),
                Map.of("cursor", otherCursor), Map.of("cursor", otherCursor.substring(1)))) {
            workspace.request().queryParams(bad).get(notes()).then().statusCode(400)
                    .body("error.code", equalTo("bad_request"));
        }
    }

    @Test
    void notesOfAnUnknownMalformedOrForeignContactAre404() {
        String foreign = createContactIn(TestWorkspace.create());
        for (String contact : new String[] {UUID.randomUUID().toString(), "not-a-uuid", foreign}) {
            workspace.request().get(notes(contact)).then().statusCode(404).body("error.code", equalTo("not_found"));
            workspace.request().body(Map.of("content", "x")).post(notes(contact)).then().statusCode(404)
                    .body("error.code", equalTo("not_found"));
        }
    }

    @Test
    void editingANoteIs405InTheEnvelope() {
        String note = addNote("immutable");

        for (String method : new String[] {"PUT", "PATCH"}) {
            workspace.request().body(Map.of("content", "changed")).request(method, notes() + "/" + note).then()
                    .statusCode(405)
                    .body("success", equalTo(false))
                    .body("error.code", equalTo("method_not_allowed"))
                    .header("X-Request-Id", notNullValue());
        }
        workspace.request().get(notes()).then().body("data[0].content", equalTo("immutable"));
    }

    @Test
    void deletingTheContactDeletesItsNotes() {
        String note = addNote("goes with the contact");

        workspace.request().delete("/api/v1/contacts/" + contactId).then().statusCode(200);

        workspace.request().get(notes()).then().statusCode(404);
        workspace.request().delete(notes() + "/" + note).then().statusCode(404);
        String recreated = createContact("jane@example.com");
        workspace.request().get(notes(recreated)).then().statusCode(200)
                .body("data", equalTo(List.of()))
                .body("pagination.total_count", equalTo(0));
    }

    @Test
    void aWorkspaceNeverSeesAnotherWorkspacesNotes() {
        addNote("ours");
        TestWorkspace other = TestWorkspace.create();

        other.request().get(notes()).then().statusCode(404)
                .body("error.details", anEmptyMap());
    }

    @Test
    void readingNeedsContactNotesReadAndWritingContactNotesWrite() {
        var everyOtherScope = EnumSet.complementOf(EnumSet.of(Scope.CONTACT_NOTES_READ, Scope.CONTACT_NOTES_WRITE));

        AgentKeys.as(workspace.id(), "agent:1", everyOtherScope).get(notes()).then().statusCode(403)
                .body("error.details.required_scope", equalTo("contact_notes:read"));
        AgentKeys.as(workspace.id(), "agent:1", everyOtherScope).body(Map.of("content", "x")).post(notes()).then()
                .statusCode(403)
                .body("error.details.required_scope", equalTo("contact_notes:write"));
        AgentKeys.as(workspace.id(), "agent:1", EnumSet.of(Scope.CONTACT_NOTES_READ)).get(notes()).then()
                .statusCode(200);
        assertThat(total()).isZero();
    }

    private String addNote(String content) {
        return workspace.request().body(Map.of("content", content)).post(notes()).then().statusCode(201)
                .extract().path("data.id");
    }

    private void createNoteOfAnotherContact() {
        String other = createContact("someone@example.com");
        workspace.request().body(Map.of("content", "not jane's")).post(notes(other)).then().statusCode(201);
    }

    private long total() {
        return workspace.request().get(notes()).then().statusCode(200).extract()
                .<Integer>path("pagination.total_count").longValue();
    }

    private String createContact(String email) {
        return workspace.request().body(Map.of("email", email)).post("/api/v1/contacts").then().statusCode(201)
                .extract().path("data.id");
    }

    private static String createContactIn(TestWorkspace other) {
        return other.request().body(Map.of("first_name", "Foreign")).post("/api/v1/contacts").then().statusCode(201)
                .extract().path("data.id");
    }

    private String notes() {
        return notes(contactId);
    }

    private static String notes(String contact) {
        return "/api/v1/contacts/" + contact + "/notes";
    }
}
