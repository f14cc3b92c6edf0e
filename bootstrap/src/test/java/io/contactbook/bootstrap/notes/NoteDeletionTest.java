package io.contactbook.bootstrap.notes;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** SPEC §4: a note is deleted by its author, or by a key with contact_notes:delete; others get 403. */
@QuarkusTest
class NoteDeletionTest {

    private static final Set<Scope> WRITER = EnumSet.of(Scope.CONTACT_NOTES_READ, Scope.CONTACT_NOTES_WRITE);

    private TestWorkspace workspace;
    private String contactId;
    private String noteId;

    @BeforeEach
    void aNoteByAgent42() {
        workspace = TestWorkspace.create();
        contactId = workspace.request().body(Map.of("first_name", "Jane")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
        noteId = as("agent:42", WRITER).body(Map.of("content", "mine")).post(notes())
                .then().statusCode(201).extract().path("data.id");
    }

    @Test
    void itsAuthorDeletesIt() {
        as("agent:42", WRITER).delete(note()).then().statusCode(200)
                .body("success", equalTo(true))
                .body("data.deleted", equalTo(true))
                .body("data.id", equalTo(noteId));

        workspace.request().get(notes()).then().body("data", equalTo(List.of()));
    }

    @Test
    void anotherKeyOfTheSameAgentDeletesIt() {
        as("agent:42", EnumSet.of(Scope.CONTACT_NOTES_WRITE)).delete(note()).then().statusCode(200);
    }

    @Test
    void anotherAgentIsForbiddenAndTheNoteStays() {
        as("agent:7", WRITER).delete(note()).then().statusCode(403)
                .body("success", equalTo(false))
                .body("error.code", equalTo("forbidden"))
                .body("error.details.required_scope", equalTo("contact_notes:delete"));

        workspace.request().get(notes()).then().body("data.id", equalTo(List.of(noteId)));
    }

    @Test
    void aKeyWithContactNotesDeleteDeletesAnyNote() {
        as("moderator", EnumSet.of(Scope.CONTACT_NOTES_DELETE)).delete(note()).then().statusCode(200)
                .body("data.id", equalTo(noteId));
    }

    @Test
    void theAuthorWithoutEitherScopeIsForbiddenByTheScopeCheck() {
        as("agent:42", EnumSet.of(Scope.CONTACT_NOTES_READ, Scope.CONTACTS_WRITE)).delete(note()).then()
                .statusCode(403)
                .body("error.code", equalTo("forbidden"))
                .body("error.details.required_scope", equalTo("contact_notes:write or contact_notes:delete"));
    }

    @Test
    void anUnknownMalformedOrAnotherContactsNoteIs404() {
        String otherContact = workspace.request().body(Map.of("first_name", "Other")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
        RequestSpecification moderator = as("moderator", EnumSet.of(Scope.CONTACT_NOTES_DELETE));

        for (String path : new String[] {notes() + "/" + UUID.randomUUID(), notes() + "/not-a-uuid",
                "/api/v1/contacts/" + otherContact + "/notes/" + noteId,
                "/api/v1/contacts/" + UUID.randomUUID() + "/notes/" + noteId}) {
            moderator.delete(path).then().statusCode(404).body("error.code", equalTo("not_found"));
        }
        workspace.request().get(notes()).then().body("data.id", equalTo(List.of(noteId)));
    }

    @Test
    void aNoteIsDeletedOnceAndThen404() {
        as("agent:42", WRITER).delete(note()).then().statusCode(200);

        as("agent:42", WRITER).delete(note()).then().statusCode(404);
    }

    @Test
    void aKeyOfAnotherWorkspaceWithTheSamePrincipalFindsNothing() {
        TestWorkspace other = TestWorkspace.create();

        AgentKeys.as(other.id(), "agent:42", EnumSet.allOf(Scope.class)).delete(note()).then().statusCode(404);
        workspace.request().get(notes()).then().body("data.id", equalTo(List.of(noteId)));
    }

    private RequestSpecification as(String principal, Set<Scope> scopes) {
        return AgentKeys.as(workspace.id(), principal, scopes);
    }

    private String notes() {
        return "/api/v1/contacts/" + contactId + "/notes";
    }

    private String note() {
        return notes() + "/" + noteId;
    }
}
