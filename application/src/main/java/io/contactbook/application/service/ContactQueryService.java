package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.GetContactUseCase;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListContactsUseCase;
import io.contactbook.application.port.in.LookupContactUseCase;
import io.contactbook.application.port.in.SearchContactsUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Contacts.ContactSlice;
import io.contactbook.application.port.out.Contacts.Count;
import io.contactbook.application.port.out.Contacts.SearchTerms;
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

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s().-]+");
    private static final int MIN_PHONE_DIGITS = 3;
    private static final List<IdentityKind> HANDLE_KINDS = List.of(IdentityKind.INSTAGRAM, IdentityKind.WHATSAPP,
            IdentityKind.MESSENGER, IdentityKind.TELEGRAM, IdentityKind.CUSTOM);

    private final Contacts contacts;
    private final Workspaces workspaces;

    public ContactQueryService(Contacts contacts, Workspaces workspaces) {
        this.contacts = contacts;
        this.workspaces = workspaces;
    }

    @Override
    public Optional<ContactView> get(WorkspaceId workspace, ContactId contact) {
        return contacts.find(workspace, contact).map(ContactView::of);
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
        Count count = contacts.count(query.filter(), EXACT_COUNT_LIMIT);
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
