package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.GetContactUseCase.ContactDetail;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListContactsUseCase.ContactPage;
import io.contactbook.application.port.in.ListContactsUseCase.ListContactsQuery;
import io.contactbook.application.port.in.LookupContactUseCase.LookupContactQuery;
import io.contactbook.application.port.in.SearchContactsUseCase.SearchContactsQuery;
import io.contactbook.application.port.out.Contacts.SearchTerms;
import io.contactbook.application.port.out.InMemoryContacts;
import io.contactbook.application.port.out.InMemoryConversations;
import io.contactbook.application.port.out.InMemoryWorkspaces;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactChanges;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.shared.Change;
import io.contactbook.domain.shared.PageCursor;
import io.contactbook.domain.shared.WorkspaceId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

class ContactQueryServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-18T09:15:00Z"));
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    private final WorkspaceId workspace = workspaces.create("acme");
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactQueryService service = new ContactQueryService(contacts, workspaces,
            new InMemoryConversations());

    @Nested
    class Getting {

        @Test
        void answersTheContact() {
            Contact ada = store(changes().firstName(Change.to("Ada")));

            assertThat(service.get(workspace, ada.id())).map(ContactDetail::contact).contains(ContactView.of(ada));
        }

        @Test
        void aContactOfAnotherWorkspaceIsNotThere() {
            Contact ada = store(changes().firstName(Change.to("Ada")));

            assertThat(service.get(workspaces.create("globex"), ada.id())).isEmpty();
        }

        @Test
        void anUnknownIdIsNotThere() {
            assertThat(service.get(workspace, ContactId.generate())).isEmpty();
        }
    }

    @Nested
    class LookingUp {

        @ParameterizedTest
        @ValueSource(strings = {"ada@example.com", "ADA@Example.COM", "  Ada@example.com "})
        void findsAnEmailInAnyCase(String email) {
            Contact ada = store(changes().email(Change.to("ada@example.com")));

            assertThat(lookup(Optional.of(email), Optional.empty(), Optional.empty())).contains(ContactView.of(ada));
        }

        @ParameterizedTest
        @ValueSource(strings = {"+442079460958", "+44 20 7946 0958", "020 7946 0958", "(020) 7946-0958"})
        void findsAPhoneInAnyNotationReadInTheWorkspaceRegion(String phone) {
            workspaces.setDefaultPhoneRegion(workspace, "GB");
            Contact ada = store(changes().phone(Change.to("+442079460958")));

            assertThat(lookup(Optional.empty(), Optional.of(phone), Optional.empty())).contains(ContactView.of(ada));
        }

        @Test
        void aPhoneWithoutPlusFindsNoOneWithoutARegion() {
            store(changes().phone(Change.to("+442079460958")));

            assertThat(lookup(Optional.empty(), Optional.of("020 7946 0958"), Optional.empty())).isEmpty();
        }

        @Test
        void findsAnExternalId() {
            Contact ada = store(changes().externalId(Change.to("crm-42")));

            assertThat(lookup(Optional.empty(), Optional.empty(), Optional.of(" crm-42 ")))
                    .contains(ContactView.of(ada));
        }

        @Test
        void anExternalIdIsComparedExactly() {
            store(changes().externalId(Change.to("crm-42")));

            assertThat(lookup(Optional.empty(), Optional.empty(), Optional.of("CRM-42"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"not an address", "augusta@example.com"})
        void anEmailNoOneHoldsFindsNoOne(String email) {
            store(changes().email(Change.to("ada@example.com")));

            assertThat(lookup(Optional.of(email), Optional.empty(), Optional.empty())).isEmpty();
        }

        @Test
        void needsAnIdentity() {
            assertInvalid("lookup",
                    () -> new LookupContactQuery(workspace, Optional.empty(), Optional.empty(), Optional.empty()));
        }

        @Test
        void takesOnlyOneIdentity() {
            assertInvalid("lookup", () -> new LookupContactQuery(workspace, Optional.of("ada@example.com"),
                    Optional.of("+442079460958"), Optional.empty()));
        }

        private Optional<ContactView> lookup(Optional<String> email, Optional<String> phone,
                                             Optional<String> externalId) {
            return service.lookup(new LookupContactQuery(workspace, email, phone, externalId));
        }
    }

    @Nested
    class Listing {

        static Stream<ContactSort> everySort() {
            return Arrays.stream(ContactSort.Field.values()).flatMap(field ->
                    Arrays.stream(ContactSort.Direction.values()).map(direction -> new ContactSort(field, direction)));
        }

        @ParameterizedTest
        @MethodSource("everySort")
        void theCursorWalksEveryContactOnceInTheOrderOfOnePage(ContactSort sort) {
            List<UUID> stored = storeContactsWithTiesAndGaps(23);

            List<ContactView> walked = walk(sort, 5);

            assertThat(walked).extracting(ContactView::id)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(stored)
                    .containsExactlyElementsOf(ids(list(sort, 100, Optional.empty(), OptionalInt.empty())));
            assertThat(walked).isSortedAccordingTo(byKey(sort));
        }

        @Test
        void aContactAddedDuringTheWalkNeitherShiftsNorRepeatsTheOthers() {
            List<UUID> stored = storeContactsWithTiesAndGaps(12);
            ContactPage first = list(ContactSort.DEFAULT, 5, Optional.empty(), OptionalInt.empty());
            clock.advance(Duration.ofMinutes(1));
            store(changes().firstName(Change.to("Newcomer")));

            List<ContactView> walked = new ArrayList<>(first.contacts());
            walked.addAll(walk(ContactSort.DEFAULT, 5, first.nextCursor()));

            assertThat(walked).extracting(ContactView::id).containsExactlyInAnyOrderElementsOf(stored);
        }

        @Test
        void ordersByNameIgnoringCaseWithNamelessContactsLastWhenAscending() {
            Contact bob = store(changes().firstName(Change.to("bob")));
            Contact nameless = store(changes().externalId(Change.to("crm-1")));
            Contact alice = store(changes().firstName(Change.to("Alice")));

            ContactPage ascending = list(new ContactSort(ContactSort.Field.NAME, ContactSort.Direction.ASC), 10,
                    Optional.empty(), OptionalInt.empty());
            ContactPage descending = list(new ContactSort(ContactSort.Field.NAME, ContactSort.Direction.DESC), 10,
                    Optional.empty(), OptionalInt.empty());

            assertThat(ids(ascending)).containsExactly(id(alice), id(bob), id(nameless));
            assertThat(ids(descending)).containsExactly(id(nameless), id(bob), id(alice));
        }

        @Test
        void anOffsetSkipsThatManyContacts() {
            storeContactsWithTiesAndGaps(12);
            List<UUID> all = ids(list(ContactSort.DEFAULT, 100, Optional.empty(), OptionalInt.empty()));

            ContactPage second = list(ContactSort.DEFAULT, 5, Optional.empty(), OptionalInt.of(5));

            assertThat(ids(second)).containsExactlyElementsOf(all.subList(5, 10));
        }

        @Test
        void theLastPageHasNoMoreAndNoCursor() {
            storeContactsWithTiesAndGaps(5);

            ContactPage page = list(ContactSort.DEFAULT, 5, Optional.empty(), OptionalInt.empty());

            assertThat(page.contacts()).hasSize(5);
            assertThat(page.hasMore()).isFalse();
            assertThat(page.nextCursor()).isEmpty();
        }

        @Test
        void showsAndCountsOnlyWhatTheFilterLetsThrough() {
            Contact vip = store(changes().firstName(Change.to("Ada")).tags(Change.to(List.of("vip"))));
            store(changes().firstName(Change.to("Bob")).tags(Change.to(List.of("lead"))));
            store(changes().firstName(Change.to("Carl")).tags(Change.to(List.of("vip"))).blocked(Change.to(true)));
            ContactFilter unblockedVips = new ContactFilter(workspace, Optional.empty(), List.of("vip"),
                    Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty());

            ContactPage page = service.list(new ListContactsQuery(unblockedVips, ContactSort.DEFAULT, 10,
                    Optional.empty(), OptionalInt.empty()));

            assertThat(ids(page)).containsExactly(id(vip));
            assertThat(page.totalCount()).isEqualTo(1);
        }

        @Test
        void countsEveryMatchExactlyUpToTheLimit() {
            storeContactsWithTiesAndGaps(12);

            ContactPage page = list(ContactSort.DEFAULT, 5, Optional.empty(), OptionalInt.empty());

            assertThat(page.totalCount()).isEqualTo(12);
            assertThat(page.totalCountExact()).isTrue();
        }

        @Test
        void pastTheLimitTheCountIsALowerBound() {
            IntStream.rangeClosed(0, ContactQueryService.EXACT_COUNT_LIMIT)
                    .forEach(i -> store(changes().firstName(Change.to("Person " + i))));

            ContactPage page = list(ContactSort.DEFAULT, 1, Optional.empty(), OptionalInt.empty());

            assertThat(page.totalCount()).isEqualTo(ContactQueryService.EXACT_COUNT_LIMIT);
            assertThat(page.totalCountExact()).isFalse();
        }

        @Test
        void aSearchWithMoreMatchesAnswersALowerBoundWithoutCounting() {
            IntStream.range(0, 7).forEach(i -> store(changes().firstName(Change.to("Person " + i))));
            store(changes().firstName(Change.to("Someone else")));
            ContactFilter search = new ContactFilter(workspace, Optional.of("person"), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            ContactPage first = service.list(new ListContactsQuery(search, ContactSort.DEFAULT, 3, Optional.empty(),
                    OptionalInt.empty()));
            ContactPage second = service.list(new ListContactsQuery(search, ContactSort.DEFAULT, 3,
                    Optional.empty(), OptionalInt.of(3)));
            ContactPage last = service.list(new ListContactsQuery(search, ContactSort.DEFAULT, 3, Optional.empty(),
                    OptionalInt.of(6)));

            assertThat(first.totalCount()).isEqualTo(4);
            assertThat(first.totalCountExact()).isFalse();
            assertThat(second.totalCount()).isEqualTo(7);
            assertThat(second.totalCountExact()).isFalse();
            assertThat(last.totalCount()).isEqualTo(7);
            assertThat(last.totalCountExact()).isTrue();
            assertThat(contacts.countsReceived()).isZero();
        }

        @Test
        void aTagFilterCountsExactlyOnlyUpToItsLimit() {
            IntStream.rangeClosed(0, ContactQueryService.EXACT_COUNT_LIMIT_TAGS)
                    .forEach(i -> store(changes().firstName(Change.to("Person " + i)).tags(Change.to(List.of("vip")))));
            ContactFilter vip = new ContactFilter(workspace, Optional.empty(), List.of("vip"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            ContactPage page = service.list(new ListContactsQuery(vip, ContactSort.DEFAULT, 1, Optional.empty(),
                    OptionalInt.empty()));

            assertThat(page.totalCount()).isEqualTo(ContactQueryService.EXACT_COUNT_LIMIT_TAGS);
            assertThat(page.totalCountExact()).isFalse();
        }

        @Test
        void aFirstPageWithTheLastMatchIsItsOwnCount() {
            storeContactsWithTiesAndGaps(4);

            ContactPage first = list(ContactSort.DEFAULT, 10, Optional.empty(), OptionalInt.empty());
            ContactPage offset = list(ContactSort.DEFAULT, 10, Optional.empty(), OptionalInt.of(3));

            assertThat(first.totalCount()).isEqualTo(4);
            assertThat(offset.totalCount()).isEqualTo(4);
            assertThat(contacts.countsReceived()).isZero();
        }

        @Test
        void pagesThatCannotKnowTheCountCountIt() {
            storeContactsWithTiesAndGaps(4);
            String cursor = list(ContactSort.DEFAULT, 3, Optional.empty(), OptionalInt.empty()).nextCursor()
                    .orElseThrow();

            assertThat(list(ContactSort.DEFAULT, 3, Optional.of(cursor), OptionalInt.empty()).totalCount()).isEqualTo(4);
            assertThat(list(ContactSort.DEFAULT, 3, Optional.empty(), OptionalInt.of(9)).totalCount()).isEqualTo(4);
            assertThat(contacts.countsReceived()).isEqualTo(3);
        }

        @Test
        void refusesACursorMadeForOtherFilters() {
            storeContactsWithTiesAndGaps(6);
            String cursor = list(ContactSort.DEFAULT, 2, Optional.empty(), OptionalInt.empty()).nextCursor()
                    .orElseThrow();
            ContactFilter blockedOnly = new ContactFilter(workspace, Optional.empty(), List.of(), Optional.empty(),
                    Optional.of(true), Optional.empty(), Optional.empty());

            assertInvalid("cursor", () -> service.list(new ListContactsQuery(blockedOnly, ContactSort.DEFAULT, 2,
                    Optional.of(cursor), OptionalInt.empty())));
        }

        @Test
        void refusesACursorMadeForAnotherSort() {
            storeContactsWithTiesAndGaps(6);
            String cursor = list(ContactSort.DEFAULT, 2, Optional.empty(), OptionalInt.empty()).nextCursor()
                    .orElseThrow();
            ContactSort byName = new ContactSort(ContactSort.Field.NAME, ContactSort.Direction.DESC);

            assertInvalid("cursor", () -> list(byName, 2, Optional.of(cursor), OptionalInt.empty()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"garbage", "not a cursor!", "AAAAAAAA"})
        void refusesWhatIsNoCursor(String cursor) {
            assertInvalid("cursor", () -> list(ContactSort.DEFAULT, 2, Optional.of(cursor), OptionalInt.empty()));
        }

        @Test
        void refusesACursorWhosePositionTheStoreCannotRead() {
            storeContactsWithTiesAndGaps(6);
            PageCursor issued = PageCursor.decode(list(ContactSort.DEFAULT, 2, Optional.empty(), OptionalInt.empty())
                    .nextCursor().orElseThrow());
            String edited = new PageCursor(issued.binding(), List.of("yesterday", "not-an-id")).encode();

            assertInvalid("cursor", () -> list(ContactSort.DEFAULT, 2, Optional.of(edited), OptionalInt.empty()));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 101})
        void refusesALimitOutOfRange(int limit) {
            assertInvalid("limit", () -> query(limit, Optional.empty(), OptionalInt.empty()));
        }

        @Test
        void refusesANegativeOffset() {
            assertInvalid("offset", () -> query(10, Optional.empty(), OptionalInt.of(-1)));
        }

        @Test
        void refusesACursorAndAnOffsetTogether() {
            storeContactsWithTiesAndGaps(6);
            String cursor = list(ContactSort.DEFAULT, 2, Optional.empty(), OptionalInt.empty()).nextCursor()
                    .orElseThrow();

            assertInvalid("offset", () -> query(10, Optional.of(cursor), OptionalInt.of(0)));
        }

        /**
         * Contacts that exercise every sort: creation times shared by several (ties go by id) and written with and
         * without fractions of a second, names in either case, and some without a name or an email.
         */
        private List<UUID> storeContactsWithTiesAndGaps(int count) {
            List<String> names = List.of("Ada", "bob", "Carl", "ada", "Dora");
            List<UUID> stored = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ContactChanges.Builder changes = changes().externalId(Change.to("crm-" + i));
                if (i % 4 != 0) {
                    changes.firstName(Change.to(names.get(i % names.size())));
                }
                if (i % 3 != 0) {
                    changes.email(Change.to("person" + i + "@example.com"));
                }
                stored.add(id(store(changes)));
                if (i % 3 == 2) {
                    clock.advance(Duration.ofMillis(500));
                }
            }
            return stored;
        }

        private List<ContactView> walk(ContactSort sort, int limit) {
            ContactPage first = list(sort, limit, Optional.empty(), OptionalInt.empty());
            List<ContactView> walked = new ArrayList<>(first.contacts());
            walked.addAll(walk(sort, limit, first.nextCursor()));
            return walked;
        }

        /** The contacts of every page from {@code cursor} on. */
        private List<ContactView> walk(ContactSort sort, int limit, Optional<String> cursor) {
            List<ContactView> walked = new ArrayList<>();
            for (int pages = 0; cursor.isPresent(); pages++) {
                if (pages > contacts.all().size()) {
                    fail("the cursor never reached the end");
                }
                ContactPage page = list(sort, limit, cursor, OptionalInt.empty());
                walked.addAll(page.contacts());
                cursor = page.nextCursor();
            }
            return walked;
        }

        /** The order {@link ContactSort} describes, leaving ties (broken by id) unchecked. */
        private static Comparator<ContactView> byKey(ContactSort sort) {
            Comparator<ContactView> ascending = switch (sort.field()) {
                case CREATED_AT -> Comparator.comparing(ContactView::createdAt);
                case UPDATED_AT -> Comparator.comparing(ContactView::updatedAt);
                case LAST_ACTIVITY -> Comparator.comparing(ContactView::lastActivity);
                case NAME -> Comparator.comparing(
                        view -> view.name() == null ? null : view.name().toLowerCase(Locale.ROOT),
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case EMAIL -> Comparator.comparing(ContactView::email,
                        Comparator.nullsLast(Comparator.naturalOrder()));
            };
            return sort.direction() == ContactSort.Direction.ASC ? ascending : ascending.reversed();
        }

        private ContactPage list(ContactSort sort, int limit, Optional<String> cursor, OptionalInt offset) {
            return service.list(new ListContactsQuery(ContactFilter.everything(workspace), sort, limit, cursor,
                    offset));
        }

        private ListContactsQuery query(int limit, Optional<String> cursor, OptionalInt offset) {
            return new ListContactsQuery(ContactFilter.everything(workspace), ContactSort.DEFAULT, limit, cursor,
                    offset);
        }

        private static List<UUID> ids(ContactPage page) {
            return page.contacts().stream().map(ContactView::id).toList();
        }
    }

    @Nested
    class Searching {

        @Test
        void readsAnEmailAsTheEmailIdentity() {
            SearchTerms terms = termsOf(" Ada@Example.com ");

            assertThat(terms.text()).isEqualTo("Ada@Example.com");
            assertThat(terms.identities()).contains(new Identity(IdentityKind.EMAIL, "ada@example.com"));
            assertThat(terms.phoneDigits()).isEmpty();
        }

        @Test
        void readsAPhoneInTheWorkspaceRegionAsThePhoneIdentity() {
            workspaces.setDefaultPhoneRegion(workspace, "GB");

            SearchTerms terms = termsOf("020 7946 0958");

            assertThat(terms.identities()).contains(new Identity(IdentityKind.PHONE, "+442079460958"));
            assertThat(terms.phoneDigits()).contains("02079460958");
        }

        @Test
        void looksForTheDigitsOfWhatLooksLikeAPhoneEvenWhenItCannotBeRead() {
            SearchTerms terms = termsOf("(555) 012-3");

            assertThat(terms.identities()).extracting(Identity::kind).doesNotContain(IdentityKind.PHONE);
            assertThat(terms.phoneDigits()).contains("5550123");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ada", "12", "ada 555 0123"})
        void looksForNoDigitsInWhatDoesNotLookLikeAPhone(String q) {
            assertThat(termsOf(q).phoneDigits()).isEmpty();
        }

        @Test
        void readsTextAsAnExternalIdAndAsAHandleOnEveryNetwork() {
            SearchTerms terms = termsOf("Ada");

            assertThat(terms.identities()).contains(
                    new Identity(IdentityKind.EXTERNAL_ID, "Ada"),
                    new Identity(IdentityKind.INSTAGRAM, "ada"),
                    new Identity(IdentityKind.WHATSAPP, "ada"),
                    new Identity(IdentityKind.MESSENGER, "ada"),
                    new Identity(IdentityKind.TELEGRAM, "ada"),
                    new Identity(IdentityKind.CUSTOM, "ada"));
            assertThat(terms.identities()).extracting(Identity::kind)
                    .doesNotContain(IdentityKind.EMAIL, IdentityKind.PHONE);
        }

        @Test
        void ranksAnExactIdentityFirstThenAPrefixThenASubstring() {
            Contact substring = store(changes().lastName(Change.to("Canada")));
            Contact prefix = store(changes().firstName(Change.to("Adam")));
            Contact identity = store(changes().firstName(Change.to("Zed")).externalId(Change.to("ada")));
            store(changes().firstName(Change.to("Bob")));

            List<ContactView> found = service.search(new SearchContactsQuery(workspace, "ada", 10));

            assertThat(found).extracting(ContactView::id).containsExactly(id(identity), id(prefix), id(substring));
        }

        @Test
        void answersAtMostTheLimit() {
            IntStream.range(0, 5).forEach(i -> store(changes().firstName(Change.to("Ada " + i))));

            assertThat(service.search(new SearchContactsQuery(workspace, "ada", 3))).hasSize(3);
        }

        private SearchTerms termsOf(String q) {
            service.search(new SearchContactsQuery(workspace, q, 10));
            List<SearchTerms> received = contacts.searchesReceived();
            return received.get(received.size() - 1);
        }
    }

    private Contact store(ContactChanges.Builder changes) {
        Contact contact = Contact.create(ContactId.generate(), workspace, changes.build(),
                workspaces.contactPolicy(workspace), clock.instant());
        contacts.add(contact);
        return contact;
    }

    private static ContactChanges.Builder changes() {
        return ContactChanges.builder();
    }

    private static UUID id(Contact contact) {
        return contact.id().value();
    }

    private static void assertInvalid(String parameter, ThrowingCallable query) {
        InvalidQuery invalid = catchThrowableOfType(InvalidQuery.class, query);

        assertThat(invalid).as("InvalidQuery").isNotNull();
        assertThat(invalid.details()).containsOnlyKeys(parameter);
    }
}
