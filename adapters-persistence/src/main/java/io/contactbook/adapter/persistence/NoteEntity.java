package io.contactbook.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code contact_notes}; never updated, since notes are immutable. */
@Entity
@Table(name = "contact_notes")
@IdClass(WorkspaceScopedKey.class)
public class NoteEntity extends PanacheEntityBase {

    @Id
    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Id
    public UUID id;

    @Column(name = "contact_id")
    public UUID contactId;

    public String content;

    public String author;

    @Column(name = "created_at")
    public Instant createdAt;
}
