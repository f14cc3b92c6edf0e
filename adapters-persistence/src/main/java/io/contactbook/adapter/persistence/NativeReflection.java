package io.contactbook.adapter.persistence;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What Jackson reaches reflectively in the jsonb columns, registered for a native executable (the
 * {@code native} profile). On the JVM this class does nothing.
 *
 * <p>The entities themselves are registered by the Hibernate ORM extension. Inside the jsonb columns,
 * {@link StoredJsonFormat}'s ObjectMapper binds {@code metadata} and {@code custom_attributes} to plain maps,
 * which need nothing, and {@code channels} to a {@code List<StoredChannel>}: that element type is seen only
 * through the generic, so it is listed here. {@link PostgresIdempotencyRecords} stores headers as a
 * {@code Map<String, String>}, which needs nothing either. {@code NativeReflectionTest} fails when a type of this
 * package inside a JSON column is missing here.
 */
@RegisterForReflection(targets = {
        ContactEntity.StoredChannel.class,
})
public final class NativeReflection {

    private NativeReflection() {
    }
}
