package io.contactbook.bootstrap.lists;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.contactbook.bootstrap.lists.ListCrudTest.contact;
import static io.contactbook.bootstrap.lists.ListCrudTest.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class ListMembershipTest {

    @Test
    void addingContactsReportsAddedAlreadyMembersAndIdsOfNoContact() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        String bob = contact(workspace, "bob@example.com");
        String foreign = contact(TestWorkspace.create(), "eve@example.com");
        String unknown = UUID.randomUUID().toString();
        add(workspace, list, List.of(ada)).body("data.added", equalTo(1));

        add(workspace, list, List.of(ada, bob, bob, foreign, unknown, "not-an-id")).statusCode(200)
                .body("data.added", equalTo(1))
                .body("data.already_members", equalTo(1))
                .body("data.not_found", contains(foreign, unknown, "not-an-id"));

        assertThat(members(workspace, list)).containsExactlyInAnyOrder(ada, bob);
        workspace.request().get("/api/v1/lists/" + list).then().body("data.contact_count", equalTo(2));
    }

    @Test
    void aThousandIdsAreTakenAndOneMoreIsRefusedWithoutAddingAny() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        List<String> thousand = new ArrayList<>(Collections.nCopies(999, UUID.randomUUID().toString()));
        thousand.add(ada);

        add(workspace, list, thousand).statusCode(200).body("data.added", equalTo(1));
        List<String> tooMany = new ArrayList<>(thousand);
        tooMany.add(contact(workspace, "bob@example.com"));
        add(workspace, list, tooMany).statusCode(400).body("error.details", hasKey("contact_ids"));
        assertThat(members(workspace, list)).containsExactly(ada);
    }

    @Test
    void contactIdsThatAreNotAnArrayOfStringsAreABadRequest() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");

        workspace.request().body(Map.of("contact_ids", "abc")).post("/api/v1/lists/" + list + "/contacts")
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
        workspace.request().body(Map.of("contact_ids", List.of(1, 2))).post("/api/v1/lists/" + list + "/contacts")
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
        workspace.request().body(Map.of()).post("/api/v1/lists/" + list + "/contacts")
                .then().statusCode(400).body("error.details", hasKey("contact_ids"));
        add(workspace, UUID.randomUUID().toString(), List.of()).statusCode(404);
    }

    @Test
    void aMemberIsRemovedOnceAndTheContactStays() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        add(workspace, list, List.of(ada));

        workspace.request().delete("/api/v1/lists/" + list + "/contacts/" + ada).then().statusCode(200)
                .body("data.deleted", equalTo(true)).body("data.id", equalTo(ada));

        workspace.request().delete("/api/v1/lists/" + list + "/contacts/" + ada).then().statusCode(404);
        workspace.request().delete("/api/v1/lists/" + list + "/contacts/not-an-id").then().statusCode(404);
        assertThat(members(workspace, list)).isEmpty();
        workspace.request().get("/api/v1/contacts/" + ada).then().statusCode(200);
    }

    @Test
    void theContactsOfAListArePagedLikeTheContactList() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            joined.add(contact(workspace, "person" + i + "@example.com"));
        }
        contact(workspace, "outsider@example.com");
        add(workspace, list, joined);

        JsonPath first = workspace.request().queryParam("limit", 3).get("/api/v1/lists/" + list + "/contacts")
                .then().statusCode(200).extract().jsonPath();
        JsonPath second = workspace.request().queryParam("limit", 3)
                .queryParam("cursor", first.getString("pagination.next_cursor"))
                .get("/api/v1/lists/" + list + "/contacts").then().statusCode(200).extract().jsonPath();

        List<String> seen = new ArrayList<>(first.getList("data.id"));
        seen.addAll(second.getList("data.id"));
        List<String> newestFirst = new ArrayList<>(joined);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(first.getInt("pagination.total_count")).isEqualTo(5);
        assertThat(first.getString("data[0].email")).isEqualTo("person4@example.com");
        assertThat(second.getBoolean("pagination.has_more")).isFalse();
        workspace.request().queryParam("offset", 4).get("/api/v1/lists/" + list + "/contacts").then()
                .body("data.id", contains(joined.get(0)));
        workspace.request().get("/api/v1/lists/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
    }

    @Test
    void theContactListFiltersByListTogetherWithItsOtherFilters() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String otherList = create(workspace, "Leads");
        String vip = workspace.request().body(Map.of("email", "vip@example.com", "tags", List.of("vip")))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");
        String plain = contact(workspace, "plain@example.com");
        workspace.request().body(Map.of("email", "vip-outsider@example.com", "tags", List.of("vip")))
                .post("/api/v1/contacts").then().statusCode(201);
        add(workspace, list, List.of(vip, plain));
        add(workspace, otherList, List.of(plain));

        assertThat(listed(workspace, Map.of("list_id", list))).containsExactlyInAnyOrder(vip, plain);
        assertThat(listed(workspace, Map.of("list_id", list, "tag", "vip"))).containsExactly(vip);
        assertThat(listed(workspace, Map.of("list_id", UUID.randomUUID().toString()))).isEmpty();
        assertThat(listed(workspace, Map.of("list_id", create(TestWorkspace.create(), "Theirs")))).isEmpty();
        workspace.request().queryParam("list_id", "not-an-id").get("/api/v1/contacts").then().statusCode(400)
                .body("error.code", equalTo("bad_request")).body("error.details", hasKey("list_id"));
    }

    @Test
    void aCursorContinuesOnlyTheListItWasMadeFor() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String otherList = create(workspace, "Leads");
        add(workspace, list, List.of(contact(workspace, "a@example.com"), contact(workspace, "b@example.com")));

        String cursor = workspace.request().queryParam("list_id", list).queryParam("limit", 1)
                .get("/api/v1/contacts").then().statusCode(200).extract().path("pagination.next_cursor");

        workspace.request().queryParam("list_id", otherList).queryParam("cursor", cursor).get("/api/v1/contacts")
                .then().statusCode(400).body("error.details", hasKey("cursor"));
        workspace.request().queryParam("cursor", cursor).get("/api/v1/contacts").then().statusCode(400);
    }

    @Test
    void deletingAContactTakesItOutOfItsLists() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        String bob = contact(workspace, "bob@example.com");
        add(workspace, list, List.of(ada, bob));

        workspace.request().delete("/api/v1/contacts/" + ada).then().statusCode(200);

        assertThat(members(workspace, list)).containsExactly(bob);
        workspace.request().get("/api/v1/lists/" + list).then().body("data.contact_count", equalTo(1));
    }

    @Test
    void theSecondUrlFormAddsIdempotentlyAndRemoves() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        Map<String, String> membership = Map.of("contact_id", ada, "list_id", list);

        workspace.request().body(membership).post("/api/v1/contacts/lists").then().statusCode(201)
                .body("data.added", equalTo(true)).body("data.list_id", equalTo(list))
                .body("data.contact_id", equalTo(ada));
        workspace.request().body(membership).post("/api/v1/contacts/lists").then().statusCode(200)
                .body("data.added", equalTo(false));
        assertThat(members(workspace, list)).containsExactly(ada);

        workspace.request().body(membership).delete("/api/v1/contacts/lists").then().statusCode(200)
                .body("data.deleted", equalTo(true)).body("data.id", equalTo(ada));
        workspace.request().body(membership).delete("/api/v1/contacts/lists").then().statusCode(404);
        assertThat(members(workspace, list)).isEmpty();
    }

    @Test
    void theSecondUrlFormAnswersNotFoundForAnyIdOfNothingAndValidatesItsFields() {
        TestWorkspace workspace = TestWorkspace.create();
        String list = create(workspace, "Newsletter");
        String ada = contact(workspace, "ada@example.com");
        String foreign = contact(TestWorkspace.create(), "eve@example.com");

        workspace.request().body(Map.of("contact_id", foreign, "list_id", list)).post("/api/v1/contacts/lists")
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        workspace.request().body(Map.of("contact_id", ada, "list_id", UUID.randomUUID().toString()))
                .post("/api/v1/contacts/lists").then().statusCode(404);
        workspace.request().body(Map.of("contact_id", "nope", "list_id", list)).post("/api/v1/contacts/lists")
                .then().statusCode(404);
        workspace.request().body(Map.of("contact_id", ada)).post("/api/v1/contacts/lists").then().statusCode(400)
                .body("error.code", equalTo("validation_error")).body("error.details", hasKey("list_id"));
        workspace.request().body(Map.of("contact_id", 1, "list_id", list)).post("/api/v1/contacts/lists")
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
        assertThat(members(workspace, list)).isEmpty();
    }

    private static io.restassured.response.ValidatableResponse add(TestWorkspace workspace, String list,
                                                                   List<String> contactIds) {
        return workspace.request().body(Map.of("contact_ids", contactIds)).post("/api/v1/lists/" + list + "/contacts")
                .then();
    }

    private static List<String> members(TestWorkspace workspace, String list) {
        return workspace.request().get("/api/v1/lists/" + list + "/contacts").then().statusCode(200)
                .extract().jsonPath().getList("data.id");
    }

    private static List<String> listed(TestWorkspace workspace, Map<String, String> query) {
        return workspace.request().queryParams(query).get("/api/v1/contacts").then().statusCode(200)
                .extract().jsonPath().getList("data.id");
    }
}
