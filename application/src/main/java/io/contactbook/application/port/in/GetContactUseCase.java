package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** One contact of the workspace, as its own answer shows it: with its most recent conversations. */
public interface GetContactUseCase {

    /** How many conversations a contact's own answer shows; the rest are paged by {@link ListConversationsUseCase}. */
    int MOST_RECENT_CONVERSATIONS = 10;

    /** The contact and its {@link #MOST_RECENT_CONVERSATIONS} most recent conversations, read together. */
    Optional<ContactDetail> get(WorkspaceId workspace, ContactId contact);

    record ContactDetail(ContactView contact, List<ConversationView> recentConversations) {
        public ContactDetail {
            recentConversations = List.copyOf(recentConversations);
        }
    }
}
