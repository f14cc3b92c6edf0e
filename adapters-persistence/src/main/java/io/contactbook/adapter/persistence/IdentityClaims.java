package io.contactbook.adapter.persistence;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dedup rule as the database enforces it: the primary key of {@code contact_identities} lets one contact of
 * a workspace hold an identity. Claims are inserted with {@code ON CONFLICT DO NOTHING}, which waits for a
 * concurrent claim of the same identity to commit or roll back instead of failing the transaction, so a lost
 * race ends in a {@link DuplicateContact} and the caller's transaction stays usable.
 */
final class IdentityClaims {

    /** Every writer claims in this order, so two writers after overlapping identities cannot deadlock. */
    private static final Comparator<Identity> CLAIM_ORDER =
            Comparator.comparing((Identity identity) -> identity.kind().wireName()).thenComparing(Identity::value);

    /** A claim retried this often has met a holder that keeps letting go and taking back; give up rather than spin. */
    private static final int MAX_CLAIM_ATTEMPTS = 3;

    private final EntityManager entityManager;

    IdentityClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims every identity for {@code owner}. When another contact holds one, releases the claims this call made
     * and throws {@link DuplicateContact} naming the field that carried it ({@code fields} maps identity to field).
     */
    void claimAll(WorkspaceId workspace, ContactId owner, Map<Identity, String> fields) {
        List<Identity> claimed = new ArrayList<>();
        for (Identity identity : fields.keySet().stream().sorted(CLAIM_ORDER).toList()) {
            Optional<ContactId> holder = claim(workspace, owner, identity);
            if (holder.isPresent()) {
                release(workspace, owner, claimed);
                throw new DuplicateContact(fields.get(identity), holder.get());
            }
            claimed.add(identity);
        }
    }

    /**
     * Makes {@code owner} hold exactly the given identities: claims the new ones first, so that a duplicate
     * leaves everything as it was, then releases the ones it no longer has.
     */
    void reassign(WorkspaceId workspace, ContactId owner, Map<Identity, String> fields) {
        Set<Identity> held = heldBy(workspace, owner);
        Map<Identity, String> added = new LinkedHashMap<>(fields);
        added.keySet().removeAll(held);
        claimAll(workspace, owner, added);
        release(workspace, owner, held.stream().filter(identity -> !fields.containsKey(identity)).toList());
    }

    /** {@code (kind, value) IN (...)}: a condition on {@code contact_identities} matching any of the identities. */
    static NativeSql anyOf(Collection<Identity> identities) {
        if (identities.isEmpty()) {
            return new NativeSql().append("false");
        }
        String rows = identities.stream().map(identity -> "(?, ?)").collect(Collectors.joining(", "));
        Object[] values = identities.stream()
                .flatMap(identity -> Stream.of(identity.kind().wireName(), identity.value()))
                .toArray();
        return new NativeSql().append("(kind, value) IN (" + rows + ")", values);
    }

    /** Empty when {@code owner} now holds the identity; otherwise the contact that does. */
    private Optional<ContactId> claim(WorkspaceId workspace, ContactId owner, Identity identity) {
        for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            if (insert(workspace, owner, identity)) {
                return Optional.empty();
            }
            Optional<ContactId> holder = holderOf(workspace, identity);
            if (holder.isPresent()) {
                return holder;
            }
            // The holder let go of it between our insert and our look-up, so it may be free now.
        }
        throw new IllegalStateException("an identity of kind " + identity.kind() + " kept changing hands");
    }

    private boolean insert(WorkspaceId workspace, ContactId owner, Identity identity) {
        return new NativeSql()
                .append("""
                        INSERT INTO contact_identities (workspace_id, kind, value, contact_id)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                        workspace.value(), identity.kind().wireName(), identity.value(), owner.value())
                .executeUpdate(entityManager) == 1;
    }

    private Optional<ContactId> holderOf(WorkspaceId workspace, Identity identity) {
        return new NativeSql()
                .append("SELECT contact_id FROM contact_identities WHERE workspace_id = ? AND kind = ? AND value = ?",
                        workspace.value(), identity.kind().wireName(), identity.value())
                .column(entityManager, UUID.class).stream()
                .findFirst()
                .map(ContactId::new);
    }

    private Set<Identity> heldBy(WorkspaceId workspace, ContactId owner) {
        return new NativeSql()
                .append("SELECT kind, value FROM contact_identities WHERE workspace_id = ? AND contact_id = ?",
                        workspace.value(), owner.value())
                .rows(entityManager).stream()
                .map(row -> new Identity(kindOf((String) row[0]), (String) row[1]))
                .collect(Collectors.toSet());
    }

    /** The kind stored as {@link IdentityKind#wireName()}: its constant's name in lower case. */
    private static IdentityKind kindOf(String wireName) {
        return IdentityKind.valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    private void release(WorkspaceId workspace, ContactId owner, Collection<Identity> identities) {
        if (identities.isEmpty()) {
            return;
        }
        new NativeSql()
                .append("DELETE FROM contact_identities WHERE workspace_id = ? AND contact_id = ? AND",
                        workspace.value(), owner.value())
                .append(anyOf(identities))
                .executeUpdate(entityManager);
    }
}
