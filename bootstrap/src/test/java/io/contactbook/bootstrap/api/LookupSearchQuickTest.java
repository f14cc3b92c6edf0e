package io.contactbook.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class LookupSearchQuickTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void lookupFindsByEachIdentity() {
        String id = create(Map.of("email", "look@example.com", "phone", "+44 20 7946 0958", "external_id", "crm-7"));
        workspace.request().queryParam("email", " LOOK@example.com").get("/api/v1/contacts/lookup")
                .then().statusCode(200).body("data.id", equalTo(id)).header("ETag", "\"1\"");
        workspace.request().queryParam("phone", "+442079460958").get("/api/v1/contacts/lookup")
                .then().statusCode(200).body("data.id", equalTo(id));
        workspace.request().queryParam("external_id", "crm-7").get("/api/v1/contacts/lookup")
                .then().statusCode(200).body("data.id", equalTo(id));
        workspace.request().queryParam("external_id", "CRM-7").get("/api/v1/contacts/lookup")
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        workspace.request().queryParam("email", "nobody@example.com").get("/api/v1/contacts/lookup")
                .then().statusCode(404);
        workspace.request().queryParam("phone", "not a phone").get("/api/v1/contacts/lookup")
                .then().statusCode(404);
    }

    @Test
    void lookupNeedsExactlyOneIdentity() {
        workspace.request().get("/api/v1/contacts/lookup").then().statusCode(400)
                .body("error.code", equalTo("bad_request"));
        workspace.request().queryParam("email", "a@example.com").queryParam("external_id", "x")
                .get("/api/v1/contacts/lookup").then().statusCode(400);
    }

    @Test
    void lookupIsScopedToTheWorkspace() {
        create(Map.of("email", "mine@example.com"));
        TestWorkspace.create().request().queryParam("email", "mine@example.com").get("/api/v1/contacts/lookup")
                .then().statusCode(404);
    }

    @Test
    void quickReturnsTheExistingContactUnchangedOrCreates() {
        String existing = create(Map.of("email", "quick@example.com", "first_name", "Original"));
        workspace.request().body(Map.of("first_name", "Other", "last_name", "Name", "email", "QUICK@example.com"))
                .post("/api/v1/contacts/quick")
                .then().statusCode(200)
                .body("data.id", equalTo(existing))
                .body("data.first_name", equalTo("Original"))
                .body("data.version", equalTo(1));
        workspace.request().body(Map.of("first_name", "New", "last_name", "Person", "email", "new@example.com"))
                .post("/api/v1/contacts/quick")
                .then().statusCode(201)
                .body("data.name", equalTo("New Person"))
                .body("data.email", equalTo("new@example.com"));
        workspace.request().body(Map.of("first_name", "Bad", "email", "not-an-email"))
                .post("/api/v1/contacts/quick")
                .then().statusCode(400).body("error.details", hasKey("email"));
        workspace.request().body(Map.of("email", 5)).post("/api/v1/contacts/quick")
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
    }

    @Test
    void searchRanksExactIdentityThenPrefixThenSubstring() {
        // Alphabetically Ashlee < Lee < Zed: the rank, not the name, puts them in the opposite order.
        String substring = create(Map.of("first_name", "Ashlee", "last_name", "Brown"));
        String prefix = create(Map.of("first_name", "Lee", "last_name", "Smith"));
        String exact = create(Map.of("first_name", "Zed", "external_id", "lee"));
        create(Map.of("first_name", "Unrelated"));

        List<String> ranked = workspace.request().queryParam("q", "lee").get("/api/v1/contacts/search")
                .then().statusCode(200).extract().jsonPath().getList("data.id");
        assertThat(ranked).containsExactly(exact, prefix, substring);

        ranked = workspace.request().queryParam("q", "shle").get("/api/v1/contacts/search")
                .then().statusCode(200).extract().jsonPath().getList("data.id");
        assertThat(ranked).containsExactly(substring);
    }

    @Test
    void searchFindsAnEmailExactly() {
        String exact = create(Map.of("first_name", "Zed", "email", "ann@example.com"));
        create(Map.of("first_name", "Ann", "email", "ann@example.org"));
        List<String> ranked = workspace.request().queryParam("q", "Ann@Example.com").get("/api/v1/contacts/search")
                .then().statusCode(200).extract().jsonPath().getList("data.id");
        assertThat(ranked).containsExactly(exact);
    }

    @Test
    void aPhoneLikeQueryMatchesTheNormalisedPhone() {
        String id = create(Map.of("first_name", "Caller", "phone", "+1 555 012 3456"));
        for (String q : List.of("+1 (555) 012-3456", "555-0123", "5550123456")) {
            List<String> found = workspace.request().queryParam("q", q).get("/api/v1/contacts/search")
                    .then().statusCode(200).extract().jsonPath().getList("data.id");
            assertThat(found).as(q).containsExactly(id);
        }
    }

    @Test
    void searchLimitsAndRequiresQ() {
        for (int i = 0; i < 12; i++) {
            create(Map.of("first_name", "Many" + i));
        }
        workspace.request().queryParam("q", "many").get("/api/v1/contacts/search").then().statusCode(200)
                .body("data.size()", equalTo(10));
        workspace.request().queryParam("q", "many").queryParam("limit", 20).get("/api/v1/contacts/search")
                .then().statusCode(200).body("data.size()", equalTo(12));
        workspace.request().queryParam("q", "many").queryParam("limit", 21).get("/api/v1/contacts/search")
                .then().statusCode(400);
        workspace.request().get("/api/v1/contacts/search").then().statusCode(400)
                .body("error.details", hasKey("q"));
        workspace.request().queryParam("q", "%_%").get("/api/v1/contacts/search").then().statusCode(200)
                .body("data.size()", equalTo(0));
    }

    private String create(Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");
    }
}
