package io.contactbook.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsCheckTest {

    private static final Map<String, String> VALID = Map.of(
            "contactbook.api-key-cache-seconds", "5",
            "contactbook.rate-limit-per-minute", "100",
            "quarkus.datasource.jdbc.max-size", "20",
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/postgres?currentSchema=contactbook",
            "contactbook.redis-url", "redis://:secret@cache:6379/0");

    @Test
    void theDefaultsAndUsualValuesPass() {
        assertThat(problems(VALID)).isEmpty();
        assertThat(problems(Map.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "contactbook.api-key-cache-seconds | -1    | CONTACTBOOK_API_KEY_CACHE_SECONDS must be seconds, 0",
            "contactbook.api-key-cache-seconds | five  | CONTACTBOOK_API_KEY_CACHE_SECONDS must be a whole number",
            "contactbook.rate-limit-per-minute | -5    | CONTACTBOOK_RATE_LIMIT_PER_MINUTE must be requests, 0",
            "contactbook.rate-limit-per-minute | 1e3   | CONTACTBOOK_RATE_LIMIT_PER_MINUTE must be a whole number",
            "quarkus.datasource.jdbc.max-size  | 0     | QUARKUS_DATASOURCE_JDBC_MAX_SIZE must be connections, 1",
            "quarkus.datasource.jdbc.url       | jdbc:mysql://db/x | QUARKUS_DATASOURCE_JDBC_URL must be a PostgreSQL JDBC URL",
            "contactbook.redis-url             | http://cache:6379 | CONTACTBOOK_REDIS_URL must be a redis:// or rediss:// URL",
            "contactbook.redis-url             | redis://          | CONTACTBOOK_REDIS_URL must be a redis:// or rediss:// URL"})
    void aWrongSettingIsNamedByItsVariable(String property, String value, String message) {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put(property, value);

        List<String> problems = problems(settings);

        assertThat(problems).singleElement().asString().startsWith(message);
    }

    @Test
    void aUrlIsNeverEchoed() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("contactbook.redis-url", "http://:hunter2@cache:6379");

        assertThat(problems(settings)).singleElement().asString().doesNotContain("hunter2");
    }

    @Test
    void everyWrongSettingIsNamedAtOnce() {
        assertThat(problems(Map.of("contactbook.rate-limit-per-minute", "-1", "quarkus.datasource.jdbc.max-size", "x")))
                .hasSize(2);
    }

    private static List<String> problems(Map<String, String> settings) {
        return SettingsCheck.problems(name -> Optional.ofNullable(settings.get(name)));
    }
}
