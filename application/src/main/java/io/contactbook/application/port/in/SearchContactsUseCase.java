package io.contactbook.application.port.in;

import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;

/**
 * The quick search box: contacts ranked by how well they match {@code q}: an exact identity (email, phone,
 * external id, channel) first, then a name, email or company that starts with it, then any that contains it.
 */
public interface SearchContactsUseCase {

    int DEFAULT_LIMIT = 10;
    int MAX_LIMIT = 20;
    int MAX_QUERY_LENGTH = 200;

    List<ContactView> search(SearchContactsQuery query);

    record SearchContactsQuery(WorkspaceId workspace, String q, int limit) {
        public SearchContactsQuery {
            Objects.requireNonNull(workspace, "workspace");
            if (q == null || q.isBlank()) {
                throw new InvalidQuery("q", "is required");
            }
            if (q.length() > MAX_QUERY_LENGTH) {
                throw new InvalidQuery("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidQuery("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }
    }
}
