package io.contactbook.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A native SQL statement put together from fragments, each bringing the values of its {@code ?} placeholders,
 * so that a statement with optional conditions cannot bind a value to the wrong placeholder.
 */
final class NativeSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    NativeSql append(String fragment, Object... fragmentValues) {
        long placeholders = fragment.chars().filter(c -> c == '?').count();
        if (placeholders != fragmentValues.length) {
            throw new IllegalArgumentException(
                    placeholders + " placeholders but " + fragmentValues.length + " values in: " + fragment);
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(fragment.strip());
        values.addAll(Arrays.asList(fragmentValues));
        return this;
    }

    NativeSql append(NativeSql other) {
        return append(other.text.toString(), other.values.toArray());
    }

    /** The rows as managed entities of {@code entity}; the statement must select all of its columns. */
    @SuppressWarnings("unchecked")
    <T> List<T> entities(EntityManager entityManager, Class<T> entity) {
        return bind(entityManager.createNativeQuery(text.toString(), entity)).getResultList();
    }

    /** The values of a statement that selects one column. */
    <T> List<T> column(EntityManager entityManager, Class<T> type) {
        return ((List<?>) bind(entityManager.createNativeQuery(text.toString())).getResultList()).stream()
                .map(type::cast)
                .toList();
    }

    /** The rows of a statement that selects several columns. */
    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager entityManager) {
        return bind(entityManager.createNativeQuery(text.toString())).getResultList();
    }

    <T> T singleValue(EntityManager entityManager, Class<T> type) {
        return type.cast(bind(entityManager.createNativeQuery(text.toString())).getSingleResult());
    }

    int executeUpdate(EntityManager entityManager) {
        return bind(entityManager.createNativeQuery(text.toString())).executeUpdate();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private Query bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
