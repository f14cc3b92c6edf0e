package io.contactbook.bootstrap.identify;

import io.contactbook.bootstrap.access.ScopedKeys;
import io.contactbook.bootstrap.api.Simultaneously;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.contactbook.domain.access.Scope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** SPEC §4 identify: the inbound path finds a person by external id, email, phone, channel, or creates them. */
@QuarkusTest
class IdentifyTest {

    private TestWorkspace workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = TestWorkspace.create();
    }

    @Test
    void anUnknownPersonIsCreated() {
        Response response = identify(Map.of("email", "Jane@Example.com", "name", "Jane Doe"));

        response.then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("success", equalTo(true))
                .body("data.created", equalTo(true))
                .body("data.matched_by", nullValue())
                .body("data.contact.email", equalTo("jane@example.com"))
                .body("data.contact.first_name", equalTo("Jane"));
        String id = response.path("data.contact.id");
        assertThat(response.header("Location")).endsWith("/api/v1/contacts/" + id);
        workspace.request().get("/api/v1/contacts/" + id).then().statusCode(200);
    }

    @Test
    void aKnownPersonIsFoundFilledAndTouchedButNeverOverwritten() throws InterruptedException {
        Response first = identify(Map.of("email", "jane@example.com", "first_name", "Jane", "tags", List.of("lead"),
                "metadata", Map.of("plan", "free")));
        String id = first.path("data.contact.id");
        Instant createdActivity = Instant.parse(first.path("data.contact.last_activity"));
        Thread.sleep(5);

        identify(Map.of("email", "JANE@example.com", "first_name", "Janet", "company_name", "Acme",
                "tags", List.of("chat", "lead"), "metadata", Map.of("plan", "gold", "locale", "de")))
                .then().statusCode(200)
                .body("data.created", equalTo(false))
                .body("data.matched_by", equalTo("email"))
                .body("data.contact.id", equalTo(id))
                .body("data.contact.first_name", equalTo("Jane"))
                .body("data.contact.company_name", equalTo("Acme"))
                .body("data.contact.tags", contains("lead", "chat"))
                .body("data.contact.metadata.plan", equalTo("free"))
                .body("data.contact.metadata.locale", equalTo("de"))
                .body("data.contact.version", equalTo(2));

        Response stored = workspace.request().get("/api/v1/contacts/" + id);
        stored.then().body("data.company_name", equalTo("Acme")).header("ETag", "\"2\"");
        assertThat(Instant.parse(stored.<String>path("data.last_activity"))).isAfter(createdActivity);
    }

    @Test
    void theExternalIdIsTriedFirstThenTheEmailThenThePhoneThenTheChannels() {
        String byChannel = created(Map.of("channels", List.of(Map.of("type", "telegram", "value", "@jane"))));
        String byPhone = created(Map.of("phone", "+15550123456"));
        String byEmail = created(Map.of("email", "jane@example.com"));
        String byExternalId = created(Map.of("external_id", "crm-1"));
        Map<String, Object> everything = Map.of("external_id", "crm-1", "email", "jane@example.com",
                "phone", "+1 555 012 3456", "channels", List.of(Map.of("type", "telegram", "value", "@JANE")));

        identify(everything).then().statusCode(200)
                .body("data.matched_by", equalTo("external_id")).body("data.contact.id", equalTo(byExternalId));
        identify(Map.of("email", "jane@example.com", "phone", "+15550123456"))
                .then().body("data.matched_by", equalTo("email")).body("data.contact.id", equalTo(byEmail));
        identify(Map.of("phone", "+15550123456", "channels", List.of(Map.of("type", "telegram", "value", "@jane"))))
                .then().body("data.matched_by", equalTo("phone")).body("data.contact.id", equalTo(byPhone));
        identify(Map.of("channels", List.of(Map.of("type", "telegram", "value", "@Jane"))))
                .then().body("data.matched_by", equalTo("channel")).body("data.contact.id", equalTo(byChannel));
    }

    @Test
    void anIdentityAnotherContactHoldsIsLeftOutAndTheOtherContactKeepsIt() {
        String matched = created(Map.of("external_id", "crm-1"));
        String holder = created(Map.of("email", "taken@example.com"));

        identify(Map.of("external_id", "crm-1", "email", "taken@example.com", "last_name", "Doe"))
                .then().statusCode(200)
                .body("data.contact.id", equalTo(matched))
                .body("data.contact.email", nullValue())
                .body("data.contact.last_name", equalTo("Doe"));
        workspace.request().get("/api/v1/contacts/" + holder).then()
                .body("data.email", equalTo("taken@example.com")).body("data.version", equalTo(1));
    }

    @Test
    void badInputIsRefusedForAKnownPersonTooAndChangesNothing() {
        String id = created(Map.of("email", "jane@example.com"));

        identify(Map.of("email", "jane@example.com", "avatar_url", "ftp://example.com/a.png"))
                .then().statusCode(400)
                .body("error.code", equalTo("validation_error"))
                .body("error.details.avatar_url", equalTo("must be an http or https URL"));
        identify(Map.of("email", "jane@example.com", "tags", "vip"))
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
        identify(Map.of()).then().statusCode(400).body("error.details.contact", org.hamcrest.Matchers.notNullValue());
        workspace.request().get("/api/v1/contacts/" + id).then().body("data.version", equalTo(1));
        workspace.request().get("/api/v1/contacts").then().body("pagination.total_count", equalTo(1));
    }

    @Test
    void needsTheWriteScope() {
        String readOnly = ScopedKeys.create(workspace.id(), Set.of(Scope.CONTACTS_READ, Scope.CONTACTS_READ_ALL));

        ScopedKeys.as(readOnly).body(Map.of("email", "jane@example.com")).post("/api/v1/contacts/identify")
                .then().statusCode(403).body("error.details.required_scope", equalTo("contacts:write"));
        workspace.request().get("/api/v1/contacts").then().body("pagination.total_count", equalTo(0));
    }

    @Test
    void fiftySimultaneousIdentifiesOfOneNewPersonMakeOneContactAndLoseNoFill() throws Exception {
        int requests = 50;
        List<Response> responses = Simultaneously.send(requests, n -> identify(Map.of("email", "race@example.com",
                "tags", List.of("t" + n))));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isIn(200, 201));
        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).hasSize(1);
        assertThat(responses.stream().filter(r -> Boolean.TRUE.equals(r.path("data.created")))).hasSize(1);
        String winner = created.get(0).path("data.contact.id");
        assertThat(responses).allSatisfy(response ->
                assertThat(response.<String>path("data.contact.id")).isEqualTo(winner));
        assertThat(responses.stream().filter(r -> r.statusCode() == 200))
                .allSatisfy(found -> assertThat(found.<String>path("data.matched_by")).isEqualTo("email"));
        // Every fill ran on the contact as the one before left it: all 50 tags, one version each.
        Response stored = workspace.request().get("/api/v1/contacts/" + winner);
        assertThat(stored.<List<String>>path("data.tags")).hasSize(requests);
        assertThat(stored.<Integer>path("data.version")).isEqualTo(requests);
        workspace.request().get("/api/v1/contacts").then().body("pagination.total_count", equalTo(1));
    }


    private Response identify(Map<String, ?> body) {
        return workspace.request().body(body).post("/api/v1/contacts/identify");
    }

    private String created(Map<String, ?> body) {
        return identify(body).then().statusCode(201).extract().path("data.contact.id");
    }
}
