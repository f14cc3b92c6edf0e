package io.contactbook.adapter.persistence;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Contacts.ContactSlice;
import io.contactbook.application.port.out.Contacts.Count;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static io.contactbook.adapter.persistence.TestContacts.newContact;
import static io.contactbook.adapter.persistence.TestContacts.withTimes;
import static io.contactbook.domain.shared.Change.to;
import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class ContactListTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** No name here is a prefix of another, so every collation orders their full names as Java does. */
    private static final List<String> FIRST_NAMES = List.of("Ada", "Bob", "Cleo", "Dan");
    private static final List<String> LAST_NAMES = List.of("Kim", "Lee");
    private static final int PAGE_SIZE = 7;
    private static final int MAX_PAGES = 100;

    @Inject
    Contacts contacts;

    @Inject
    TestDatabase database;

    @Test
    void walkingThePagesOfEverySortShowsEveryContactOnceInTheSortsOrder() {
        WorkspaceId workspace = database.newWorkspace();
        List<Contact> added = addVariedContacts(workspace, 60);

        for (ContactSort.Field field : ContactSort.Field.values()) {
            for (ContactSort.Direction direction : ContactSort.Direction.values()) {
                ContactSort sort = new ContactSort(field, direction);
                assertThat(walk(ContactFilter.everything(workspace), sort)).as(sort.toString())
                        .containsExactlyElementsOf(ids(added.stream().sorted(expectedOrder(sort)).toList()));
            }
        }
    }

    @Test
    void anOffsetSkipsThatManyContactsOfTheOrder() {
        WorkspaceId workspace = database.newWorkspace();
        List<Contact> added = addVariedContacts(workspace, 20);
        ContactSort sort = new ContactSort(ContactSort.Field.NAME, ContactSort.Direction.DESC);
        List<ContactId> expected = ids(added.stream().sorted(expectedOrder(sort)).toList());

        ContactSlice middle = list(ContactFilter.everything(workspace), sort, Optional.empty(), 7, 7);
        ContactSlice end = list(ContactFilter.everything(workspace), sort, Optional.empty(), 14, 7);

        assertThat(ids(middle.contacts())).isEqualTo(expected.subList(7, 14));
        assertThat(middle.hasMore()).isTrue();
        assertThat(ids(end.contacts())).isEqualTo(expected.subList(14, 20));
        assertThat(end.hasMore()).isFalse();
    }

    @Test
    void searchMatchesLiterallyWithoutWildcards() {
        WorkspaceId workspace = database.newWorkspace();
        Contact percent = add(workspace, input -> input.firstName(to("Zed")).companyName(to("100% Natural")));
        Contact digits = add(workspace, input -> input.firstName(to("Zed")).companyName(to("1000 Naturals")));
        Contact underscore = add(workspace, input -> input.firstName(to("Zed")).companyName(to("snake_case Ltd")));
        add(workspace, input -> input.firstName(to("Zed")).companyName(to("snakeXcase Ltd")));
        Contact backslash = add(workspace, input -> input.firstName(to("Zed")).companyName(to("back\\slash Inc")));
        add(workspace, input -> input.firstName(to("Zed")).companyName(to("backslash Inc")));
        Contact byEmail = add(workspace, input -> input.email(to("grace@navy.example")));

        assertThat(matching(search(workspace, "100%"))).containsExactly(percent.id());
        assertThat(matching(search(workspace, "E_C"))).containsExactly(underscore.id());
        assertThat(matching(search(workspace, "K\\S"))).containsExactly(backslash.id());
        assertThat(matching(search(workspace, "NATURAL"))).containsExactlyInAnyOrder(percent.id(), digits.id());
        assertThat(matching(search(workspace, "@navy."))).containsExactly(byEmail.id());
    }

    @Test
    void oneAndTwoCharacterTermsMatchAnywhereLikeLongerOnes() {
        WorkspaceId workspace = database.newWorkspace();
        Contact inWord = add(workspace, input -> input.firstName(to("Zed")).companyName(to("Aperture")));
        Contact atStart = add(workspace, input -> input.firstName(to("Pete")));
        Contact acrossFields = add(workspace, input -> input.firstName(to("Ab")).lastName(to("Cd")));
        Contact unicode = add(workspace, input -> input.firstName(to("Zoë")).email(to("zoe@example.org")));
        add(workspace, input -> input.firstName(to("Zed")).companyName(to("Globex")));

        assertThat(matching(search(workspace, "PE"))).containsExactlyInAnyOrder(inWord.id(), atStart.id());
        assertThat(matching(search(workspace, "b "))).containsExactly(acrossFields.id());
        assertThat(matching(search(workspace, "ë"))).containsExactly(unicode.id());
        assertThat(matching(search(workspace, "oË"))).containsExactly(unicode.id());
        assertThat(matching(search(workspace, "q"))).isEmpty();
        assertThat(matching(search(workspace, "%"))).isEmpty();
    }

    @Test
    void searchLooksInTheNamesThePhoneAndTheCompany() {
        WorkspaceId workspace = database.newWorkspace();
        Contact first = add(workspace, input -> input.firstName(to("Grace")).lastName(to("Hopper")));
        Contact phone = add(workspace, input -> input.phone(to("+15550123456")));
        Contact company = add(workspace, input -> input.firstName(to("Zed")).companyName(to("Hopper Logistics")));

        assertThat(matching(search(workspace, "grace hop"))).containsExactly(first.id());
        assertThat(matching(search(workspace, "hopper"))).containsExactlyInAnyOrder(first.id(), company.id());
        assertThat(matching(search(workspace, "5550123"))).containsExactly(phone.id());
    }

    @Test
    void everyTagOfTheFilterMustBeOnTheContact() {
        WorkspaceId workspace = database.newWorkspace();
        Contact both = add(workspace, input -> input.firstName(to("Zed")).tags(to(List.of("VIP", "beta"))));
        Contact vip = add(workspace, input -> input.firstName(to("Zed")).tags(to(List.of("vip"))));
        add(workspace, input -> input.firstName(to("Zed")).tags(to(List.of("beta"))));

        assertThat(matching(tagged(workspace, " Vip ", "BETA"))).containsExactly(both.id());
        assertThat(matching(tagged(workspace, "vip"))).containsExactlyInAnyOrder(both.id(), vip.id());
        assertThat(matching(tagged(workspace, "vip", "gold"))).isEmpty();
    }

    @Test
    void sourceAndBlockedMatchExactly() {
        WorkspaceId workspace = database.newWorkspace();
        Contact widget = add(workspace, input -> input.firstName(to("Zed")).source(to("widget")));
        Contact blocked = add(workspace, input -> input.firstName(to("Zed")).source(to("widget-2")).blocked(to(true)));

        assertThat(matching(filter(workspace, Optional.of("widget"), Optional.empty())))
                .containsExactly(widget.id());
        assertThat(matching(filter(workspace, Optional.empty(), Optional.of(true)))).containsExactly(blocked.id());
        assertThat(matching(filter(workspace, Optional.empty(), Optional.of(false)))).containsExactly(widget.id());
    }

    @Test
    void theCreationRangeLeavesOutItsBounds() {
        WorkspaceId workspace = database.newWorkspace();
        List<Contact> added = addVariedContacts(workspace, 8); // created two per second, from START

        ContactFilter range = new ContactFilter(workspace, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.of(START), Optional.of(START.plusSeconds(2)));

        assertThat(matching(range)).containsExactlyInAnyOrderElementsOf(ids(added.subList(2, 4)));
    }

    @Test
    void aCountIsExactUpToItsLimitAndALowerBoundPastIt() {
        WorkspaceId workspace = database.newWorkspace();
        addVariedContacts(workspace, 5);
        ContactFilter everything = ContactFilter.everything(workspace);

        assertThat(count(everything, 10)).isEqualTo(new Count(5, true));
        assertThat(count(everything, 5)).isEqualTo(new Count(5, true));
        assertThat(count(everything, 3)).isEqualTo(new Count(3, false));
        assertThat(count(search(workspace, "no such contact"), 3)).isEqualTo(new Count(0, true));
    }

    @Test
    void aWorkspaceNeverSeesAnotherWorkspacesContacts() {
        WorkspaceId workspace = database.newWorkspace();
        WorkspaceId other = database.newWorkspace();
        Contact own = add(workspace, input -> input.firstName(to("Ada")).tags(to(List.of("vip"))));
        add(other, input -> input.firstName(to("Ada")).tags(to(List.of("vip"))));

        assertThat(matching(ContactFilter.everything(workspace))).containsExactly(own.id());
        assertThat(matching(search(workspace, "ada"))).containsExactly(own.id());
        assertThat(matching(tagged(workspace, "vip"))).containsExactly(own.id());
        assertThat(count(ContactFilter.everything(workspace), 10)).isEqualTo(new Count(1, true));
    }

    @Test
    void aPositionTheStoreDidNotWriteIsAnInvalidValue() {
        WorkspaceId workspace = database.newWorkspace();
        ContactFilter everything = ContactFilter.everything(workspace);
        ContactSort byCreation = ContactSort.DEFAULT;
        ContactSort byName = new ContactSort(ContactSort.Field.NAME, ContactSort.Direction.ASC);
        String id = ContactId.generate().toString();

        for (List<String> garbage : List.of(List.<String>of(), List.of(id), List.of(START.toString(), id, id),
                List.of("yesterday", id), List.of(START.toString(), "not-a-uuid"),
                List.of(START.toString(), "1-1-1-1-1"))) {
            assertThatThrownBy(() -> list(everything, byCreation, Optional.of(garbage), 0, 10))
                    .as(garbage.toString()).isInstanceOf(InvalidValue.class);
        }
        for (List<String> garbage : List.of(List.of("maybe", "ada", id), List.of("TRUE", "ada", id),
                Arrays.asList(null, "ada", id))) {
            assertThatThrownBy(() -> list(everything, byName, Optional.of(garbage), 0, 10))
                    .as(String.valueOf(garbage)).isInstanceOf(InvalidValue.class);
        }
    }

    /**
     * Contacts for every sort to chew on: some without a name or an email, repeated names, and creation, update
     * and activity times that many contacts share, so that only the id can break their ties.
     */
    private List<Contact> addVariedContacts(WorkspaceId workspace, int count) {
        List<Contact> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            Contact contact = newContact(workspace, input -> {
                if (n % 6 != 0) {
                    input.firstName(to(FIRST_NAMES.get(n % FIRST_NAMES.size())));
                }
                if (n % 3 == 1) {
                    input.lastName(to(LAST_NAMES.get(n % LAST_NAMES.size())));
                }
                if (n % 5 != 0) {
                    input.email(to(String.format(Locale.ROOT, "p%02d@example.com", n)));
                }
                return input.externalId(to("ext-" + n)); // keeps a contact without name and email valid
            });
            added.add(withTimes(contact, START.plusSeconds(n / 2), START.plus(Duration.ofMinutes(n % 7)),
                    START.plusMillis((n * 7L) % 20)));
        }
        requiringNew().run(() -> added.forEach(contacts::add));
        return added;
    }

    /** The order the sort promises, worked out here independently of the SQL. */
    private static Comparator<Contact> expectedOrder(ContactSort sort) {
        // PostgreSQL compares uuids byte by byte, as their lower-case text compares.
        Comparator<Contact> byId = Comparator.comparing(contact -> contact.id().toString());
        Comparator<Contact> ascending = switch (sort.field()) {
            case CREATED_AT -> Comparator.comparing(Contact::createdAt).thenComparing(byId);
            case UPDATED_AT -> Comparator.comparing(Contact::updatedAt).thenComparing(byId);
            case LAST_ACTIVITY -> Comparator.comparing(Contact::lastActivity).thenComparing(byId);
            case NAME -> nullsLast(contact -> contact.name() == null ? null : contact.name().toLowerCase(Locale.ROOT))
                    .thenComparing(byId);
            case EMAIL -> nullsLast(contact -> contact.email() == null ? null : contact.email().value())
                    .thenComparing(byId);
        };
        return sort.direction() == ContactSort.Direction.ASC ? ascending : ascending.reversed();
    }

    private static Comparator<Contact> nullsLast(Function<Contact, String> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Every page from the first, each continuing after the position of the one before. */
    private List<ContactId> walk(ContactFilter filter, ContactSort sort) {
        List<ContactId> seen = new ArrayList<>();
        Optional<List<String>> after = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            ContactSlice slice = list(filter, sort, after, 0, PAGE_SIZE);
            seen.addAll(ids(slice.contacts()));
            if (!slice.hasMore()) {
                return seen;
            }
            assertThat(slice.contacts()).hasSize(PAGE_SIZE);
            after = Optional.of(slice.lastPosition());
        }
        throw new AssertionError("the pages of " + sort + " never end");
    }

    private Contact add(WorkspaceId workspace, UnaryOperator<ContactChanges.Builder> input) {
        Contact contact = newContact(workspace, input);
        requiringNew().run(() -> contacts.add(contact));
        return contact;
    }

    private ContactSlice list(ContactFilter filter, ContactSort sort, Optional<List<String>> after, int offset,
                              int limit) {
        return requiringNew().call(() -> contacts.list(filter, sort, after, offset, limit));
    }

    private List<ContactId> matching(ContactFilter filter) {
        return ids(list(filter, ContactSort.DEFAULT, Optional.empty(), 0, 100).contacts());
    }

    private Count count(ContactFilter filter, int exactUpTo) {
        return requiringNew().call(() -> contacts.count(filter, exactUpTo));
    }

    private static List<ContactId> ids(List<Contact> contacts) {
        return contacts.stream().map(Contact::id).toList();
    }

    private static ContactFilter search(WorkspaceId workspace, String term) {
        return new ContactFilter(workspace, Optional.of(term), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static ContactFilter tagged(WorkspaceId workspace, String... tags) {
        return new ContactFilter(workspace, Optional.empty(), List.of(tags), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static ContactFilter filter(WorkspaceId workspace, Optional<String> source, Optional<Boolean> blocked) {
        return new ContactFilter(workspace, Optional.empty(), List.of(), source, blocked, Optional.empty(),
                Optional.empty());
    }
}
