package io.contactbook.domain.contact;

import java.util.Objects;

/**
 * A value that identifies one person within a workspace, in its compared form (lower-cased email or handle,
 * E.164 phone, external id as given). The dedup rule: an identity belongs to at most one contact.
 */
public record Identity(IdentityKind kind, String value) {

    /**
     * An identity in its compared form.
     *
     * @param kind  what kind of value it is
     * @param value the value, normalised as its kind is
     * @throws NullPointerException if either is null
     */
    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
