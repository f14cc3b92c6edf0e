package io.contactbook.bootstrap;

import io.contactbook.domain.access.ApiKeyGrant;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Refuses to start on a setting an operator got wrong, naming the environment variable and what it accepts, before
 * anything is served. Values are never echoed: a URL may carry a password.
 */
@Singleton
public class SettingsCheck {

    void onStart(@Observes @Priority(1) StartupEvent started) {
        List<String> problems = problems(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid settings, the service does not start:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** What is wrong with the settings {@code setting} reads (by property name); empty when nothing is. */
    static List<String> problems(Function<String, Optional<String>> setting) {
        List<String> problems = new ArrayList<>();
        integer(setting, "contactbook.api-key-cache-seconds", 0, 3600, "seconds, 0 (look every key up) to 3600")
                .ifPresent(problems::add);
        integer(setting, "contactbook.rate-limit-per-minute", 0, ApiKeyGrant.MAX_RATE_LIMIT_PER_MINUTE,
                "requests, 0 (no default limit) to " + ApiKeyGrant.MAX_RATE_LIMIT_PER_MINUTE)
                .ifPresent(problems::add);
        integer(setting, "quarkus.datasource.jdbc.max-size", 1, 1_000, "connections, 1 to 1000")
                .ifPresent(problems::add);
        setting.apply("quarkus.datasource.jdbc.url")
                .filter(url -> !url.startsWith("jdbc:postgresql://"))
                .ifPresent(url -> problems.add(variable("quarkus.datasource.jdbc.url")
                        + " must be a PostgreSQL JDBC URL: jdbc:postgresql://host:port/database?currentSchema=schema"));
        setting.apply("contactbook.redis-url")
                .filter(url -> !url.isBlank() && !isRedisUrl(url))
                .ifPresent(url -> problems.add(variable("contactbook.redis-url")
                        + " must be a redis:// or rediss:// URL with a host, e.g. redis://127.0.0.1:6379"));
        return problems;
    }

    private static Optional<String> integer(Function<String, Optional<String>> setting, String name, int min, int max,
                                            String accepted) {
        return setting.apply(name).flatMap(value -> {
            try {
                int number = Integer.parseInt(value.trim());
                return number >= min && number <= max ? Optional.empty()
                        : Optional.of(variable(name) + " must be " + accepted);
            } catch (NumberFormatException notANumber) {
                return Optional.of(variable(name) + " must be a whole number of " + accepted);
            }
        });
    }

    private static boolean isRedisUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            return ("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /** The environment variable an operator sets for a property (SmallRye Config's rule). */
    static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
