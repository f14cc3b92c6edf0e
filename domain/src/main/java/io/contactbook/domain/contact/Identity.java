package io.contactbook.domain.contact;

import java.util.Objects;

/**
 * A value that identifies one person within a workspace, in its compared form (lower-cased email or handle,
 * E.164 phone, external id as given). The dedup rule: an identity belongs to at most one contact.
 */
public record Identity(IdentityKind kind, String value) {

    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
