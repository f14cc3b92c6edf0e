package io.contactbook.domain.conversation;

import io.contactbook.domain.contact.Contact;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

/**
 * What a contact keeps of its conversations: how many there are, and the latest moment of any of them
 * ({@link Conversation#lastActivityAt}, null when there are none). Counted afresh from the conversations
 * rather than incremented, so it stays exact whatever order concurrent writes land in.
 */
public record ConversationTally(int count, Instant latest) {

    /**
     * {@return the tally of a contact's conversations}
     *
     * @param conversations every conversation attached to the contact
     */
    public static ConversationTally of(Collection<Conversation> conversations) {
        return new ConversationTally(conversations.size(), conversations.stream()
                .map(Conversation::lastActivityAt)
                .max(Comparator.naturalOrder())
                .orElse(null));
    }

    /**
     * {@return the contact with this tally as its conversation count, last conversation time and (at least) last
     * activity, one version later}
     *
     * @param contact the contact the conversations are attached to
     * @param now     the moment of the recount
     */
    public Contact applyTo(Contact contact, Instant now) {
        return contact.withConversationSummary(count, latest, now);
    }
}
