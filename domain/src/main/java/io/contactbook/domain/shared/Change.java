package io.contactbook.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a write does to one field: leave it, clear it, or set it. This is how merge-patch semantics
 * ("only fields present change; null clears") reach the domain without a JSON library.
 */
public sealed interface Change<T> permits Change.Keep, Change.Clear, Change.Set {

    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) Keep.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    static <T> Change<T> clear() {
        return (Change<T>) Clear.INSTANCE;
    }

    static <T> Change<T> to(T value) {
        return new Set<>(Objects.requireNonNull(value, "value"));
    }

    /** A present field: null clears, anything else sets. */
    static <T> Change<T> toNullable(T value) {
        return value == null ? clear() : to(value);
    }

    default boolean isPresent() {
        return !(this instanceof Keep);
    }

    /** The new value given the current one: the current for keep, null for clear. */
    default T applyTo(T current) {
        if (this instanceof Set<T> set) {
            return set.value();
        }
        return this instanceof Clear ? null : current;
    }

    default <R> Change<R> map(Function<T, R> mapper) {
        if (this instanceof Set<T> set) {
            return Change.to(mapper.apply(set.value()));
        }
        @SuppressWarnings("unchecked")
        Change<R> same = (Change<R>) this;
        return same;
    }

    final class Keep<T> implements Change<T> {
        private static final Keep<?> INSTANCE = new Keep<>();

        private Keep() {
        }

        @Override
        public String toString() {
            return "keep";
        }
    }

    final class Clear<T> implements Change<T> {
        private static final Clear<?> INSTANCE = new Clear<>();

        private Clear() {
        }

        @Override
        public String toString() {
            return "clear";
        }
    }

    record Set<T>(T value) implements Change<T> {
    }
}
