package io.contactbook.domain.contact;

import java.util.Locale;

/** The kinds of value that identify a person; an email channel and the email field are one kind. */
public enum IdentityKind {
    EMAIL, PHONE, EXTERNAL_ID, INSTAGRAM, WHATSAPP, MESSENGER, TELEGRAM, CUSTOM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
