package io.contactbook.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged service as an operator starts it (java -jar, settings by environment variable): it refuses a wrong
 * setting before serving, naming the variable, and with JSON logs on every line is JSON and carries the request id.
 * Runs after {@code package} (failsafe), in a schema of its own.
 */
class PackagedServiceIT {

    private static final Path JAR = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("target/quarkus-app/quarkus-run.jar");
    private static final String SCHEMA = "contactbook_packaged_it";
    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @AfterAll
    static void dropTheSchema() throws SQLException {
        try (var connection = DriverManager.getConnection(DATABASE, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void aWrongSettingStopsTheServiceNamingTheVariableNotTheValue() throws Exception {
        assumeTrue(Files.exists(JAR), "the jar is packaged (not in the native profile)");
        Process service = start(Map.of("CONTACTBOOK_RATE_LIMIT_PER_MINUTE", "-7",
                "CONTACTBOOK_REDIS_URL", "http://:hunter2@cache:6379"));

        assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
        String output = new String(service.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(service.exitValue()).isNotZero();
        assertThat(output).contains("CONTACTBOOK_RATE_LIMIT_PER_MINUTE must be requests, 0")
                .contains("CONTACTBOOK_REDIS_URL must be a redis:// or rediss:// URL")
                .doesNotContain("hunter2");
    }

    @Test
    void jsonLogsCarryTheRequestIdOnEveryLineOfTheRequest() throws Exception {
        assumeTrue(Files.exists(JAR), "the jar is packaged (not in the native profile)");
        int port = freePort();
        Path log = Files.createTempFile("contactbook-json", ".log");
        Process service = start(Map.of("QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true", "QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true"), log);
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitReady(http, port);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/contacts"))
                    .header("X-Request-Id", "packaged-it-42").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(401);
            Thread.sleep(500); // the access log line is written as the answer completes
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("{")) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines).as("JSON lines were written").isNotEmpty();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("loggerName").asText()).contains("access-log");
            assertThat(line.path("mdc").path("request_id").asText()).isEqualTo("packaged-it-42");
        });
    }

    private static Process start(Map<String, String> settings) throws IOException {
        return start(settings, null);
    }

    private static Process start(Map<String, String> settings, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", DATABASE + "?currentSchema=" + SCHEMA);
        builder.environment().put("QUARKUS_FLYWAY_SCHEMAS", SCHEMA);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        builder.environment().remove("CONTACTBOOK_BOOTSTRAP_KEY");
        builder.environment().putAll(settings);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        return builder.start();
    }

    private static void awaitReady(HttpClient http, int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service was not ready within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
