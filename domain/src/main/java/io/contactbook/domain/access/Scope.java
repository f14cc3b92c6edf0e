package io.contactbook.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** A permission an API key can hold; an endpoint names the one it needs. */
public enum Scope {
    CONTACTS_READ("contacts:read"),
    CONTACTS_READ_ALL("contacts:read_all"),
    CONTACTS_WRITE("contacts:write"),
    CONTACTS_DELETE("contacts:delete"),
    CONTACTS_BLOCK("contacts:block"),
    CONTACT_NOTES_READ("contact_notes:read"),
    CONTACT_NOTES_WRITE("contact_notes:write"),
    CONTACT_NOTES_DELETE("contact_notes:delete"),
    LISTS_READ("lists:read"),
    LISTS_WRITE("lists:write"),
    SETTINGS_WRITE("settings:write"),
    API_KEYS_WRITE("api_keys:write"),
    WORKSPACES_WRITE("workspaces:write");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Every scope's name, for messages: {@code contacts:read, contacts:read_all, ...}. */
    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(Scope::wireName).toList());
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }
}
