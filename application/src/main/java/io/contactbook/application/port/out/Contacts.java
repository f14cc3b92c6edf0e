package io.contactbook.application.port.out;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * The contacts of every workspace, and the guard of the dedup rule: {@link #add} and {@link #update} either
 * write the contact with all its identities or throw {@link io.contactbook.domain.contact.DuplicateContact}
 * naming the holder, having written nothing. This holds under concurrency.
 */
public interface Contacts {

    Optional<Contact> find(WorkspaceId workspace, ContactId id);

    /** The contact, locked until the transaction ends, so writes to one contact apply one after another. */
    Optional<Contact> findForUpdate(WorkspaceId workspace, ContactId id);

    Optional<Contact> findByIdentity(WorkspaceId workspace, Identity identity);

    void add(Contact contact);

    void update(Contact contact);

    /** Removes the contact and its identities; false when there was none. */
    boolean remove(WorkspaceId workspace, ContactId id);

    /**
     * Up to {@code limit} contacts in the sort's order, after {@code after} (a position from an earlier slice)
     * or past the first {@code offset}. A position the store cannot read is an
     * {@link io.contactbook.domain.shared.InvalidValue}.
     */
    ContactSlice list(ContactFilter filter, ContactSort sort, Optional<List<String>> after, int offset, int limit);

    /** How many contacts match, counted exactly up to {@code exactUpTo}; past that a lower bound. */
    Count count(ContactFilter filter, int exactUpTo);

    /** Ranked matches of a search box query (see {@link io.contactbook.application.port.in.SearchContactsUseCase}). */
    List<Contact> search(WorkspaceId workspace, SearchTerms terms, int limit);

    /** {@code lastPosition} is where the next slice starts: the sort key of the last contact. */
    record ContactSlice(List<Contact> contacts, boolean hasMore, List<String> lastPosition) {
    }

    record Count(long value, boolean exact) {
    }

    /**
     * A search box query, read: its text, and the identities it may be exactly (the text as an email,
     * external id or handle, and as a phone number when it reads as one).
     */
    record SearchTerms(String text, List<Identity> identities, Optional<String> phoneDigits) {
    }
}
