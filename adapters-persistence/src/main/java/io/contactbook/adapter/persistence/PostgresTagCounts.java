package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.TagCountsUseCase.TagCount;
import io.contactbook.application.port.out.TagCounts;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * {@link TagCounts} on PostgreSQL, counted from the contacts themselves, so a count is right the moment a tag
 * changes (no counter to keep in step).
 */
@ApplicationScoped
public class PostgresTagCounts implements TagCounts {

    private final EntityManager entityManager;

    PostgresTagCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TagCount> tagCounts(WorkspaceId workspace) {
        return new NativeSql()
                .append("""
                        SELECT tag, count(*) FROM contacts, unnest(tags) AS tag
                        WHERE workspace_id = ?
                        GROUP BY tag
                        ORDER BY count(*) DESC, tag""", workspace.value())
                .rows(entityManager).stream()
                .map(row -> new TagCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
