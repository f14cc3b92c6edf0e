package io.contactbook.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactListTest {

    private static final int CONTACTS = 40;

    private TestWorkspace workspace;
    private final List<String> ids = new ArrayList<>();

    /** Once per class; in a @BeforeEach because RestAssured only points at the test instance from then on. */
    @BeforeEach
    void fortyContacts() {
        if (workspace != null) {
            return;
        }
        workspace = TestWorkspace.create();
        for (int i = 0; i < CONTACTS; i++) {
            Map<String, Object> body = new HashMap<>();
            // Every fifth contact has no name, every seventh no email; names repeat so ties need the id.
            if (i % 5 != 0) {
                body.put("first_name", "Person" + (i % 6));
                body.put("last_name", "Zeta" + (i % 3));
            }
            if (i % 7 != 0) {
                body.put("email", "person" + i + "@example.com");
            } else if (!body.containsKey("first_name")) {
                body.put("external_id", "ext-" + i);
            }
            body.put("tags", i % 2 == 0 ? List.of("even", "all") : List.of("odd", "all"));
            body.put("source", i % 3 == 0 ? "widget" : "import");
            body.put("blocked", i % 4 == 0);
            ids.add(workspace.request().body(body).post("/api/v1/contacts").then().statusCode(201)
                    .extract().path("data.id"));
        }
        // A later update makes updated_at differ from created_at for some contacts.
        for (int i = 0; i < CONTACTS; i += 3) {
            workspace.request().body(Map.of("company_name", "Updated " + i)).patch("/api/v1/contacts/" + ids.get(i))
                    .then().statusCode(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"created_at:asc", "created_at:desc", "updated_at:asc", "updated_at:desc",
            "last_activity:asc", "last_activity:desc", "name:asc", "name:desc", "email:asc", "email:desc"})
    void walkingEveryPageByCursorShowsEveryContactOnceInOrder(String sort) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = workspace.request().queryParam("sort", sort).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/contacts").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data"));
            assertThat(page.getInt("pagination.total_count")).isEqualTo(CONTACTS);
            assertThat(page.getBoolean("pagination.total_count_exact")).isTrue();
            assertThat(page.getInt("pagination.limit")).isEqualTo(7);
            cursor = page.getString("pagination.next_cursor");
            assertThat(page.getBoolean("pagination.has_more")).isEqualTo(cursor != null);
            pages++;
        } while (cursor != null);

        List<String> seenIds = seen.stream().map(contact -> (String) contact.get("id")).toList();
        assertThat(pages).isEqualTo((CONTACTS + 6) / 7);
        assertThat(seenIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen).isSortedAccordingTo(order(sort));
    }

    @Test
    void offsetPagesFollowTheSameOrder() {
        List<String> byCursor = workspace.request().queryParam("sort", "name:asc").queryParam("limit", 100)
                .get("/api/v1/contacts").then().statusCode(200).extract().jsonPath().getList("data.id");
        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; offset < CONTACTS; offset += 9) {
            byOffset.addAll(workspace.request().queryParam("sort", "name:asc").queryParam("limit", 9)
                    .queryParam("offset", offset).get("/api/v1/contacts").then().statusCode(200)
                    .extract().jsonPath().getList("data.id"));
        }
        assertThat(byOffset).isEqualTo(byCursor);
    }

    @Test
    void filtersNarrowTheListAndTheCount() {
        assertCount(Map.of("tag", "even"), CONTACTS / 2);
        assertCount(Map.of("source", "widget"), 14);
        assertCount(Map.of("blocked", "true"), 10);
        assertCount(Map.of("blocked", "false"), 30);
        assertCount(Map.of("search", "person3@"), 1);
        assertCount(Map.of("search", "ZETA2"), 10);
        assertCount(Map.of("search", "person1 zeta1"), 6);
        assertCount(Map.of("search", "updated 3"), 5);
        String middle = workspace.request().get("/api/v1/contacts/" + ids.get(20)).then().extract().path("data.created_at");
        int before = workspace.request().queryParam("created_before", middle).get("/api/v1/contacts").then()
                .statusCode(200).extract().path("pagination.total_count");
        int after = workspace.request().queryParam("created_after", middle).get("/api/v1/contacts").then()
                .statusCode(200).extract().path("pagination.total_count");
        assertThat(before + after).isLessThan(CONTACTS);
        assertThat(before).isGreaterThan(0);
        assertThat(after).isGreaterThan(0);
    }

    @Test
    void repeatedTagsMeanAllOfThem() {
        workspace.request().queryParam("tag", "even").queryParam("tag", "all").get("/api/v1/contacts")
                .then().statusCode(200).body("pagination.total_count", equalTo(CONTACTS / 2));
        workspace.request().queryParam("tag", "even").queryParam("tag", "odd").get("/api/v1/contacts")
                .then().statusCode(200).body("pagination.total_count", equalTo(0));
    }

    @Test
    void searchTermsAreLiteralText() {
        TestWorkspace literal = TestWorkspace.create();
        for (String name : List.of("100% Sure", "100 Sure", "a_b", "axb", "back\\slash", "backslash")) {
            literal.request().body(Map.of("first_name", name)).post("/api/v1/contacts").then().statusCode(201);
        }
        literal.request().queryParam("search", "100%").get("/api/v1/contacts").then()
                .body("pagination.total_count", equalTo(1)).body("data[0].first_name", equalTo("100% Sure"));
        literal.request().queryParam("search", "a_b").get("/api/v1/contacts").then()
                .body("pagination.total_count", equalTo(1));
        literal.request().queryParam("search", "k\\s").get("/api/v1/contacts").then()
                .body("pagination.total_count", equalTo(1));
    }

    @Test
    void aCursorOnlyContinuesItsOwnQuery() {
        String cursor = workspace.request().queryParam("limit", 5).queryParam("tag", "even").get("/api/v1/contacts")
                .then().statusCode(200).extract().path("pagination.next_cursor");
        workspace.request().queryParam("limit", 5).queryParam("tag", "odd").queryParam("cursor", cursor)
                .get("/api/v1/contacts").then().statusCode(400)
                .body("error.code", equalTo("bad_request")).body("error.details", hasKey("cursor"));
        workspace.request().queryParam("limit", 5).queryParam("tag", "even").queryParam("sort", "name:asc")
                .queryParam("cursor", cursor).get("/api/v1/contacts").then().statusCode(400);
        workspace.request().queryParam("limit", 5).queryParam("tag", "even").queryParam("cursor", cursor)
                .get("/api/v1/contacts").then().statusCode(200);
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");
        for (String bad : List.of("garbage", tampered, "%%%", "A".repeat(5000))) {
            workspace.request().queryParam("limit", 5).queryParam("tag", "even").queryParam("cursor", bad)
                    .get("/api/v1/contacts").then().statusCode(400).body("error.code", equalTo("bad_request"));
        }
    }

    @Test
    void parametersOutOfRangeAre400NotClamped() {
        Map<String, String> bad = Map.of("limit", "0", "offset", "-1", "sort", "colour:asc", "blocked", "maybe",
                "created_after", "yesterday");
        bad.forEach((name, value) -> workspace.request().queryParam(name, value).get("/api/v1/contacts")
                .then().statusCode(400).body("error.code", equalTo("bad_request"))
                .body("error.details", hasKey(name)));
        workspace.request().queryParam("limit", "101").get("/api/v1/contacts").then().statusCode(400);
        workspace.request().queryParam("limit", "ten").get("/api/v1/contacts").then().statusCode(400);
        workspace.request().queryParam("limit", "100").get("/api/v1/contacts").then().statusCode(200);
        workspace.request().queryParam("limit", "1").get("/api/v1/contacts").then().statusCode(200)
                .body("data.size()", equalTo(1));
    }

    @Test
    void theDefaultIsFiftyNewestFirst() {
        JsonPath page = workspace.request().get("/api/v1/contacts").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("data")).hasSize(CONTACTS);
        assertThat(page.getString("data[0].id")).isEqualTo(ids.get(CONTACTS - 1));
        assertThat(page.getInt("pagination.limit")).isEqualTo(50);
        assertThat(page.getBoolean("pagination.has_more")).isFalse();
        assertThat(page.getString("pagination.next_cursor")).isNull();
    }

    @Test
    void anotherWorkspaceSeesNoneOfThese() {
        TestWorkspace other = TestWorkspace.create();
        other.request().get("/api/v1/contacts").then().statusCode(200)
                .body("pagination.total_count", equalTo(0)).body("data.size()", equalTo(0));
    }

    private void assertCount(Map<String, String> filter, int expected) {
        int limit = 100;
        JsonPath page = workspace.request().queryParams(filter).queryParam("limit", limit).get("/api/v1/contacts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("pagination.total_count")).as("count of %s", filter).isEqualTo(expected);
        assertThat(page.getList("data")).as("rows of %s", filter).hasSize(expected);
    }

    /** The order the API promises for a sort: its key, nulls last ascending (first descending), then id. */
    private static Comparator<Map<String, Object>> order(String sort) {
        String[] parts = sort.split(":");
        String field = parts[0];
        Comparator<Map<String, Object>> ascending = Comparator
                .comparing((Map<String, Object> contact) -> key(contact, field) == null)
                .thenComparing(contact -> key(contact, field) == null ? "" : key(contact, field))
                .thenComparing(contact -> (String) contact.get("id"));
        return parts[1].equals("asc") ? ascending : ascending.reversed();
    }

    private static String key(Map<String, Object> contact, String field) {
        Object value = contact.get(field);
        return value == null ? null : ((String) value).toLowerCase();
    }
}
