package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Notes;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.note.Note;
import io.contactbook.domain.note.NoteContent;
import io.contactbook.domain.note.NoteId;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * {@link Notes} on PostgreSQL; joins the caller's transaction. Lists and counts are native SQL on the index
 * {@code contact_notes_contact} of V2, newest first.
 */
@ApplicationScoped
public class PostgresNotes implements Notes {

    private final EntityManager entityManager;

    PostgresNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(Note note) {
        NoteEntity row = new NoteEntity();
        row.workspaceId = note.workspaceId().value();
        row.id = note.id().value();
        row.contactId = note.contactId().value();
        row.content = note.content().value();
        row.author = note.author();
        row.createdAt = note.createdAt();
        row.persist();
    }

    @Override
    public Optional<Note> find(WorkspaceId workspace, NoteId id) {
        return NoteEntity.<NoteEntity>findByIdOptional(key(workspace, id)).map(PostgresNotes::toDomain);
    }

    @Override
    public boolean remove(WorkspaceId workspace, NoteId id) {
        return NoteEntity.delete("workspaceId = ?1 and id = ?2", workspace.value(), id.value()) == 1;
    }

    @Override
    public NoteSlice list(WorkspaceId workspace, ContactId contact, Optional<List<String>> after, int offset,
                          int limit) {
        NativeSql sql = ofContact("SELECT *", workspace, contact);
        after.map(NotePosition::read).ifPresent(position ->
                sql.append("AND (created_at, id) < (?, ?)", position.createdAt(), position.id()));
        // One row more than asked tells whether there is a next slice.
        List<NoteEntity> rows = sql
                .append("ORDER BY created_at DESC, id DESC")
                .append("LIMIT ? OFFSET ?", limit + 1, offset)
                .entities(entityManager, NoteEntity.class);

        boolean hasMore = rows.size() > limit;
        List<NoteEntity> slice = hasMore ? rows.subList(0, limit) : rows;
        List<String> lastPosition = slice.isEmpty() ? List.of()
                : NotePosition.of(slice.get(slice.size() - 1)).asText();
        return new NoteSlice(slice.stream().map(PostgresNotes::toDomain).toList(), hasMore, lastPosition);
    }

    @Override
    public long count(WorkspaceId workspace, ContactId contact) {
        return ofContact("SELECT count(*)", workspace, contact).singleValue(entityManager, Number.class).longValue();
    }

    private static NativeSql ofContact(String select, WorkspaceId workspace, ContactId contact) {
        return new NativeSql()
                .append(select + " FROM contact_notes")
                .append("WHERE workspace_id = ? AND contact_id = ?", workspace.value(), contact.value());
    }

    private static Note toDomain(NoteEntity row) {
        return new Note(new NoteId(row.id), WorkspaceId.of(row.workspaceId), new ContactId(row.contactId),
                new NoteContent(row.content), row.author, row.createdAt);
    }

    private static WorkspaceScopedKey key(WorkspaceId workspace, NoteId id) {
        return new WorkspaceScopedKey(workspace.value(), id.value());
    }
}
