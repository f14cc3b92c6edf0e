package io.contactbook.application.port.out;

import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactList;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists of every workspace and their members, and the guard of the rule that a workspace's list names differ
 * (compared case-insensitively): {@link #add} and {@link #update} throw
 * {@link io.contactbook.domain.list.ListNameTaken} instead of writing a second list of one name, also under
 * concurrency. A contact's memberships go when the contact goes.
 */
public interface ContactLists {

    void add(ContactList list);

    /** Expects the list locked by {@link #findForUpdate} in this transaction. */
    void update(ContactList list);

    /** The list, locked until the transaction ends, so a change or an addition does not race its deletion. */
    Optional<ContactList> findForUpdate(WorkspaceId workspace, ContactListId id);

    Optional<CountedList> find(WorkspaceId workspace, ContactListId id);

    /** Up to {@code limit} lists in the order of their ids (their creation), after the list {@code after}. */
    ListSlice page(WorkspaceId workspace, Optional<ContactListId> after, int limit);

    long count(WorkspaceId workspace);

    /** Removes the list and its memberships; false when there was none. */
    boolean remove(WorkspaceId workspace, ContactListId id);

    /** Makes the workspace's contacts among {@code contacts} members; ids of no contact of it are left out. */
    MemberAdditions addMembers(WorkspaceId workspace, ContactListId list, Collection<ContactId> contacts, Instant now);

    /** False when the contact was not a member. */
    boolean removeMember(WorkspaceId workspace, ContactListId list, ContactId contact);

    record CountedList(ContactList list, long memberCount) {
    }

    record ListSlice(List<CountedList> lists, boolean hasMore) {
        public ListSlice {
            lists = List.copyOf(lists);
        }
    }

    /** Of the contacts asked for: those that became members, and those that were members already. */
    record MemberAdditions(Set<ContactId> added, Set<ContactId> alreadyMembers) {
        public MemberAdditions {
            added = Set.copyOf(added);
            alreadyMembers = Set.copyOf(alreadyMembers);
        }
    }
}
