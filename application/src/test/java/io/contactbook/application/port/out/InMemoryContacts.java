package io.contactbook.application.port.out;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.contactbook.domain.tag.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link Contacts} in memory, keeping the port's promises as the PostgreSQL adapter does: an identity belongs to
 * at most one contact of a workspace (a write that would break this throws {@link DuplicateContact} and writes
 * nothing), every order is total (ties go by id), and a position continues exactly after the contact it came from.
 * Filters compare as the adapter does: {@code search} and tags case-insensitively, the created bounds exclusively.
 */
public class InMemoryContacts implements Contacts {

    private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
    private final Map<WorkspaceId, Map<Identity, ContactId>> holders = new HashMap<>();
    private final List<SearchTerms> searchesReceived = new ArrayList<>();

    @Override
    public synchronized Optional<Contact> find(WorkspaceId workspace, ContactId id) {
        return Optional.ofNullable(contacts.get(id)).filter(contact -> contact.workspaceId().equals(workspace));
    }

    /**
     * The same as {@link #find}. Each call here runs alone, but no lock outlives the call, so this fake does not
     * stand in for the database where writes of one contact must queue (that belongs to the adapter's tests).
     */
    @Override
    public Optional<Contact> findForUpdate(WorkspaceId workspace, ContactId id) {
        return find(workspace, id);
    }

    @Override
    public synchronized Optional<Contact> findByIdentity(WorkspaceId workspace, Identity identity) {
        return Optional.ofNullable(identitiesOf(workspace).get(identity)).map(contacts::get);
    }

    @Override
    public synchronized void add(Contact contact) {
        if (contacts.containsKey(contact.id())) {
            throw new IllegalStateException("contact " + contact.id() + " was added before");
        }
        requireIdentitiesFree(contact);
        claimIdentities(contact);
        contacts.put(contact.id(), contact);
    }

    @Override
    public synchronized void update(Contact contact) {
        Contact current = find(contact.workspaceId(), contact.id())
                .orElseThrow(() -> new IllegalStateException("contact " + contact.id() + " is not stored"));
        requireIdentitiesFree(contact);
        releaseIdentities(current);
        claimIdentities(contact);
        contacts.put(contact.id(), contact);
    }

    @Override
    public synchronized boolean remove(WorkspaceId workspace, ContactId id) {
        Optional<Contact> current = find(workspace, id);
        current.ifPresent(contact -> {
            releaseIdentities(contact);
            contacts.remove(id);
        });
        return current.isPresent();
    }

    @Override
    public synchronized ContactSlice list(ContactFilter filter, ContactSort sort, Optional<List<String>> after,
                                          int offset, int limit) {
        Comparator<Position> order = order(sort);
        Optional<Position> start = after.map(written -> Position.read(written, sort.field()));
        List<Contact> rest = matching(filter)
                .filter(contact -> start.isEmpty()
                        || order.compare(Position.of(contact, sort.field()), start.get()) > 0)
                .sorted(Comparator.comparing(contact -> Position.of(contact, sort.field()), order))
                .skip(offset)
                .toList();
        List<Contact> slice = rest.subList(0, Math.min(limit, rest.size()));
        List<String> lastPosition = slice.isEmpty() ? List.of()
                : Position.of(slice.get(slice.size() - 1), sort.field()).written();
        return new ContactSlice(slice, rest.size() > limit, lastPosition);
    }

    /** Past {@code exactUpTo} the answer is {@code exactUpTo}, flagged as a lower bound. */
    private int countsReceived;

    /** How often a count was asked for. */
    public synchronized int countsReceived() {
        return countsReceived;
    }

    @Override
    public synchronized Count count(ContactFilter filter, int exactUpTo) {
        countsReceived++;
        long matches = matching(filter).count();
        return matches <= exactUpTo ? new Count(matches, true) : new Count(exactUpTo, false);
    }

    /** Ranked by {@link Match}, then by name as {@code sort=name:asc} orders. */
    @Override
    public synchronized List<Contact> search(WorkspaceId workspace, SearchTerms terms, int limit) {
        searchesReceived.add(terms);
        Comparator<Position> byName = order(new ContactSort(ContactSort.Field.NAME, ContactSort.Direction.ASC));
        return contacts.values().stream()
                .filter(contact -> contact.workspaceId().equals(workspace))
                .flatMap(contact -> Match.of(contact, terms).map(match -> new Ranked(match, contact)).stream())
                .sorted(Comparator.comparing(Ranked::match)
                        .thenComparing(ranked -> Position.of(ranked.contact(), ContactSort.Field.NAME), byName))
                .limit(limit)
                .map(Ranked::contact)
                .toList();
    }

    /** Every contact of every workspace, in the order they were added. */
    public synchronized List<Contact> all() {
        return List.copyOf(contacts.values());
    }

    /** The terms of every search asked so far, oldest first. */
    public synchronized List<SearchTerms> searchesReceived() {
        return List.copyOf(searchesReceived);
    }

    private Map<Identity, ContactId> identitiesOf(WorkspaceId workspace) {
        return holders.computeIfAbsent(workspace, any -> new HashMap<>());
    }

    private void requireIdentitiesFree(Contact contact) {
        Map<Identity, ContactId> held = identitiesOf(contact.workspaceId());
        contact.identities().forEach((identity, field) -> {
            ContactId holder = held.get(identity);
            if (holder != null && !holder.equals(contact.id())) {
                throw new DuplicateContact(field, holder);
            }
        });
    }

    private void claimIdentities(Contact contact) {
        Map<Identity, ContactId> held = identitiesOf(contact.workspaceId());
        contact.identities().keySet().forEach(identity -> held.put(identity, contact.id()));
    }

    private void releaseIdentities(Contact contact) {
        identitiesOf(contact.workspaceId()).keySet().removeAll(contact.identities().keySet());
    }

    private Stream<Contact> matching(ContactFilter filter) {
        return contacts.values().stream().filter(contact -> matches(contact, filter));
    }

    private static boolean matches(Contact contact, ContactFilter filter) {
        List<String> tags = contact.tags().stream().map(Tag::value).toList();
        return contact.workspaceId().equals(filter.workspace())
                && filter.search().map(text -> searchable(contact).anyMatch(value -> contains(value, text)))
                        .orElse(true)
                && filter.tags().stream().map(tag -> lowerCase(tag.strip())).allMatch(tags::contains)
                && filter.source().map(source -> source.equals(contact.source())).orElse(true)
                && filter.blocked().map(blocked -> blocked == contact.blocked()).orElse(true)
                && filter.createdAfter().map(contact.createdAt()::isAfter).orElse(true)
                && filter.createdBefore().map(contact.createdAt()::isBefore).orElse(true);
    }

    /** Ascending: contacts without the key last, ties by id; descending is the exact reverse. */
    private static Comparator<Position> order(ContactSort sort) {
        Comparator<Position> ascending = Comparator
                .comparing(Position::key, Comparator.nullsLast(keyOrder(sort.field())))
                .thenComparing(Position::id);
        return sort.direction() == ContactSort.Direction.ASC ? ascending : ascending.reversed();
    }

    private static Comparator<String> keyOrder(ContactSort.Field field) {
        return isTime(field) ? Comparator.comparing(Instant::parse) : Comparator.naturalOrder();
    }

    private static boolean isTime(ContactSort.Field field) {
        return field != ContactSort.Field.NAME && field != ContactSort.Field.EMAIL;
    }

    /** The texts a list's {@code search} looks in. */
    private static Stream<String> searchable(Contact contact) {
        return Stream.of(contact.firstName(), contact.lastName(), contact.name(),
                        contact.email() == null ? null : contact.email().value(),
                        contact.phone() == null ? null : contact.phone().value(),
                        contact.companyName())
                .filter(Objects::nonNull);
    }

    private static boolean contains(String text, String part) {
        return lowerCase(text).contains(lowerCase(part));
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Where a contact stands in a sort: its sort key as text (null when it has none: no name, no email) and its id.
     * Written to a slice as {@code [key, id]}, or {@code [id]} when the key is null.
     */
    private record Position(String key, String id) {

        static Position of(Contact contact, ContactSort.Field field) {
            Function<Contact, Object> key = switch (field) {
                case CREATED_AT -> Contact::createdAt;
                case UPDATED_AT -> Contact::updatedAt;
                case LAST_ACTIVITY -> Contact::lastActivity;
                case NAME -> each -> each.name() == null ? null : lowerCase(each.name());
                case EMAIL -> each -> each.email() == null ? null : each.email().value();
            };
            return new Position(Objects.toString(key.apply(contact), null), contact.id().toString());
        }

        static Position read(List<String> written, ContactSort.Field field) {
            if (written.isEmpty() || written.size() > 2) {
                throw notAPosition();
            }
            String key = written.size() == 2 ? written.get(0) : null;
            String id = written.get(written.size() - 1);
            try {
                if (key != null && isTime(field)) {
                    Instant.parse(key);
                }
                if (!UUID.fromString(id).toString().equals(id)) {
                    throw notAPosition();
                }
            } catch (DateTimeParseException | IllegalArgumentException unreadable) {
                throw notAPosition();
            }
            return new Position(key, id);
        }

        List<String> written() {
            return key == null ? List.of(id) : List.of(key, id);
        }

        private static InvalidValue notAPosition() {
            return new InvalidValue("is not a valid position");
        }
    }

    /** How well a contact matches a search, best first. */
    private enum Match {
        IDENTITY, PREFIX, SUBSTRING;

        static Optional<Match> of(Contact contact, SearchTerms terms) {
            if (!Collections.disjoint(contact.identities().keySet(), terms.identities())) {
                return Optional.of(IDENTITY);
            }
            String text = lowerCase(terms.text());
            Stream<String> prefixed = Stream.of(contact.firstName(), contact.lastName(), contact.name(),
                    contact.email() == null ? null : contact.email().value(), contact.companyName());
            if (prefixed.filter(Objects::nonNull).anyMatch(value -> lowerCase(value).startsWith(text))) {
                return Optional.of(PREFIX);
            }
            boolean phoneDigitsMatch = contact.phone() != null
                    && terms.phoneDigits().map(contact.phone().value()::contains).orElse(false);
            if (phoneDigitsMatch || searchable(contact).anyMatch(value -> contains(value, text))) {
                return Optional.of(SUBSTRING);
            }
            return Optional.empty();
        }
    }

    private record Ranked(Match match, Contact contact) {
    }
}
