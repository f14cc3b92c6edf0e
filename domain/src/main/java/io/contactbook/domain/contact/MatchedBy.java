package io.contactbook.domain.contact;

import java.util.Locale;

/**
 * Which of a person's identities an inbound message found their contact by. The constants are in the order
 * identify tries them: the most deliberate identity (the caller's own id) first, a channel handle last.
 */
public enum MatchedBy {
    /** The caller's external id. */
    EXTERNAL_ID,
    /** The email. */
    EMAIL,
    /** The phone. */
    PHONE,
    /** A channel. */
    CHANNEL;

    /** {@return the name clients see, e.g. {@code external_id}} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
