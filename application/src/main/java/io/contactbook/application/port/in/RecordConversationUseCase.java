package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.conversation.ConversationInput;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/**
 * Records the summary of a conversation with a contact, by the conversation's own id: new, or replacing what was
 * recorded under that id (moving it here when it was another contact's). Keeps the conversation count, last
 * conversation time and last activity of every contact involved exact.
 */
public interface RecordConversationUseCase {

    /** Empty when the workspace has no such contact. */
    Optional<RecordedConversation> record(RecordConversationCommand command);

    record RecordConversationCommand(WorkspaceId workspace, ContactId contact, ConversationInput input) {
        public RecordConversationCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(input, "input");
        }
    }

    /** {@code created}: the workspace had no conversation of this id before. */
    record RecordedConversation(ConversationView conversation, boolean created) {
    }
}
