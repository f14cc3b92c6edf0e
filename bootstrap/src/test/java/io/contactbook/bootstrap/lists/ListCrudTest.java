package io.contactbook.bootstrap.lists;

import io.contactbook.bootstrap.access.ScopedKeys;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ListCrudTest {

    @Test
    void aCreatedListAnswers201WithLocationAndReadsBack() {
        TestWorkspace workspace = TestWorkspace.create();

        var response = workspace.request().body(Map.of("name", "  Newsletter ", "description", "Monthly readers"))
                .post("/api/v1/lists").then().statusCode(201)
                .body("success", equalTo(true))
                .body("data.name", equalTo("Newsletter"))
                .body("data.description", equalTo("Monthly readers"))
                .body("data.contact_count", equalTo(0))
                .extract();
        JsonPath created = response.jsonPath();

        assertThat(response.header("Location")).endsWith("/api/v1/lists/" + created.getString("data.id"));
        workspace.request().get("/api/v1/lists/" + created.getString("data.id")).then().statusCode(200)
                .body("data.name", equalTo("Newsletter"))
                .body("data.created_at", equalTo(created.getString("data.created_at")));
    }

    @Test
    void aNameIsUniqueInTheWorkspaceWhateverItsCase() {
        TestWorkspace workspace = TestWorkspace.create();
        create(workspace, "Newsletter");

        workspace.request().body(Map.of("name", "NEWSLETTER")).post("/api/v1/lists").then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details", hasKey("name"));
        assertThat(all(workspace).getList("data")).hasSize(1);
        create(TestWorkspace.create(), "Newsletter");
    }

    @Test
    void aNameIsRequiredAndAtMostOneHundredCharacters() {
        TestWorkspace workspace = TestWorkspace.create();

        workspace.request().body(Map.of("description", "no name")).post("/api/v1/lists").then().statusCode(400)
                .body("error.code", equalTo("validation_error")).body("error.details.name", equalTo("is required"));
        workspace.request().body(Map.of("name", "  ")).post("/api/v1/lists").then().statusCode(400)
                .body("error.details", hasKey("name"));
        workspace.request().body(Map.of("name", "n".repeat(101))).post("/api/v1/lists").then().statusCode(400)
                .body("error.details", hasKey("name"));
        workspace.request().body(Map.of("name", "n".repeat(100), "description", "d".repeat(1001)))
                .post("/api/v1/lists").then().statusCode(400)
                .body("error.details", hasKey("description"));
        create(workspace, "n".repeat(100));
    }

    @Test
    void aWrongJsonTypeIsABadRequestAndWritesNothing() {
        TestWorkspace workspace = TestWorkspace.create();

        workspace.request().body(Map.of("name", 42)).post("/api/v1/lists").then().statusCode(400)
                .body("error.code", equalTo("bad_request")).body("error.details", hasKey("name"));
        workspace.request().body("[]").post("/api/v1/lists").then().statusCode(400)
                .body("error.code", equalTo("bad_request"));
        assertThat(all(workspace).getList("data")).isEmpty();
    }

    @Test
    void listingShowsEachListWithItsContactCountOldestFirst() {
        TestWorkspace workspace = TestWorkspace.create();
        String newsletter = create(workspace, "Newsletter");
        String leads = create(workspace, "Leads");
        String ada = contact(workspace, "ada@example.com");
        workspace.request().body(Map.of("contact_ids", List.of(ada))).post("/api/v1/lists/" + leads + "/contacts")
                .then().statusCode(200);
        create(TestWorkspace.create(), "Someone else's");

        JsonPath page = all(workspace);

        assertThat(page.getList("data.id")).containsExactly(newsletter, leads);
        assertThat(page.getList("data.contact_count")).containsExactly(0, 1);
        assertThat(page.getInt("pagination.total_count")).isEqualTo(2);
        assertThat(page.getBoolean("pagination.has_more")).isFalse();
    }

    @Test
    void pagesOfListsAreWalkedByCursor() {
        TestWorkspace workspace = TestWorkspace.create();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(create(workspace, "List " + i));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = workspace.request().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/lists").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.id"));
            cursor = page.getString("pagination.next_cursor");
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(made);
        workspace.request().queryParam("limit", 101).get("/api/v1/lists").then().statusCode(400);
        workspace.request().queryParam("cursor", "nope").get("/api/v1/lists").then().statusCode(400)
                .body("error.details", hasKey("cursor"));
    }

    @Test
    void aPatchChangesOnlyTheFieldsPresent() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter", "Monthly readers");

        workspace.request().body(Map.of("name", "Weekly")).patch("/api/v1/lists/" + list).then().statusCode(200)
                .body("data.name", equalTo("Weekly")).body("data.description", equalTo("Monthly readers"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("description", null);
        workspace.request().body(clear).patch("/api/v1/lists/" + list).then().statusCode(200)
                .body("data.name", equalTo("Weekly")).body("data.description", nullValue());
        workspace.request().body(Map.of("name", "WEEKLY")).patch("/api/v1/lists/" + list).then().statusCode(200)
                .body("data.name", equalTo("WEEKLY"));
    }

    @Test
    void aPatchCannotClearTheNameNorTakeAnotherListsName() {
        TestWorkspace workspace = TestWorkspace.create();
        create(workspace, "Newsletter");
        String leads = create(workspace, "Leads");
        Map<String, Object> clear = new HashMap<>();
        clear.put("name", null);

        workspace.request().body(clear).patch("/api/v1/lists/" + leads).then().statusCode(400)
                .body("error.details.name", equalTo("is required"));
        workspace.request().body(Map.of("name", "newsletter")).patch("/api/v1/lists/" + leads).then().statusCode(400)
                .body("error.code", equalTo("validation_error")).body("error.details", hasKey("name"));
        workspace.request().get("/api/v1/lists/" + leads).then().body("data.name", equalTo("Leads"));
    }

    @Test
    void aDeleteAnswersDeletedAndThenTheListIsGoneButItsContactsStay() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        workspace.request().body(Map.of("contact_ids", List.of(ada))).post("/api/v1/lists/" + list + "/contacts")
                .then().statusCode(200);

        workspace.request().delete("/api/v1/lists/" + list).then().statusCode(200)
                .body("data.deleted", equalTo(true)).body("data.id", equalTo(list));

        workspace.request().get("/api/v1/lists/" + list).then().statusCode(404);
        workspace.request().delete("/api/v1/lists/" + list).then().statusCode(404);
        workspace.request().get("/api/v1/contacts/" + ada).then().statusCode(200);
    }

    @Test
    void aMalformedUnknownOrForeignIdIsNotFound() {
        TestWorkspace workspace = TestWorkspace.create();
        String foreign = create(TestWorkspace.create(), "Theirs");

        for (String id : List.of("not-an-id", UUID.randomUUID().toString(), foreign)) {
            workspace.request().get("/api/v1/lists/" + id).then().statusCode(404)
                    .body("error.code", equalTo("not_found"));
            workspace.request().body(Map.of("name", "Mine")).patch("/api/v1/lists/" + id).then().statusCode(404);
            workspace.request().delete("/api/v1/lists/" + id).then().statusCode(404);
        }
    }

    @Test
    void readingNeedsListsReadAndWritingListsWrite() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String reader = ScopedKeys.create(workspace.id(), Set.of(Scope.LISTS_READ));
        String contactsOnly = ScopedKeys.create(workspace.id(), Set.of(Scope.CONTACTS_READ, Scope.CONTACTS_READ_ALL,
                Scope.CONTACTS_WRITE));

        ScopedKeys.as(reader).get("/api/v1/lists").then().statusCode(200);
        ScopedKeys.as(reader).get("/api/v1/lists/" + list + "/contacts").then().statusCode(200);
        ScopedKeys.as(reader).body(Map.of("name", "Mine")).post("/api/v1/lists").then().statusCode(403)
                .body("error.details.required_scope", equalTo("lists:write"));
        ScopedKeys.as(reader).delete("/api/v1/lists/" + list).then().statusCode(403);
        ScopedKeys.as(contactsOnly).get("/api/v1/lists/" + list).then().statusCode(403)
                .body("error.details.required_scope", equalTo("lists:read"));
        ScopedKeys.as(contactsOnly).body(Map.of("contact_id", UUID.randomUUID().toString(), "list_id", list))
                .post("/api/v1/contacts/lists").then().statusCode(403);
    }

    static String create(TestWorkspace workspace, String name) {
        return workspace.request().body(Map.of("name", name)).post("/api/v1/lists").then().statusCode(201)
                .extract().path("data.id");
    }

    static String create(TestWorkspace workspace, String name, String description) {
        return workspace.request().body(Map.of("name", name, "description", description)).post("/api/v1/lists")
                .then().statusCode(201).extract().path("data.id");
    }

    static String contact(TestWorkspace workspace, String email) {
        return workspace.request().body(Map.of("email", email)).post("/api/v1/contacts").then().statusCode(201)
                .extract().path("data.id");
    }

    private static JsonPath all(TestWorkspace workspace) {
        return workspace.request().get("/api/v1/lists").then().statusCode(200).extract().jsonPath();
    }
}
