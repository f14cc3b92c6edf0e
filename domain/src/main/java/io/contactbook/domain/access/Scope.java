package io.contactbook.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** A permission an API key can hold; an endpoint names the one it needs. */
public enum Scope {
    /** Get one contact and look contacts up. */
    CONTACTS_READ("contacts:read"),
    /** List, search and export contacts. */
    CONTACTS_READ_ALL("contacts:read_all"),
    /** Create, change and identify contacts. */
    CONTACTS_WRITE("contacts:write"),
    /** Delete contacts. */
    CONTACTS_DELETE("contacts:delete"),
    /** Block and unblock contacts. */
    CONTACTS_BLOCK("contacts:block"),
    /** Read a contact's notes. */
    CONTACT_NOTES_READ("contact_notes:read"),
    /** Write notes. */
    CONTACT_NOTES_WRITE("contact_notes:write"),
    /** Delete any note, not only one's own. */
    CONTACT_NOTES_DELETE("contact_notes:delete"),
    /** Read contact lists. */
    LISTS_READ("lists:read"),
    /** Create, change and delete lists, and add or remove their members. */
    LISTS_WRITE("lists:write"),
    /** Change the workspace's settings and custom attribute definitions. */
    SETTINGS_WRITE("settings:write"),
    /** Create and revoke API keys. */
    API_KEYS_WRITE("api_keys:write"),
    /** Create workspaces: the platform's scope, not a workspace's. */
    WORKSPACES_WRITE("workspaces:write");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the name clients use, e.g. {@code contacts:read}} */
    public String wireName() {
        return wireName;
    }

    /** {@return every scope's name, for messages: {@code contacts:read, contacts:read_all, ...}} */
    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(Scope::wireName).toList());
    }

    /**
     * {@return the scope of this wire name, or empty when there is none}
     *
     * @param name a wire name such as {@code contacts:read}, possibly null
     */
    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }
}
