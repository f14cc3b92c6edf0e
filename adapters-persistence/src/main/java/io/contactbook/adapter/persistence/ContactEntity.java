package io.contactbook.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code contacts}. Its identities live in {@code contact_identities}, written by {@link IdentityClaims}.
 * Column names are spelled out so the mapping does not depend on the naming strategy the application configures.
 */
@Entity
@Table(name = "contacts")
@IdClass(WorkspaceScopedKey.class)
public class ContactEntity extends PanacheEntityBase {

    @Id
    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Id
    public UUID id;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    public String phone;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "avatar_url")
    public String avatarUrl;

    public String[] tags;

    @Column(name = "profile_notes")
    public String profileNotes;

    @Column(name = "interest_summary")
    public String interestSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata;

    @Column(name = "custom_attributes")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> customAttributes;

    @Column(name = "external_id")
    public String externalId;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredChannel> channels;

    public boolean blocked;

    @Column(name = "do_not_disturb")
    public boolean doNotDisturb;

    @Column(name = "bot_active")
    public boolean botActive;

    @Column(name = "conversation_count")
    public int conversationCount;

    @Column(name = "last_conversation_at")
    public Instant lastConversationAt;

    @Column(name = "last_activity")
    public Instant lastActivity;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public long version;

    /**
     * The key of the name sort, computed by the database. Read back after every write, so that the position of
     * a contact written earlier in the same transaction is right too.
     */
    @Column(name = "name_sort", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public String nameSort;

    /** One element of the {@code channels} JSON array. */
    public record StoredChannel(String type, String value) {
    }
}
