package io.contactbook.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant every record belongs to; nothing crosses from one workspace to another. */
public record WorkspaceId(UUID value) {

    /**
     * The workspace of this id.
     *
     * @param value the id
     * @throws NullPointerException if {@code value} is null
     */
    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the workspace of this id}
     *
     * @param value the id
     * @throws NullPointerException if {@code value} is null
     */
    public static WorkspaceId of(UUID value) {
        return new WorkspaceId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
