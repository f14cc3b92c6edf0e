package io.contactbook.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_keys}; the secret itself is never stored, only its hash. */
@Entity
@Table(name = "api_keys")
@IdClass(WorkspaceScopedKey.class)
public class ApiKeyEntity extends PanacheEntityBase {

    @Id
    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Id
    public UUID id;

    public String name;

    public String principal;

    /** Scope wire names, e.g. {@code contacts:read}. */
    public String[] scopes;

    @Column(name = "key_hash")
    public byte[] keyHash;

    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
