package io.contactbook.application.port.in;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The order of a contact list. Contacts without a name (or email) come last in ascending and first in
 * descending order, as PostgreSQL orders nulls; ties are broken by id, so every order is total.
 */
public record ContactSort(Field field, Direction direction) {

    public static final ContactSort DEFAULT = new ContactSort(Field.CREATED_AT, Direction.DESC);

    public enum Field { CREATED_AT, UPDATED_AT, LAST_ACTIVITY, NAME, EMAIL }

    public enum Direction { ASC, DESC }

    public ContactSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }

    /** Reads {@code field} or {@code field:asc|desc} (descending when no direction is given). */
    public static Optional<ContactSort> parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<Field> field = Arrays.stream(Field.values())
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(parts[0]))
                .findFirst();
        Optional<Direction> direction = parts.length == 1 ? Optional.of(Direction.DESC)
                : Arrays.stream(Direction.values())
                        .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(parts[1]))
                        .findFirst();
        return field.flatMap(f -> direction.map(d -> new ContactSort(f, d)));
    }

    @Override
    public String toString() {
        return field.name().toLowerCase(Locale.ROOT) + ":" + direction.name().toLowerCase(Locale.ROOT);
    }
}
