package io.contactbook.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API consumers: every operation of the served description shows an example of its request body and of its
 * success answer, and the examples tell the truth about the API (a documented body is accepted, and the
 * documented answer has the fields the real one has).
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode document;

    /** Per test: RestAssured knows the port of the application only once Quarkus started it. */
    @BeforeEach
    void readTheDescription() throws Exception {
        document = JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAnExampleOfItsRequestBodyAndOfItsSuccessAnswer() {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String operation = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode body = entry.getValue().path("requestBody");
                if (!body.isMissingNode()) {
                    missing.addAll(withoutExample(operation + " request body", body));
                }
                boolean exampleAnswer = false;
                for (Map.Entry<String, JsonNode> response : entry.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("2")) {
                        List<String> gaps = withoutExample(operation + " " + response.getKey(), response.getValue());
                        missing.addAll(gaps);
                        exampleAnswer |= gaps.isEmpty();
                    }
                }
                // An operation that never succeeds (editing a note: always 405) shows the answer it gives instead.
                if (!exampleAnswer && withoutExample(operation + " 405", entry.getValue().path("responses").path("405"))
                        .isEmpty()) {
                    exampleAnswer = true;
                }
                if (!exampleAnswer) {
                    missing.add(operation + ": no answer with an example");
                }
            }
        }
        assertThat(operations).as("operations under /api/ in the description").isGreaterThanOrEqualTo(40);
        assertThat(missing).as("request bodies and 2xx answers without an example").isEmpty();
    }

    @Test
    void theDocumentedContactBodyIsAcceptedAndTheDocumentedAnswerHasTheRealAnswersFields() throws Exception {
        JsonNode create = document.at("/paths/~1api~1v1~1contacts/post");
        JsonNode body = create.at("/requestBody/content/application~1json/examples").elements().next().get("value");
        JsonNode documented = create.at("/responses/201/content/application~1json/examples").elements().next()
                .get("value");

        String real = TestWorkspace.create().request().body(JSON.writeValueAsString(body)).post("/api/v1/contacts")
                .then().statusCode(201).extract().asString();
        JsonNode answer = JSON.readTree(real);

        assertThat(fieldNames(documented)).isEqualTo(fieldNames(answer));
        assertThat(fieldNames(documented.get("data"))).isEqualTo(fieldNames(answer.get("data")));
        assertThat(answer.at("/data/email").asText()).isEqualTo(documented.at("/data/email").asText());
        assertThat(answer.at("/data/phone").asText()).isEqualTo(documented.at("/data/phone").asText());
        assertThat(answer.at("/data/tags")).isEqualTo(documented.at("/data/tags"));
    }

    @Test
    void examplesConformToTheSnakeCaseAndTimeConventions() {
        List<String> examples = new ArrayList<>();
        document.findValues("examples").forEach(node -> node.elements().forEachRemaining(example -> {
            if (example.has("value")) {
                examples.add(example.get("value").toString());
            }
        }));
        assertThat(examples).isNotEmpty().allSatisfy(example -> {
            assertThat(example).doesNotContainPattern("\"[a-z]+[A-Z][A-Za-z]*\":");
            assertThat(example).doesNotContainPattern("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\"");
        });
    }

    /** The media types of a body or answer without an example; a body or answer without content is one gap. */
    private static List<String> withoutExample(String where, JsonNode bodyOrAnswer) {
        JsonNode content = bodyOrAnswer.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of(where + ": no content");
        }
        List<String> gaps = new ArrayList<>();
        content.properties().forEach(media -> {
            boolean named = media.getValue().path("examples").isObject() && !media.getValue().path("examples").isEmpty();
            boolean single = media.getValue().has("example");
            if (!named && !single) {
                gaps.add(where + " " + media.getKey());
            }
        });
        return gaps;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
