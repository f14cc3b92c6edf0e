package io.contactbook.bootstrap.notes;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** SPEC §4: PUT /contacts/{id}/block {blocked} with the scope contacts:block. */
@QuarkusTest
class ContactBlockTest {

    private TestWorkspace workspace;
    private String contactId;

    @BeforeEach
    void workspaceWithAContact() {
        workspace = TestWorkspace.create();
        contactId = workspace.request().body(Map.of("email", "spammer@example.com")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
        workspace.request().body(Map.of("email", "friend@example.com")).post("/api/v1/contacts")
                .then().statusCode(201);
    }

    @Test
    void blockingAnswersTheContactWithItsNewVersionAndShowsInGetAndInTheFilter() {
        workspace.request().body(Map.of("blocked", true)).put(block()).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("success", equalTo(true))
                .body("data.id", equalTo(contactId))
                .body("data.blocked", equalTo(true))
                .body("data.version", equalTo(2));

        workspace.request().get("/api/v1/contacts/" + contactId).then().body("data.blocked", equalTo(true));
        workspace.request().queryParam("blocked", "true").get("/api/v1/contacts").then()
                .body("data.id", equalTo(List.of(contactId)))
                .body("pagination.total_count", equalTo(1));
    }

    @Test
    void unblockingClearsTheFlag() {
        workspace.request().body(Map.of("blocked", true)).put(block()).then().statusCode(200);

        workspace.request().body(Map.of("blocked", false)).put(block()).then().statusCode(200)
                .body("data.blocked", equalTo(false));
        workspace.request().queryParam("blocked", "true").get("/api/v1/contacts").then()
                .body("data", equalTo(List.of()));
    }

    @Test
    void aKeyWithOnlyContactsBlockMayBlock() {
        AgentKeys.as(workspace.id(), "moderator", EnumSet.of(Scope.CONTACTS_BLOCK))
                .body(Map.of("blocked", true)).put(block()).then().statusCode(200)
                .body("data.blocked", equalTo(true));
    }

    @Test
    void aKeyWithContactsWriteButNotContactsBlockIsForbidden() {
        AgentKeys.as(workspace.id(), "integration", EnumSet.of(Scope.CONTACTS_READ, Scope.CONTACTS_WRITE))
                .body(Map.of("blocked", true)).put(block()).then().statusCode(403)
                .body("error.code", equalTo("forbidden"))
                .body("error.details.required_scope", equalTo("contacts:block"));

        workspace.request().get("/api/v1/contacts/" + contactId).then()
                .body("data.blocked", equalTo(false))
                .body("data.version", equalTo(1));
    }

    @Test
    void patchingBlockedStillWorksWithContactsWrite() {
        AgentKeys.as(workspace.id(), "integration", EnumSet.of(Scope.CONTACTS_WRITE))
                .body(Map.of("blocked", true)).patch("/api/v1/contacts/" + contactId).then().statusCode(200)
                .body("data.blocked", equalTo(true));
    }

    @Test
    void aMissingBlockedIsAValidationError() {
        for (String body : new String[] {"{}", "{\"blocked\": null}"}) {
            workspace.request().body(body).put(block()).then().statusCode(400)
                    .body("error.code", equalTo("validation_error"))
                    .body("error.details.blocked", equalTo("is required"));
        }
    }

    @Test
    void aBlockedThatIsNoBooleanOrABodyThatIsNoObjectIsABadRequestAndChangesNothing() {
        for (String body : new String[] {"{\"blocked\": \"true\"}", "{\"blocked\": 1}", "{\"blocked\": [true]}",
                "[true]", "true", "{\"blocked\": tru}"}) {
            workspace.request().body(body).put(block()).then().statusCode(400)
                    .body("error.code", equalTo("bad_request"));
        }
        workspace.request().put(block()).then().statusCode(400).body("error.code", equalTo("bad_request"));
        workspace.request().get("/api/v1/contacts/" + contactId).then()
                .body("data.blocked", equalTo(false))
                .body("data.version", equalTo(1));
    }

    @Test
    void anUnknownMalformedOrForeignContactIs404() {
        String foreign = TestWorkspace.create().request().body(Map.of("first_name", "Foreign"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");

        for (String contact : new String[] {UUID.randomUUID().toString(), "not-a-uuid", foreign}) {
            workspace.request().body(Map.of("blocked", true)).put("/api/v1/contacts/" + contact + "/block").then()
                    .statusCode(404)
                    .body("error.code", equalTo("not_found"))
                    .body("error", hasKey("details"));
        }
    }

    private String block() {
        return "/api/v1/contacts/" + contactId + "/block";
    }
}
