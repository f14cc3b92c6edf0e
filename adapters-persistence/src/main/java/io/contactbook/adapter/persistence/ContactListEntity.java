package io.contactbook.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code contact_lists}. Its members are rows of {@code list_members}, written with native SQL. */
@Entity
@Table(name = "contact_lists")
@IdClass(WorkspaceScopedKey.class)
public class ContactListEntity extends PanacheEntityBase {

    @Id
    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Id
    public UUID id;

    public String name;

    public String description;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Counted when the row is read (an index-only scan of the members' primary key), never written. */
    @Formula("(SELECT count(*) FROM list_members m WHERE m.workspace_id = workspace_id AND m.list_id = id)")
    public long memberCount;
}
