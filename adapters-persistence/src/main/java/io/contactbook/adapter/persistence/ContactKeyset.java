package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.ContactSort;
import io.contactbook.domain.shared.InvalidValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sort key of a contact order: the expressions of its index in V1, in index order and never null, so that
 * "after this position" is one row comparison the index can seek to, and every order is total (id comes last).
 */
enum ContactKeyset {

    CREATED_AT(new Key("created_at", ContactKeyset::instant, row -> row.createdAt)),
    UPDATED_AT(new Key("updated_at", ContactKeyset::instant, row -> row.updatedAt)),
    LAST_ACTIVITY(new Key("last_activity", ContactKeyset::instant, row -> row.lastActivity)),
    NAME(new Key("(name_sort IS NULL)", ContactKeyset::bool, row -> row.nameSort == null),
            new Key("coalesce(name_sort, '')", text -> text, row -> Objects.requireNonNullElse(row.nameSort, ""))),
    EMAIL(new Key("(email IS NULL)", ContactKeyset::bool, row -> row.email == null),
            new Key("coalesce(email, '')", text -> text, row -> Objects.requireNonNullElse(row.email, "")));

    private final List<Key> keys;

    ContactKeyset(Key... leading) {
        Key id = new Key("id", ContactKeyset::uuid, row -> row.id);
        this.keys = Stream.concat(Stream.of(leading), Stream.of(id)).toList();
    }

    static ContactKeyset of(ContactSort.Field field) {
        return switch (field) {
            case CREATED_AT -> CREATED_AT;
            case UPDATED_AT -> UPDATED_AT;
            case LAST_ACTIVITY -> LAST_ACTIVITY;
            case NAME -> NAME;
            case EMAIL -> EMAIL;
        };
    }

    /** The ORDER BY list: every key in the one direction, as the index is built. */
    String orderBy(ContactSort.Direction direction) {
        return keys.stream().map(key -> key.expression() + " " + direction.name()).collect(Collectors.joining(", "));
    }

    /** The condition for the rows past a position, with one placeholder per key. */
    String after(ContactSort.Direction direction) {
        String comparison = direction == ContactSort.Direction.ASC ? ">" : "<";
        return "(" + keys.stream().map(Key::expression).collect(Collectors.joining(", ")) + ") " + comparison
                + " (" + keys.stream().map(key -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The key values of a row, as text a cursor can carry. */
    List<String> positionOf(ContactEntity row) {
        return keys.stream().map(key -> String.valueOf(key.read().apply(row))).toList();
    }

    /** Reads a position back into the values {@link #after} binds; one this keyset did not write is an InvalidValue. */
    Object[] read(List<String> position) {
        if (position.size() != keys.size()) {
            throw notAPosition();
        }
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            String text = position.get(i);
            if (text == null) {
                throw notAPosition();
            }
            values[i] = keys.get(i).parse().apply(text);
        }
        return values;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notATime) {
            throw notAPosition();
        }
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw notAPosition();
        };
    }

    private static UUID uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            // fromString also reads shortened groups such as 1-1-1-1-1, which no position holds.
            if (id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw notAPosition();
    }

    private static InvalidValue notAPosition() {
        return new InvalidValue("is not a valid position");
    }

    /** One sort key: its SQL expression, how a position carries its value, and its value on a row. */
    private record Key(String expression, Function<String, Object> parse, Function<ContactEntity, Object> read) {
    }
}
