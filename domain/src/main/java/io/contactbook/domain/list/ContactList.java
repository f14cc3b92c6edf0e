package io.contactbook.domain.list;

import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.Violations;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * A static segment of a workspace's contacts: a named list that contacts are added to and removed from by hand
 * (unlike a filter, it does not follow the contacts' fields). Its members are kept by the store, not here, so a
 * list of a million contacts is as cheap to rename as an empty one. {@link #create} and {@link #apply} check
 * every rule at once and throw a {@link io.contactbook.domain.shared.RuleViolation} naming each broken field.
 */
public record ContactList(
        ContactListId id,
        WorkspaceId workspaceId,
        ListName name,
        String description,
        Instant createdAt,
        Instant updatedAt) {

    /** The most characters a description may have. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    /**
     * A list as stored; the checked ways to make one are {@link #create} and {@link #apply}.
     *
     * @param id          the list's id
     * @param workspaceId the workspace it belongs to
     * @param name        its name
     * @param description its description, or null
     * @param createdAt   when it was created
     * @param updatedAt   when it last changed
     * @throws NullPointerException if the id, workspace, name or either time is null
     */
    public ContactList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * {@return a new list from a client's input, which must name it}
     *
     * @param id          the new list's id
     * @param workspaceId the workspace it belongs to
     * @param input       the fields the client sent
     * @param now         the moment of creation
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field
     */
    public static ContactList create(ContactListId id, WorkspaceId workspaceId, ListChanges input, Instant now) {
        Violations violations = new Violations();
        ListName name = input.name().isPresent() ? name(input.name(), violations) : missingName(violations);
        String description = description(input.description(), null, violations);
        violations.throwIfAny();
        return new ContactList(id, workspaceId, name, description, now, now);
    }

    /**
     * {@return this list with the changes applied} A name can be changed but not cleared; a blank description
     * clears it.
     *
     * @param changes the fields the client sent
     * @param now     the moment of the change
     * @throws io.contactbook.domain.shared.RuleViolation naming every broken field
     */
    public ContactList apply(ListChanges changes, Instant now) {
        Violations violations = new Violations();
        ListName newName = changes.name().isPresent() ? name(changes.name(), violations) : name;
        String newDescription = description(changes.description(), description, violations);
        violations.throwIfAny();
        return new ContactList(id, workspaceId, newName, newDescription, createdAt, now);
    }

    private static ListName name(Change<String> change, Violations violations) {
        String raw = change.applyTo(null);
        if (raw == null) {
            return missingName(violations);
        }
        return violations.check("name", () -> ListName.parse(raw));
    }

    private static ListName missingName(Violations violations) {
        violations.add("name", "is required");
        return null;
    }

    /** Trimmed; blank or null clears it. */
    private static String description(Change<String> change, String current, Violations violations) {
        if (!change.isPresent()) {
            return current;
        }
        String raw = change.applyTo(null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return violations.check("description", () -> checkDescription(raw.strip()));
    }

    private static String checkDescription(String text) {
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidValue("must not contain NUL characters");
        }
        if (text.codePointCount(0, text.length()) > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidValue("must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return text;
    }
}
