package io.contactbook.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a write does to one field: leave it, clear it, or set it. This is how merge-patch semantics
 * ("only fields present change; null clears") reach the domain without a JSON library.
 */
public sealed interface Change<T> permits Change.Keep, Change.Clear, Change.Set {

    /**
     * {@return the change that leaves the field as it is (the field was absent)}
     *
     * @param <T> the field's type
     */
    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) Keep.INSTANCE;
    }

    /**
     * {@return the change that clears the field (the field was present and null)}
     *
     * @param <T> the field's type
     */
    @SuppressWarnings("unchecked")
    static <T> Change<T> clear() {
        return (Change<T>) Clear.INSTANCE;
    }

    /**
     * {@return the change that sets the field to {@code value}}
     *
     * @param value the new value, not null (a null is {@link #clear()})
     * @param <T>   the field's type
     * @throws NullPointerException if {@code value} is null
     */
    static <T> Change<T> to(T value) {
        return new Set<>(Objects.requireNonNull(value, "value"));
    }

    /**
     * {@return the change for a present field: null clears, anything else sets}
     *
     * @param value the field's value as sent, possibly null
     * @param <T>   the field's type
     */
    static <T> Change<T> toNullable(T value) {
        return value == null ? clear() : to(value);
    }

    /** {@return whether the field was present, that is whether this change clears or sets it} */
    default boolean isPresent() {
        return !(this instanceof Keep);
    }

    /**
     * {@return the new value given the current one: the current for keep, null for clear, the value for set}
     *
     * @param current the field's value now, possibly null
     */
    default T applyTo(T current) {
        if (this instanceof Set<T> set) {
            return set.value();
        }
        return this instanceof Clear ? null : current;
    }

    /**
     * {@return this change with a set value converted by {@code mapper}; keep and clear stay as they are}
     *
     * @param mapper converts the set value
     * @param <R>    the converted type
     */
    default <R> Change<R> map(Function<T, R> mapper) {
        if (this instanceof Set<T> set) {
            return Change.to(mapper.apply(set.value()));
        }
        @SuppressWarnings("unchecked")
        Change<R> same = (Change<R>) this;
        return same;
    }

    /**
     * Leave the field as it is; the one instance is {@link Change#keep()}.
     *
     * @param <T> the field's type
     */
    final class Keep<T> implements Change<T> {
        private static final Keep<?> INSTANCE = new Keep<>();

        private Keep() {
        }

        @Override
        public String toString() {
            return "keep";
        }
    }

    /**
     * Clear the field; the one instance is {@link Change#clear()}.
     *
     * @param <T> the field's type
     */
    final class Clear<T> implements Change<T> {
        private static final Clear<?> INSTANCE = new Clear<>();

        private Clear() {
        }

        @Override
        public String toString() {
            return "clear";
        }
    }

    /**
     * Set the field to {@code value}; made by {@link Change#to}.
     *
     * @param value the new value, not null
     * @param <T>   the field's type
     */
    record Set<T>(T value) implements Change<T> {
    }
}
