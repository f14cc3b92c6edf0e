package io.contactbook.bootstrap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's own JSON mapper, as the API uses it: times always carry milliseconds (SPEC §1). */
@QuarkusTest
class JsonFormatTest {

    @Inject
    ObjectMapper json;

    @Test
    void aTimeOnAWholeSecondStillShowsItsMilliseconds() throws Exception {
        assertThat(json.writeValueAsString(Instant.parse("2026-03-18T09:15:00Z")))
                .isEqualTo("\"2026-03-18T09:15:00.000Z\"");
        assertThat(json.writeValueAsString(Instant.parse("2026-03-18T09:15:00.123456Z")))
                .isEqualTo("\"2026-03-18T09:15:00.123Z\"");
    }
}
