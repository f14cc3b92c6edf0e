package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.ConversationView;
import io.contactbook.application.port.in.GetContactUseCase;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListContactsUseCase;
import io.contactbook.application.port.in.LookupContactUseCase;
import io.contactbook.application.port.in.SearchContactsUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Contacts.ContactSlice;
import io.contactbook.application.port.out.Contacts.Count;
import io.contactbook.application.port.out.Contacts.SearchTerms;
import io.contactbook.application.port.out.Conversations;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.contact.EmailAddress;
import io.contactbook.domain.contact.Identity;
import io.contactbook.domain.contact.IdentityKind;
import io.contactbook.domain.contact.PhoneNumber;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The reads of contacts. */
public class ContactQueryService
        implements GetContactUseCase, LookupContactUseCase, ListContactsUseCase, SearchContactsUseCase {

    /** Counting stops here: beyond it a list answers a lower bound rather than scan every match. */
    public static final int EXACT_COUNT_LIMIT = 10_000;
    /**
     * Where a tag filters, counting stops sooner: its index (GIN) cannot count by itself, so every match counted
     * is a row read.
     */
    public static final int EXACT_COUNT_LIMIT_TAGS = 1_000;

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s().-]+");
    private static final int MIN_PHONE_DIGITS = 3;
    private static final List<IdentityKind> HANDLE_KINDS = List.of(IdentityKind.INSTAGRAM, IdentityKind.WHATSAPP,
            IdentityKind.MESSENGER, IdentityKind.TELEGRAM, IdentityKind.CUSTOM);

    private final Contacts contacts;
    private final Workspaces workspaces;
    private final Conversations conversations;

    public ContactQueryService(Contacts contacts, Workspaces workspaces, Conversations conversations) {
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.conversations = conversations;
    }

    /** A contact's conversation count is recounted with every change to them, so a contact without any costs no query. */
    @Override
    public Optional<ContactDetail> get(WorkspaceId workspace, ContactId id) {
        return contacts.find(workspace, id).map(contact -> new ContactDetail(ContactView.of(contact),
                contact.conversationCount() == 0 ? List.of()
                        : conversations.list(workspace, id, Optional.empty(), 0, MOST_RECENT_CONVERSATIONS)
                                .conversations().stream().map(ConversationView::of).toList()));
    }

    @Override
    public Optional<ContactView> lookup(LookupContactQuery query) {
        Optional<Identity> identity = query.email()
                .flatMap(email -> readable(() -> new Identity(IdentityKind.EMAIL, EmailAddress.parse(email).value())))
                .or(() -> query.phone().flatMap(phone -> readable(() -> new Identity(IdentityKind.PHONE,
                        PhoneNumber.parse(phone, workspaces.contactPolicy(query.workspace()).defaultPhoneRegion())
                                .value()))))
                .or(() -> query.externalId().map(id -> new Identity(IdentityKind.EXTERNAL_ID, id.strip())));
        return identity.flatMap(found -> contacts.findByIdentity(query.workspace(), found)).map(ContactView::of);
    }

    @Override
    public ContactPage list(ListContactsQuery query) {
        String binding = binding(query.filter(), query.sort());
        Optional<List<String>> after = query.cursor().map(cursor -> Cursors.position(cursor, binding));
        ContactSlice slice;
        try {
            slice = contacts.list(query.filter(), query.sort(), after, query.offset().orElse(0), query.limit());
        } catch (InvalidValue unreadablePosition) {
            throw new InvalidQuery("cursor", "is not a valid cursor");
        }
        Count count = countWithout(query, slice).orElseGet(() -> contacts.count(query.filter(),
                query.filter().tags().isEmpty() ? EXACT_COUNT_LIMIT : EXACT_COUNT_LIMIT_TAGS));
        Optional<String> next = Cursors.next(slice.hasMore(), binding, slice.lastPosition());
        return new ContactPage(slice.contacts().stream().map(ContactView::of).toList(), slice.hasMore(), next,
                count.value(), count.exact());
    }

    @Override
    public List<ContactView> search(SearchContactsQuery query) {
        String text = query.q().strip();
        List<Identity> identities = new ArrayList<>();
        readable(() -> new Identity(IdentityKind.EMAIL, EmailAddress.parse(text).value())).ifPresent(identities::add);
        Optional<String> region = workspaces.contactPolicy(query.workspace()).defaultPhoneRegion();
        readable(() -> new Identity(IdentityKind.PHONE, PhoneNumber.parse(text, region).value()))
                .ifPresent(identities::add);
        identities.add(new Identity(IdentityKind.EXTERNAL_ID, text));
        for (IdentityKind kind : HANDLE_KINDS) {
            identities.add(new Identity(kind, text.toLowerCase(Locale.ROOT)));
        }
        Optional<String> phoneDigits = Optional.of(text)
                .filter(candidate -> PHONE_LIKE.matcher(candidate).matches())
                .map(candidate -> candidate.replaceAll("\\D", ""))
                .filter(digits -> digits.length() >= MIN_PHONE_DIGITS);
        return contacts.search(query.workspace(), new SearchTerms(text, identities, phoneDigits), query.limit())
                .stream().map(ContactView::of).toList();
    }


    /**
     * Counts that need no counting. A first page that holds the last match knows it exactly: the matches skipped
     * by the offset and those on the page. (Past the end, an offset page is empty and says nothing; a cursor page
     * does not know how many came before it.) A search that has more answers a lower bound at once: its index
     * finds matches fast but cannot count them, and counting a common term's thousands of matches would cost
     * more than the page itself (issue 6).
     */
    private static Optional<Count> countWithout(ListContactsQuery query, ContactSlice slice) {
        int offset = query.offset().orElse(0);
        int seen = offset + slice.contacts().size();
        if (slice.hasMore() && query.filter().search().isPresent()) {
            return Optional.of(new Count(seen + 1L, false));
        }
        if (slice.hasMore() || query.cursor().isPresent() || (slice.contacts().isEmpty() && offset > 0)) {
            return Optional.empty();
        }
        return Optional.of(new Count(seen, true));
    }

    /** A short digest of the filter and sort, so a cursor only continues the query that made it. */
    private static String binding(ContactFilter filter, ContactSort sort) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((filter.canonical() + "\u001d" + sort).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", missing);
        }
    }

    private static <T> Optional<T> readable(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (InvalidValue unreadable) {
            return Optional.empty();
        }
    }
}
