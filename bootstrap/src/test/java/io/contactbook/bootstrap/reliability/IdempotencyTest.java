package io.contactbook.bootstrap.reliability;

import io.contactbook.application.port.in.IdempotencyUseCase;
import io.contactbook.application.port.in.IdempotencyUseCase.Begun;
import io.contactbook.application.port.in.IdempotencyUseCase.IdempotentRequest;
import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** SPEC §4 Reliability: {@code Idempotency-Key} on every POST, end to end. */
@QuarkusTest
class IdempotencyTest {

    private static final String CONTACTS = "/api/v1/contacts";
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Test
    void theSameRequestAgainReplaysTheFirstAnswerWithItsLocationAndETag() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Jane Doe\", \"email\": \"jane@example.com\"}";

        Response first = workspace.request().header(KEY, key).body(body).post(CONTACTS);
        Response again = workspace.request().header(KEY, key).body(body).post(CONTACTS);

        first.then().statusCode(201).header(REPLAYED, nullValue());
        again.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header(REPLAYED, "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .header("X-Request-Id", notNullValue());
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(contactCount(workspace)).isEqualTo(1);
    }

    @Test
    void aClientErrorIsKeptAndReplayedToo() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        String invalid = "{\"email\": \"not an email\"}";

        Response first = workspace.request().header(KEY, key).body(invalid).post(CONTACTS);
        Response again = workspace.request().header(KEY, key).body(invalid).post(CONTACTS);

        first.then().statusCode(400).body("error.code", equalTo("validation_error"));
        again.then().statusCode(400).header(REPLAYED, "true");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void theKeyWithAnotherBodyIs422AndCreatesNothing() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        workspace.request().header(KEY, key).body("{\"email\": \"jane@example.com\"}").post(CONTACTS)
                .then().statusCode(201);

        workspace.request().header(KEY, key).body("{\"email\": \"john@example.com\"}").post(CONTACTS)
                .then().statusCode(422)
                .body("success", equalTo(false))
                .body("error.code", equalTo("idempotency_key_reused"))
                .body("error.details", anEmptyMap());
        assertThat(contactCount(workspace)).isEqualTo(1);
    }

    @Test
    void theKeyOnAnotherPathIs422() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        workspace.request().header(KEY, key).body("{\"email\": \"jane@example.com\"}").post(CONTACTS)
                .then().statusCode(201);

        workspace.request().header(KEY, key).body("{\"email\": \"jane@example.com\"}").post(CONTACTS + "/quick")
                .then().statusCode(422).body("error.code", equalTo("idempotency_key_reused"));
    }

    @Test
    void whileTheFirstRequestIsInFlightTheSameRequestIs409() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        String body = "{\"email\": \"jane@example.com\"}";
        // The first request holds the key but has not finished: claimed as the filter claims it.
        assertThat(idempotency().begin(new IdempotentRequest(workspace.id(), key, "POST", CONTACTS,
                body.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(Begun.class);

        workspace.request().header(KEY, key).body(body).post(CONTACTS)
                .then().statusCode(409)
                .body("success", equalTo(false))
                .body("error.code", equalTo("conflict"))
                .body("error.details", anEmptyMap());
        assertThat(contactCount(workspace)).isZero();
    }

    @Test
    void aKeyOver255CharactersOrEmptyIs400() {
        TestWorkspace workspace = TestWorkspace.create();

        for (String malformed : List.of("k".repeat(256), "")) {
            workspace.request().header(KEY, malformed).body("{\"email\": \"jane@example.com\"}").post(CONTACTS)
                    .then().statusCode(400)
                    .body("success", equalTo(false))
                    .body("error.code", equalTo("bad_request"))
                    .body("error.details", hasKey(KEY));
        }
        assertThat(contactCount(workspace)).isZero();
    }

    @Test
    void keysAreScopedToTheWorkspace() {
        TestWorkspace one = TestWorkspace.create();
        TestWorkspace other = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        String body = "{\"email\": \"jane@example.com\"}";

        one.request().header(KEY, key).body(body).post(CONTACTS).then().statusCode(201).header(REPLAYED, nullValue());
        other.request().header(KEY, key).body(body).post(CONTACTS).then().statusCode(201).header(REPLAYED, nullValue());
    }

    @Test
    void withoutAKeyEveryPostRunsAndAGetIgnoresTheKey() {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();

        workspace.request().body("{\"name\": \"Jane\"}").post(CONTACTS).then().statusCode(201);
        workspace.request().body("{\"name\": \"Jane\"}").post(CONTACTS).then().statusCode(201);
        workspace.request().header(KEY, key).get(CONTACTS).then().statusCode(200).header(REPLAYED, nullValue());
        workspace.request().header(KEY, key).get(CONTACTS).then().statusCode(200).header(REPLAYED, nullValue());
        assertThat(contactCount(workspace)).isEqualTo(2);
    }

    @Test
    void simultaneousRequestsWithOneKeyCreateOneContact() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Jane Doe\"}";
        int senders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                Callable<Response> sender = () -> {
                    start.await();
                    return workspace.request().header(KEY, key).body(body).post(CONTACTS);
                };
                sent.add(pool.submit(sender));
            }
            start.countDown();
            for (Future<Response> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Response> created = answers.stream()
                .filter(answer -> answer.statusCode() == 201 && answer.header(REPLAYED) == null).toList();
        assertThat(created).hasSize(1);
        String id = created.get(0).path("data.id");
        assertThat(answers).allSatisfy(answer -> {
            if (answer.statusCode() == 201) {
                assertThat(answer.<String>path("data.id")).isEqualTo(id);
            } else {
                assertThat(answer.statusCode()).isEqualTo(409);
                assertThat(answer.<String>path("error.code")).isEqualTo("conflict");
            }
        });
        assertThat(contactCount(workspace)).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionOffersTheKeyAndItsAnswersOnEveryPost() {
        RestAssured.given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths.'/api/v1/contacts'.post.parameters.name", hasItem(KEY))
                .body("paths.'/api/v1/contacts'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/contacts'.post.responses.'409'.description", containsString("Idempotency-Key"))
                .body("paths.'/api/v1/contacts'.get.parameters.name", not(hasItem(KEY)));
    }

    private static IdempotencyUseCase idempotency() {
        return Arc.container().instance(IdempotencyUseCase.class).get();
    }

    private static int contactCount(TestWorkspace workspace) {
        return workspace.request().get(CONTACTS).then().statusCode(200).extract().path("pagination.total_count");
    }
}
