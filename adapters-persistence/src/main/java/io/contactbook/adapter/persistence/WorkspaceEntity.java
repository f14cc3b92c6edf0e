package io.contactbook.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code workspaces}: a tenant and its settings. */
@Entity
@Table(name = "workspaces")
public class WorkspaceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "default_phone_region")
    public String defaultPhoneRegion;

    @Column(name = "strict_custom_attributes")
    public boolean strictCustomAttributes;

    @Column(name = "created_at")
    public Instant createdAt;
}
