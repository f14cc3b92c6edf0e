package io.contactbook.domain.contact;

import java.util.Locale;

/**
 * Which of a person's identities an inbound message found their contact by. The constants are in the order
 * identify tries them: the most deliberate identity (the caller's own id) first, a channel handle last.
 */
public enum MatchedBy {
    EXTERNAL_ID, EMAIL, PHONE, CHANNEL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
