package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.ContactLists;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactList;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.list.ListName;
import io.contactbook.domain.list.ListNameTaken;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link ContactLists} on PostgreSQL; joins the caller's transaction. The unique index {@code contact_lists_name}
 * keeps names apart: a write is flushed at once, so that the index's refusal surfaces here, as the domain's
 * {@link ListNameTaken}, rather than at commit.
 */
@ApplicationScoped
public class PostgresContactLists implements ContactLists {

    private static final String UNIQUE_NAME_INDEX = "contact_lists_name";

    /**
     * Adds the workspace's contacts among the ids in one statement, and tells for each id whether it was added, was
     * a member already, or names no contact of the workspace. {@code FOR KEY SHARE} keeps a contact from being
     * deleted under the insert; one deleted meanwhile is skipped, as if it had never been.
     */
    private static final String ADD_MEMBERS = """
            WITH wanted AS (
                SELECT DISTINCT contact_id FROM unnest(CAST(? AS uuid[])) AS wanted (contact_id)
            ), existing AS (
                SELECT contacts.id FROM contacts JOIN wanted ON wanted.contact_id = contacts.id
                WHERE contacts.workspace_id = ?
                FOR KEY SHARE OF contacts
            ), added AS (
                INSERT INTO list_members (workspace_id, list_id, contact_id, added_at)
                SELECT ?, ?, id, ? FROM existing
                ON CONFLICT DO NOTHING
                RETURNING contact_id
            )
            SELECT existing.id, existing.id IN (SELECT contact_id FROM added) FROM existing""";

    private final EntityManager entityManager;

    PostgresContactLists(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ContactList list) {
        ContactListEntity row = new ContactListEntity();
        row.workspaceId = list.workspaceId().value();
        row.id = list.id().value();
        copyOnto(list, row);
        row.createdAt = list.createdAt();
        flushGuardingTheName(row::persist);
    }

    @Override
    public void update(ContactList list) {
        ContactListEntity row = ContactListEntity.<ContactListEntity>findByIdOptional(key(list.workspaceId(), list.id()))
                .orElseThrow(() -> new IllegalStateException("there is no list " + list.id() + " to update"));
        flushGuardingTheName(() -> copyOnto(list, row));
    }

    @Override
    public Optional<ContactList> findForUpdate(WorkspaceId workspace, ContactListId id) {
        return ContactListEntity.<ContactListEntity>findByIdOptional(key(workspace, id), LockModeType.PESSIMISTIC_WRITE)
                .map(PostgresContactLists::toDomain);
    }

    @Override
    public Optional<CountedList> find(WorkspaceId workspace, ContactListId id) {
        return ContactListEntity.<ContactListEntity>findByIdOptional(key(workspace, id))
                .map(PostgresContactLists::counted);
    }

    @Override
    public ListSlice page(WorkspaceId workspace, Optional<ContactListId> after, int limit) {
        // A UUID v7 orders by its time first, so the order of ids is the order of creation.
        String query = after.isPresent() ? "workspaceId = :workspace and id > :after" : "workspaceId = :workspace";
        Parameters parameters = Parameters.with("workspace", workspace.value());
        after.ifPresent(position -> parameters.and("after", position.value()));
        List<ContactListEntity> rows = ContactListEntity.<ContactListEntity>find(query, Sort.by("id"), parameters)
                .range(0, limit) // one row more than asked tells whether there is more
                .list();
        boolean hasMore = rows.size() > limit;
        List<ContactListEntity> slice = hasMore ? rows.subList(0, limit) : rows;
        return new ListSlice(slice.stream().map(PostgresContactLists::counted).toList(), hasMore);
    }

    @Override
    public long count(WorkspaceId workspace) {
        return ContactListEntity.count("workspaceId", workspace.value());
    }

    @Override
    public boolean remove(WorkspaceId workspace, ContactListId id) {
        // Its memberships go by the foreign key's ON DELETE CASCADE.
        Optional<ContactListEntity> row = ContactListEntity.findByIdOptional(key(workspace, id));
        row.ifPresent(ContactListEntity::delete);
        return row.isPresent();
    }

    @Override
    public MemberAdditions addMembers(WorkspaceId workspace, ContactListId list, Collection<ContactId> contacts,
                                      Instant now) {
        if (contacts.isEmpty()) {
            return new MemberAdditions(Set.of(), Set.of());
        }
        // The ids were read as UUIDs, so their text form is a safe array literal.
        String ids = contacts.stream().map(ContactId::toString).collect(Collectors.joining(",", "{", "}"));
        Set<ContactId> added = new HashSet<>();
        Set<ContactId> alreadyMembers = new HashSet<>();
        new NativeSql()
                .append(ADD_MEMBERS, ids, workspace.value(), workspace.value(), list.value(), now)
                .rows(entityManager)
                .forEach(row -> (Boolean.TRUE.equals(row[1]) ? added : alreadyMembers).add(new ContactId((UUID) row[0])));
        return new MemberAdditions(added, alreadyMembers);
    }

    @Override
    public boolean removeMember(WorkspaceId workspace, ContactListId list, ContactId contact) {
        return new NativeSql()
                .append("DELETE FROM list_members WHERE workspace_id = ? AND list_id = ? AND contact_id = ?",
                        workspace.value(), list.value(), contact.value())
                .executeUpdate(entityManager) == 1;
    }

    private void flushGuardingTheName(Runnable write) {
        try {
            write.run();
            entityManager.flush();
        } catch (ConstraintViolationException violation) {
            if (violation.getConstraintName() != null && violation.getConstraintName().endsWith(UNIQUE_NAME_INDEX)) {
                throw new ListNameTaken();
            }
            throw violation;
        }
    }

    private static void copyOnto(ContactList list, ContactListEntity row) {
        row.name = list.name().value();
        row.description = list.description();
        row.updatedAt = list.updatedAt();
    }

    private static ContactList toDomain(ContactListEntity row) {
        return new ContactList(new ContactListId(row.id), new WorkspaceId(row.workspaceId), new ListName(row.name),
                row.description, row.createdAt, row.updatedAt);
    }

    private static CountedList counted(ContactListEntity row) {
        return new CountedList(toDomain(row), row.memberCount);
    }

    private static WorkspaceScopedKey key(WorkspaceId workspace, ContactListId id) {
        return new WorkspaceScopedKey(workspace.value(), id.value());
    }
}
