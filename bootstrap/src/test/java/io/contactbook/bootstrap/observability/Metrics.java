package io.contactbook.bootstrap.observability;

import io.restassured.RestAssured;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Prometheus scrape at /q/metrics, read the way Prometheus would: without an API key. */
record Metrics(String text) {

    /** Name, labels (a template's braces inside quotes included: uri="/api/v1/contacts/{id}"), value. */
    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*})? (\\S+).*$");

    static Metrics scrape() {
        return new Metrics(RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of the samples of {@code name} whose labels contain every one of {@code labels}; 0 when none. */
    double sum(String name, String... labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name)) {
                String found = sample.group(2) == null ? "" : sample.group(2);
                if (Arrays.stream(labels).allMatch(found::contains)) {
                    sum += Double.parseDouble(sample.group(3));
                }
            }
        }
        return sum;
    }

    boolean has(String name, String... labels) {
        return text.lines().map(SAMPLE::matcher).filter(Matcher::matches)
                .anyMatch(sample -> sample.group(1).equals(name) && Arrays.stream(labels)
                        .allMatch(label -> sample.group(2) != null && sample.group(2).contains(label)));
    }
}
