package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactTagsUseCase;
import io.contactbook.application.port.in.TagCountsUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.TagCounts;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A contact's tags as a resource of their own; every change goes through the contact's rules. */
public class ContactTagService implements ContactTagsUseCase, TagCountsUseCase {

    private final Contacts contacts;
    private final Workspaces workspaces;
    private final TagCounts tagCounts;
    private final Clock clock;

    public ContactTagService(Contacts contacts, Workspaces workspaces, TagCounts tagCounts, Clock clock) {
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.tagCounts = tagCounts;
        this.clock = clock;
    }

    @Override
    public Optional<List<String>> tagsOf(WorkspaceId workspace, ContactId contact) {
        return contacts.find(workspace, contact).map(ContactTagService::tagsOf);
    }

    @Override
    public Optional<List<String>> addTags(WorkspaceId workspace, ContactId contact, List<String> tags) {
        return change(workspace, contact, current -> {
            List<String> added = new ArrayList<>(current);
            added.addAll(tags);
            return added;
        });
    }

    @Override
    public Optional<List<String>> replaceTags(WorkspaceId workspace, ContactId contact, List<String> tags) {
        return change(workspace, contact, current -> tags);
    }

    @Override
    public TagRemoval removeTag(WorkspaceId workspace, ContactId contact, String tag) {
        Optional<Contact> current = contacts.findForUpdate(workspace, contact);
        if (current.isEmpty()) {
            return TagRemoval.NO_SUCH_CONTACT;
        }
        Optional<String> removed = readable(tag).filter(tagsOf(current.get())::contains);
        if (removed.isEmpty()) {
            return TagRemoval.NOT_TAGGED;
        }
        apply(current.get(), tagsOf(current.get()).stream().filter(kept -> !kept.equals(removed.get())).toList());
        return TagRemoval.REMOVED;
    }

    @Override
    public List<TagCount> tagCounts(WorkspaceId workspace) {
        return tagCounts.tagCounts(workspace);
    }

    private Optional<List<String>> change(WorkspaceId workspace, ContactId contact,
                                          UnaryOperator<List<String>> newTags) {
        return contacts.findForUpdate(workspace, contact)
                .map(current -> tagsOf(apply(current, newTags.apply(tagsOf(current)))));
    }

    private Contact apply(Contact current, List<String> tags) {
        Contact changed = current.apply(ContactChanges.builder().tags(Change.to(tags)).build(),
                workspaces.contactPolicy(current.workspaceId()), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        contacts.update(changed);
        return changed;
    }

    private static List<String> tagsOf(Contact contact) {
        return contact.tags().stream().map(Tag::value).toList();
    }

    /** A tag as a client wrote it in a path, in its stored form; one that cannot be a tag is on no contact. */
    private static Optional<String> readable(String tag) {
        try {
            return Optional.of(Tag.parse(tag).value());
        } catch (InvalidValue notATag) {
            return Optional.empty();
        }
    }
}
