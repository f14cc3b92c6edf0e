package io.contactbook.domain.contact;

import java.util.Locale;

/** The kinds of value that identify a person; an email channel and the email field are one kind. */
public enum IdentityKind {
    /** An email address, lower-cased. */
    EMAIL,
    /** A phone number in E.164. */
    PHONE,
    /** The caller's own id for the person, as given. */
    EXTERNAL_ID,
    /** An Instagram handle, lower-cased. */
    INSTAGRAM,
    /** A WhatsApp handle, lower-cased. */
    WHATSAPP,
    /** A Messenger handle, lower-cased. */
    MESSENGER,
    /** A Telegram handle, lower-cased. */
    TELEGRAM,
    /** A handle on another network, lower-cased. */
    CUSTOM;

    /** {@return the name clients use, e.g. {@code external_id}} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
