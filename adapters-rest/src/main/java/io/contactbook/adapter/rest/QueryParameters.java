package io.contactbook.adapter.rest;

import io.contactbook.domain.contact.ContactId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Reads query and path parameters; a value that cannot be read is a 400 naming the parameter, never a coercion. */
final class QueryParameters {

    private QueryParameters() {
    }

    static int integer(String name, String value, int fallback) {
        return optionalInteger(name, value).orElse(fallback);
    }

    static OptionalInt optionalInteger(String name, String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException notANumber) {
            throw ApiProblem.badParameter(name, "must be a whole number");
        }
    }

    static Optional<Boolean> bool(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ApiProblem.badParameter(name, "must be true or false");
        };
    }

    static Optional<Instant> instant(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException unreadable) {
            throw ApiProblem.badParameter(name, "must be an ISO-8601 UTC time such as 2026-03-18T09:15:00.000Z");
        }
    }

    /** An id used as a filter: one that is not a UUID is a bad value of the parameter, not a missing resource. */
    static Optional<UUID> uuid(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(value.trim());
            if (id.toString().equalsIgnoreCase(value.trim())) {
                return Optional.of(id);
            }
        } catch (IllegalArgumentException notAnId) {
            // answered below
        }
        throw ApiProblem.badParameter(name, "must be an id (a UUID)");
    }

    static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    /** A path id; one that is not a UUID names nothing, exactly like an id that does not exist. */
    static UUID id(String value, String what) {
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw ApiProblem.notFound(what);
            }
            return id;
        } catch (IllegalArgumentException notAnId) {
            throw ApiProblem.notFound(what);
        }
    }

    /** A contact id from a path or body; one that is not a UUID names no contact (404). */
    static ContactId contactId(String value) {
        return new ContactId(id(value, "contact"));
    }
}
