package io.contactbook.domain.list;

import io.contactbook.domain.shared.Change;

import java.util.Objects;

/** What a client asks of a list's fields: for each, keep, clear or set (merge-patch semantics). */
public record ListChanges(Change<String> name, Change<String> description) {

    public ListChanges {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
