package io.contactbook.application.port.in;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * One contact's tags, read and changed as a list: tags are trimmed, lower-cased, 1 to 50 characters, at most 50
 * on a contact, duplicates dropped and order kept. Empty answers mean the contact does not exist.
 */
public interface ContactTagsUseCase {

    Optional<List<String>> tagsOf(WorkspaceId workspace, ContactId contact);

    /** Adds the tags the contact does not have yet, after the ones it has. */
    Optional<List<String>> addTags(WorkspaceId workspace, ContactId contact, List<String> tags);

    Optional<List<String>> replaceTags(WorkspaceId workspace, ContactId contact, List<String> tags);

    TagRemoval removeTag(WorkspaceId workspace, ContactId contact, String tag);

    enum TagRemoval { REMOVED, NOT_TAGGED, NO_SUCH_CONTACT }
}
