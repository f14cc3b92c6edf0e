package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactList;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.list.ListNameTaken;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ContactLists} in memory, keeping the port's promises as the PostgreSQL adapter does: one name per
 * workspace (compared case-insensitively), lists paged in the order of their ids, and members only among the
 * workspace's contacts in the {@link InMemoryContacts} it is given.
 */
public class InMemoryContactLists implements ContactLists {

    private final InMemoryContacts contacts;
    private final Map<ContactListId, ContactList> lists = new LinkedHashMap<>();
    private final Map<ContactListId, Set<ContactId>> members = new LinkedHashMap<>();

    public InMemoryContactLists(InMemoryContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public synchronized void add(ContactList list) {
        requireNameFree(list);
        lists.put(list.id(), list);
        members.put(list.id(), new LinkedHashSet<>());
    }

    @Override
    public synchronized void update(ContactList list) {
        find(list.workspaceId(), list.id())
                .orElseThrow(() -> new IllegalStateException("list " + list.id() + " is not stored"));
        requireNameFree(list);
        lists.put(list.id(), list);
    }

    @Override
    public Optional<ContactList> findForUpdate(WorkspaceId workspace, ContactListId id) {
        return stored(workspace, id);
    }

    @Override
    public synchronized Optional<CountedList> find(WorkspaceId workspace, ContactListId id) {
        return stored(workspace, id).map(this::counted);
    }

    @Override
    public synchronized ListSlice page(WorkspaceId workspace, Optional<ContactListId> after, int limit) {
        List<CountedList> rest = lists.values().stream()
                .filter(list -> list.workspaceId().equals(workspace))
                .filter(list -> after.isEmpty() || list.id().value().compareTo(after.get().value()) > 0)
                .sorted(Comparator.comparing(list -> list.id().value()))
                .map(this::counted)
                .toList();
        return new ListSlice(rest.subList(0, Math.min(limit, rest.size())), rest.size() > limit);
    }

    @Override
    public synchronized long count(WorkspaceId workspace) {
        return lists.values().stream().filter(list -> list.workspaceId().equals(workspace)).count();
    }

    @Override
    public synchronized boolean remove(WorkspaceId workspace, ContactListId id) {
        Optional<ContactList> list = stored(workspace, id);
        list.ifPresent(gone -> {
            lists.remove(id);
            members.remove(id);
        });
        return list.isPresent();
    }

    @Override
    public synchronized MemberAdditions addMembers(WorkspaceId workspace, ContactListId list,
                                                   Collection<ContactId> wanted, Instant now) {
        Set<ContactId> current = membersOf(workspace, list);
        Set<ContactId> added = new HashSet<>();
        Set<ContactId> already = new HashSet<>();
        for (ContactId contact : wanted) {
            if (current.contains(contact)) {
                already.add(contact);
            } else if (contacts.find(workspace, contact).isPresent()) {
                current.add(contact);
                added.add(contact);
            }
        }
        return new MemberAdditions(added, already);
    }

    @Override
    public synchronized boolean removeMember(WorkspaceId workspace, ContactListId list, ContactId contact) {
        return stored(workspace, list).isPresent() && membersOf(workspace, list).remove(contact);
    }

    /** The members of a list, in the order they were added. */
    public synchronized List<ContactId> members(WorkspaceId workspace, ContactListId list) {
        return List.copyOf(membersOf(workspace, list));
    }

    private synchronized Optional<ContactList> stored(WorkspaceId workspace, ContactListId id) {
        return Optional.ofNullable(lists.get(id)).filter(list -> list.workspaceId().equals(workspace));
    }

    private Set<ContactId> membersOf(WorkspaceId workspace, ContactListId list) {
        return stored(workspace, list).map(found -> members.get(found.id()))
                .orElseThrow(() -> new IllegalStateException("list " + list + " is not stored"));
    }

    private CountedList counted(ContactList list) {
        // A contact deleted since it was added is no member any more, as the database's cascade makes it.
        long live = members.get(list.id()).stream()
                .filter(contact -> contacts.find(list.workspaceId(), contact).isPresent())
                .count();
        return new CountedList(list, live);
    }

    private void requireNameFree(ContactList list) {
        boolean taken = lists.values().stream()
                .anyMatch(other -> other.workspaceId().equals(list.workspaceId()) && !other.id().equals(list.id())
                        && other.name().comparable().equals(list.name().comparable()));
        if (taken) {
            throw new ListNameTaken();
        }
    }
}
