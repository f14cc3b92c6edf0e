package io.contactbook.bootstrap.settings;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** SPEC §4 tags: get, add, replace, remove one, with the normalisation rules; GET /tags counts right away. */
@QuarkusTest
class TagsTest {

    private TestWorkspace workspace;
    private String contact;

    @BeforeEach
    void aTaggedContact() {
        workspace = TestWorkspace.create();
        contact = workspace.request().body(Map.of("name", "Tagged", "tags", List.of("vip")))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");
    }

    @Test
    void addingKeepsTheOrderNormalisesAndDropsDuplicates() {
        workspace.request().body(Map.of("tags", List.of(" Newsletter ", "VIP", "trial")))
                .post(tags()).then().statusCode(200)
                .body("data.tags", equalTo(List.of("vip", "newsletter", "trial")));
        workspace.request().get(tags()).then().statusCode(200)
                .body("data.tags", equalTo(List.of("vip", "newsletter", "trial")));
    }

    @Test
    void replacingSetsExactlyTheGivenTags() {
        workspace.request().body(Map.of("tags", List.of("b", "a"))).put(tags()).then().statusCode(200)
                .body("data.tags", equalTo(List.of("b", "a")));
        workspace.request().body(Map.of("tags", List.of())).put(tags()).then().statusCode(200)
                .body("data.tags", equalTo(List.of()));
    }

    @Test
    void removingOneTagAnswersDeletedAndAMissingTagIs404() {
        workspace.request().body(Map.of("tags", List.of("keep"))).post(tags()).then().statusCode(200);
        workspace.request().delete(tags() + "/VIP").then().statusCode(200)
                .body("data.deleted", equalTo(true)).body("data.id", equalTo("vip"));
        workspace.request().get(tags()).then().body("data.tags", equalTo(List.of("keep")));
        workspace.request().delete(tags() + "/vip").then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void theRulesHoldOnEveryWayIn() {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "t" + i).toList();
        workspace.request().body(Map.of("tags", fifty)).put(tags()).then().statusCode(200);
        workspace.request().body(Map.of("tags", List.of("one-more"))).post(tags()).then().statusCode(400)
                .body("error.code", equalTo("validation_error")).body("error.details", hasKey("tags"));
        workspace.request().body(Map.of("tags", List.of("x".repeat(51)))).put(tags()).then().statusCode(400)
                .body("error.details", hasKey("tags[0]"));
        workspace.request().body(Map.of("labels", List.of("a"))).put(tags()).then().statusCode(400);
        workspace.request().body("{\"tags\": \"vip\"}").put(tags()).then().statusCode(400)
                .body("error.code", equalTo("bad_request"));
        workspace.request().get(tags()).then().body("data.tags.size()", equalTo(50));
    }

    @Test
    void unknownContactsAre404() {
        workspace.request().get("/api/v1/contacts/" + java.util.UUID.randomUUID() + "/tags").then().statusCode(404);
        TestWorkspace.create().request().get(tags()).then().statusCode(404);
    }

    @Test
    void tagCountsAreRightAfterEveryChange() {
        String other = workspace.request().body(Map.of("name", "Other", "tags", List.of("vip", "beta")))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("data.id");
        workspace.request().get("/api/v1/tags").then().statusCode(200)
                .body("data", equalTo(List.of(Map.of("tag", "vip", "contact_count", 2),
                        Map.of("tag", "beta", "contact_count", 1))));

        workspace.request().delete("/api/v1/contacts/" + other + "/tags/vip").then().statusCode(200);
        workspace.request().get("/api/v1/tags").then()
                .body("data", equalTo(List.of(Map.of("tag", "beta", "contact_count", 1),
                        Map.of("tag", "vip", "contact_count", 1))));

        workspace.request().delete("/api/v1/contacts/" + other).then().statusCode(200);
        workspace.request().get("/api/v1/tags").then()
                .body("data", equalTo(List.of(Map.of("tag", "vip", "contact_count", 1))));
        TestWorkspace.create().request().get("/api/v1/tags").then().body("data", equalTo(List.of()));
    }

    private String tags() {
        return "/api/v1/contacts/" + contact + "/tags";
    }
}
