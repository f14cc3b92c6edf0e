package io.contactbook.domain.list;

import io.contactbook.domain.shared.Change;

import java.util.Objects;

/** What a client asks of a list's fields: for each, keep, clear or set (merge-patch semantics). */
public record ListChanges(Change<String> name, Change<String> description) {

    /**
     * A client's changes.
     *
     * @param name        the change to the name
     * @param description the change to the description
     * @throws NullPointerException if either is null (an absent field is {@link Change#keep()})
     */
    public ListChanges {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
