package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/**
 * Writes a private note about a contact, signed by the principal of the key that writes it; empty when the
 * workspace has no such contact. Content that breaks its rule is a {@link io.contactbook.domain.shared.RuleViolation}.
 */
public interface AddNoteUseCase {

    Optional<NoteView> add(AddNoteCommand command);

    record AddNoteCommand(WorkspaceId workspace, ContactId contact, String content, String author) {
        public AddNoteCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(author, "author");
        }
    }
}
