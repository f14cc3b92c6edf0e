package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;


/**
 * {@link Contacts} on PostgreSQL. Every method joins the caller's transaction (one per use case); none opens
 * its own. Lists, counts and searches are native SQL, written to use the indexes of V1.
 */
@ApplicationScoped
public class PostgresContacts implements Contacts {

    /** Rank 1 of a search: a name, the email or the company starts with the (lower-cased) term. */
    private static final String STARTS_WITH_TERM = """
            starts_with(lower(first_name), ?) OR starts_with(lower(last_name), ?) OR starts_with(name_sort, ?)
            OR starts_with(email, ?) OR starts_with(lower(company_name), ?)""";

    /** How many contacts containing a search box text are ranked at most (see {@link #search}). */
    static final int SEARCH_CANDIDATES = 5_000;

    private final EntityManager entityManager;
    private final IdentityClaims identityClaims;

    PostgresContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.identityClaims = new IdentityClaims(entityManager);
    }

    @Override
    public Optional<Contact> find(WorkspaceId workspace, ContactId id) {
        return ContactEntity.<ContactEntity>findByIdOptional(key(workspace, id)).map(ContactMapper::toDomain);
    }

    @Override
    public Optional<Contact> findForUpdate(WorkspaceId workspace, ContactId id) {
        Optional<ContactEntity> row = ContactEntity.findByIdOptional(key(workspace, id), LockModeType.PESSIMISTIC_WRITE);
        // A row this transaction read before the lock (identify looks a person up first) keeps what it read then;
        // the lock is only worth having with what the writers before it committed.
        row.ifPresent(entityManager::refresh);
        return row.map(ContactMapper::toDomain);
    }

    @Override
    public Optional<Contact> findByIdentity(WorkspaceId workspace, Identity identity) {
        return new NativeSql()
                .append("""
                        SELECT contacts.* FROM contacts
                        JOIN contact_identities identity
                          ON identity.workspace_id = contacts.workspace_id AND identity.contact_id = contacts.id
                        WHERE contacts.workspace_id = ? AND identity.kind = ? AND identity.value = ?""",
                        workspace.value(), identity.kind().wireName(), identity.value())
                .entities(entityManager, ContactEntity.class).stream()
                .findFirst()
                .map(ContactMapper::toDomain);
    }

    /** Claims the identities before writing the row, so a duplicate leaves nothing written. */
    @Override
    public void add(Contact contact) {
        identityClaims.claimAll(contact.workspaceId(), contact.id(), contact.identities());
        ContactMapper.toNewRow(contact).persist();
    }

    /** Expects the contact locked by {@link #findForUpdate} in this transaction. */
    @Override
    public void update(Contact contact) {
        ContactEntity row = ContactEntity.<ContactEntity>findByIdOptional(key(contact.workspaceId(), contact.id()))
                .orElseThrow(() -> new IllegalStateException("there is no contact " + contact.id() + " to update"));
        identityClaims.reassign(contact.workspaceId(), contact.id(), contact.identities());
        ContactMapper.copyOnto(contact, row);
    }

    @Override
    public boolean remove(WorkspaceId workspace, ContactId id) {
        // Through the entity rather than a DELETE statement: a copy loaded earlier in this transaction
        // (findForUpdate) leaves the persistence context along with the row. Its identities go by the
        // foreign key's ON DELETE CASCADE.
        Optional<ContactEntity> row = ContactEntity.findByIdOptional(key(workspace, id));
        row.ifPresent(ContactEntity::delete);
        return row.isPresent();
    }

    @Override
    public ContactSlice list(ContactFilter filter, ContactSort sort, Optional<List<String>> after, int offset,
                             int limit) {
        planForTheValues(filter);
        ContactKeyset keyset = ContactKeyset.of(sort.field());
        NativeSql sql = new NativeSql()
                .append("SELECT * FROM contacts")
                .append(ContactConditions.matching(filter));
        after.ifPresent(position -> sql.append("AND " + keyset.after(sort.direction()), keyset.read(position)));
        // One row more than asked tells whether there is a next slice.
        List<ContactEntity> rows = sql
                .append("ORDER BY " + keyset.orderBy(sort.direction()))
                .append("LIMIT ? OFFSET ?", limit + 1, offset)
                .entities(entityManager, ContactEntity.class);

        boolean hasMore = rows.size() > limit;
        List<ContactEntity> slice = hasMore ? rows.subList(0, limit) : rows;
        List<String> lastPosition = slice.isEmpty() ? List.of() : keyset.positionOf(slice.get(slice.size() - 1));
        return new ContactSlice(slice.stream().map(ContactMapper::toDomain).toList(), hasMore, lastPosition);
    }

    @Override
    public Count count(ContactFilter filter, int exactUpTo) {
        planForTheValues(filter);
        // Counting stops one past exactUpTo: enough to tell an exact count from a lower bound.
        long counted = new NativeSql()
                .append("SELECT count(*) FROM (SELECT 1 FROM contacts")
                .append(ContactConditions.matching(filter))
                .append("LIMIT ?) matches", exactUpTo + 1L)
                .singleValue(entityManager, Number.class)
                .longValue();
        return new Count(Math.min(counted, exactUpTo), counted <= exactUpTo);
    }

    /**
     * Ranked: 0 holds one of the identities, 1 a name, the email or the company starts with the text, 2 the text
     * (or the phone digits) occurs anywhere; within a rank by name, as {@code sort=name:asc} orders.
     * <p>
     * The contacts containing the text are found through its index in no particular order, up to
     * {@link #SEARCH_CANDIDATES}, then ranked. Walking the name order instead stops after {@code limit} matches
     * only when matches are spread evenly over the alphabet; the contacts containing "paul" mostly sort under P,
     * and the walk read 700,000 rows first (issue 6). Past that many candidates, the ranking is of those found
     * (exact identity matches always take part): a longer text narrows it.
     */
    @Override
    public List<Contact> search(WorkspaceId workspace, SearchTerms terms, int limit) {
        planForTheValues();
        String term = terms.text().toLowerCase(Locale.ROOT);
        NativeSql sql = new NativeSql()
                .append("WITH ranked AS (")
                .append("SELECT contacts.id, 0 AS rank, contacts.name_sort FROM contact_identities identity")
                .append("JOIN contacts ON contacts.workspace_id = identity.workspace_id AND contacts.id = identity.contact_id")
                .append("WHERE identity.workspace_id = ? AND", workspace.value())
                .append(IdentityClaims.anyOf(terms.identities()))
                .append("UNION ALL (SELECT id, CASE WHEN " + STARTS_WITH_TERM + " THEN 1 ELSE 2 END, name_sort",
                        term, term, term, term, term)
                .append("FROM contacts WHERE workspace_id = ?", workspace.value())
                .append(ContactConditions.searchFor(terms.text()))
                .append("LIMIT ?)", SEARCH_CANDIDATES);
        terms.phoneDigits().ifPresent(digits -> sql
                .append("UNION ALL (SELECT id, 2, name_sort FROM contacts WHERE workspace_id = ?", workspace.value())
                .append(ContactConditions.searchFor(digits))
                .append("LIMIT ?)", SEARCH_CANDIDATES));
        return sql
                .append("), best AS (")
                .append("SELECT id, row_number() OVER (ORDER BY min(rank), "
                        + ContactKeyset.NAME.orderBy(ContactSort.Direction.ASC) + ") AS position")
                .append("FROM ranked GROUP BY id, name_sort")
                .append("ORDER BY position LIMIT ?)", limit)
                .append("SELECT contacts.* FROM best JOIN contacts ON contacts.workspace_id = ? AND contacts.id = best.id",
                        workspace.value())
                .append("ORDER BY best.position")
                .entities(entityManager, ContactEntity.class).stream()
                .map(ContactMapper::toDomain)
                .toList();
    }

    /**
     * Whether a search term or a tag is best found through its index or by walking the sort order depends on how
     * many contacts match it. A prepared statement run often gets a generic plan, made without the values, which
     * walks the sort order for every term, and reads a whole workspace for a rare one. For the rest of this
     * transaction, plans are made for the values at hand (a fraction of a millisecond each).
     */
    private void planForTheValues(ContactFilter filter) {
        if (filter.search().isPresent() || !filter.tags().isEmpty()) {
            planForTheValues();
        }
    }

    private void planForTheValues() {
        new NativeSql().append("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate(entityManager);
    }

    private static WorkspaceScopedKey key(WorkspaceId workspace, ContactId id) {
        return new WorkspaceScopedKey(workspace.value(), id.value());
    }
}
