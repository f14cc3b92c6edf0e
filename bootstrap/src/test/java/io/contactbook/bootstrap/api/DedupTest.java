package io.contactbook.bootstrap.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** SPEC §3 Dedup: within a workspace an identity belongs to at most one contact, also under concurrency. */
@QuarkusTest
class DedupTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void emailsCompareCaseInsensitivelyAfterTrimming() {
        String jane = create(Map.of("email", "Jane@Example.com"));
        post(Map.of("email", "  jane@example.com ", "first_name", "Other"))
                .then().statusCode(409)
                .body("success", equalTo(false))
                .body("error.code", equalTo("duplicate_contact"))
                .body("error.details.field", equalTo("email"))
                .body("data.id", equalTo(jane));
    }

    @Test
    void onePhoneWrittenThreeWaysIsOneIdentity() {
        String holder = create(Map.of("phone", "+1 555 012 3456"));
        for (String sameNumber : List.of("+15550123456", "+1 (555) 012-3456")) {
            post(Map.of("phone", sameNumber)).then().statusCode(409)
                    .body("error.details.field", equalTo("phone"))
                    .body("data.id", equalTo(holder));
        }
    }

    @Test
    void externalIdsAndChannelHandlesAreIdentitiesToo() {
        String holder = create(Map.of("external_id", "crm-42",
                "channels", List.of(Map.of("type", "instagram", "value", "@Jane.Doe"))));
        post(Map.of("external_id", "crm-42")).then().statusCode(409)
                .body("error.details.field", equalTo("external_id")).body("data.id", equalTo(holder));
        post(Map.of("channels", List.of(Map.of("type", "instagram", "value", "@jane.doe")))).then().statusCode(409)
                .body("error.details.field", equalTo("channels[0]")).body("data.id", equalTo(holder));
    }

    @Test
    void anEmailChannelClashesWithAnotherContactsEmail() {
        String holder = create(Map.of("email", "shared@example.com"));
        post(Map.of("name", "X", "channels", List.of(Map.of("type", "email", "value", "SHARED@example.com"))))
                .then().statusCode(409).body("data.id", equalTo(holder));
    }

    @Test
    void anUpdateCannotTakeAnIdentityEither() {
        String first = create(Map.of("email", "first@example.com"));
        String second = create(Map.of("email", "second@example.com"));
        workspace.request().body(Map.of("email", "FIRST@example.com")).patch("/api/v1/contacts/" + second)
                .then().statusCode(409).body("data.id", equalTo(first));
        workspace.request().get("/api/v1/contacts/" + second).then().body("data.email", equalTo("second@example.com"));
    }

    @Test
    void identitiesAreScopedToTheWorkspace() {
        create(Map.of("email", "everywhere@example.com"));
        TestWorkspace other = TestWorkspace.create();
        other.request().body(Map.of("email", "everywhere@example.com")).post("/api/v1/contacts")
                .then().statusCode(201);
    }

    @Test
    void fiftySimultaneousCreatesWithOneEmailMakeExactlyOneContact() throws Exception {
        int requests = 50;
        List<Response> responses = Simultaneously.send(requests,
                n -> post(Map.of("email", "race@example.com", "first_name", "Racer " + n)));
        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> duplicates = responses.stream().filter(r -> r.statusCode() == 409).toList();
        assertThat(created).hasSize(1);
        assertThat(duplicates).hasSize(requests - 1);
        String winner = created.get(0).path("data.id");
        assertThat(duplicates).allSatisfy(duplicate -> {
            assertThat(duplicate.<String>path("error.code")).isEqualTo("duplicate_contact");
            assertThat(duplicate.<String>path("data.id")).isEqualTo(winner);
        });
        workspace.request().get("/api/v1/contacts?search=race@example.com")
                .then().statusCode(200).body("pagination.total_count", equalTo(1));
    }

    private Response post(Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/contacts");
    }

    private String create(Map<String, ?> body) {
        return post(body).then().statusCode(201).extract().path("data.id");
    }
}
