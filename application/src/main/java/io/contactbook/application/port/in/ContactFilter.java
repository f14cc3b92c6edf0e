package io.contactbook.application.port.in;

import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which contacts of a workspace a list shows. {@code search} is literal text matched case-insensitively
 * anywhere in the names, email, phone or company (at most 200 characters); every tag in {@code tags} must be on
 * the contact; {@code listId}, when present, lets through only the members of that list (none when the workspace has
 * no such list).
 */
public record ContactFilter(
        WorkspaceId workspace,
        Optional<String> search,
        List<String> tags,
        Optional<String> source,
        Optional<Boolean> blocked,
        Optional<Instant> createdAfter,
        Optional<Instant> createdBefore,
        Optional<UUID> listId) {

    public static final int MAX_SEARCH_LENGTH = 200;

    /** Tags are read as a contact's tags are (trimmed, lower-cased), so a filter matches what was stored. */
    public ContactFilter {
        Objects.requireNonNull(workspace, "workspace");
        if (search.isPresent() && search.get().length() > MAX_SEARCH_LENGTH) {
            throw new InvalidQuery("search", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        tags = tags.stream().map(ContactFilter::tag).toList();
        Objects.requireNonNull(listId, "listId");
    }

    /** A filter on everything but list membership. */
    public ContactFilter(WorkspaceId workspace, Optional<String> search, List<String> tags, Optional<String> source,
                         Optional<Boolean> blocked, Optional<Instant> createdAfter, Optional<Instant> createdBefore) {
        this(workspace, search, tags, source, blocked, createdAfter, createdBefore, Optional.empty());
    }

    private static String tag(String raw) {
        try {
            return Tag.parse(raw).value();
        } catch (InvalidValue invalid) {
            throw new InvalidQuery("tag", invalid.getMessage());
        }
    }

    public static ContactFilter everything(WorkspaceId workspace) {
        return new ContactFilter(workspace, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The members of one list. */
    public static ContactFilter membersOf(WorkspaceId workspace, UUID listId) {
        return new ContactFilter(workspace, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(listId));
    }

    /** A stable text of the filter, to bind a cursor to the query that made it. */
    public String canonical() {
        return String.join("\u001f", workspace.toString(), search.orElse(""), String.join("\u001e", tags),
                source.orElse(""), blocked.map(String::valueOf).orElse(""),
                createdAfter.map(Instant::toString).orElse(""), createdBefore.map(Instant::toString).orElse(""),
                listId.map(UUID::toString).orElse(""));
    }
}
