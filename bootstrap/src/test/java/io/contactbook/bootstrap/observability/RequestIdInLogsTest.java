package io.contactbook.bootstrap.observability;

import io.contactbook.bootstrap.api.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: every line logged while handling a request carries that request's id (the MDC's request_id, printed
 * as [id] by the log format), on the event loop and on the worker thread the resource runs on alike; and the
 * personal data of the request reaches no log line. The test profile writes every line, ours at DEBUG, to
 * target/contactbook-test.log.
 */
@QuarkusTest
class RequestIdInLogsTest {

    private static final Path LOG = Path.of("target", "contactbook-test.log");
    private static final String CONTACTS = "/api/v1/contacts";

    @Test
    void aLineLoggedOnTheWorkerThreadCarriesTheClientsRequestId() throws IOException {
        TestWorkspace workspace = TestWorkspace.create();
        String email = "logged-" + UUID.randomUUID() + "@example.com";
        String phone = "+1 555 " + (1000000 + (int) (Math.random() * 8999999));
        Map<String, String> contact = Map.of("first_name", "Zebedee", "last_name", "Quixotic", "email", email,
                "phone", phone);
        workspace.request().body(contact).post(CONTACTS).then().statusCode(201);
        String requestId = "obs-" + UUID.randomUUID();

        workspace.request().header("X-Request-Id", requestId).body(contact).post(CONTACTS).then().statusCode(409)
                .header("X-Request-Id", requestId);

        List<String> lines = linesWith("[" + requestId + "]");
        assertThat(lines).as("the dedup line, logged by the exception mapper on a worker thread")
                .anyMatch(line -> line.contains("duplicate identity in email") && line.contains("(executor-thread-"));
        assertThat(Files.readString(LOG)).as("no personal data in any log line, DEBUG included")
                .doesNotContain(email).doesNotContain(phone).doesNotContain("Zebedee").doesNotContain("Quixotic");
    }

    @Test
    void aServerMadeRequestIdIsInTheLogLinesToo() throws IOException {
        TestWorkspace workspace = TestWorkspace.create();
        String email = "logged-" + UUID.randomUUID() + "@example.com";
        workspace.request().body(Map.of("email", email)).post(CONTACTS).then().statusCode(201);

        Response duplicate = workspace.request().body(Map.of("email", email)).post(CONTACTS);

        String requestId = duplicate.header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        assertThat(linesWith("[" + requestId + "]")).anyMatch(line -> line.contains("duplicate identity in email"));
    }

    @Test
    void linesOfOneRequestNeverCarryAnotherRequestsId() throws IOException {
        TestWorkspace workspace = TestWorkspace.create();
        String email = "logged-" + UUID.randomUUID() + "@example.com";
        workspace.request().body(Map.of("email", email)).post(CONTACTS).then().statusCode(201);
        String first = "obs-first-" + UUID.randomUUID();
        String second = "obs-second-" + UUID.randomUUID();

        workspace.request().header("X-Request-Id", first).body(Map.of("email", email)).post(CONTACTS)
                .then().statusCode(409);
        workspace.request().header("X-Request-Id", second).get(CONTACTS).then().statusCode(200);

        assertThat(linesWith("[" + first + "]")).isNotEmpty();
        assertThat(linesWith("[" + first + "]")).noneMatch(line -> line.contains(second));
        assertThat(linesWith("[" + second + "]")).noneMatch(line -> line.contains("duplicate identity"));
    }

    private static List<String> linesWith(String text) throws IOException {
        assertThat(LOG).exists();
        return Files.readAllLines(LOG).stream().filter(line -> line.contains(text)).toList();
    }
}
