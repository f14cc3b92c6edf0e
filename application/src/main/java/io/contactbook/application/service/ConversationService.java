package io.contactbook.application.service;

import io.contactbook.application.port.in.ConversationView;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.ListConversationsUseCase;
import io.contactbook.application.port.in.RecordConversationUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Conversations;
import io.contactbook.application.port.out.Conversations.ConversationSlice;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.conversation.Conversation;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Conversation summaries and the counts they keep on their contacts. Each method is one transaction (bootstrap). */
public class ConversationService implements RecordConversationUseCase, ListConversationsUseCase {

    /** A conversation moved by others while we locked its contacts is looked at again, this often at most. */
    private static final int MAX_ATTEMPTS = 3;

    private final Conversations conversations;
    private final Contacts contacts;
    private final Clock clock;

    public ConversationService(Conversations conversations, Contacts contacts, Clock clock) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Optional<RecordedConversation> record(RecordConversationCommand command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Conversation recorded = Conversation.record(command.workspace(), command.contact(), command.input(), now);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<ContactId> previousContact = conversations.find(command.workspace(), recorded.id())
                    .filter(stored -> stored.belongsToAnotherThan(command.contact()))
                    .map(Conversation::contactId);
            Set<ContactId> locked = lockInOrder(command.workspace(),
                    Stream.concat(Stream.of(command.contact()), previousContact.stream()));
            if (!locked.contains(command.contact())) {
                return Optional.empty();
            }
            Optional<Conversation> stored = conversations.findForUpdate(command.workspace(), recorded.id());
            if (stored.map(Conversation::contactId).filter(owner -> !locked.contains(owner)).isPresent()) {
                continue; // moved to yet another contact after our first look: lock that one too
            }
            Conversation written = stored.map(recorded::replacing).orElse(recorded);
            if (stored.isPresent()) {
                conversations.update(written);
            } else if (!conversations.add(written)) {
                continue; // a concurrent request added it first: record over theirs
            }
            locked.forEach(contact -> recount(command.workspace(), contact, now));
            return Optional.of(new RecordedConversation(ConversationView.of(written), stored.isEmpty()));
        }
        throw new IllegalStateException("conversation " + recorded.id() + " kept moving between contacts");
    }

    @Override
    public Optional<ConversationPage> list(ListConversationsQuery query) {
        if (contacts.find(query.workspace(), query.contact()).isEmpty()) {
            return Optional.empty();
        }
        String binding = query.contact().toString();
        Optional<List<String>> after = query.cursor().map(cursor -> Cursors.position(cursor, binding));
        ConversationSlice slice;
        try {
            slice = conversations.list(query.workspace(), query.contact(), after, query.offset().orElse(0),
                    query.limit());
        } catch (InvalidValue unreadablePosition) {
            throw new InvalidQuery("cursor", "is not a valid cursor");
        }
        Optional<String> next = Cursors.next(slice.hasMore(), binding, slice.lastPosition());
        return Optional.of(new ConversationPage(views(slice.conversations()), slice.hasMore(), next,
                conversations.tally(query.workspace(), query.contact()).count()));
    }

    /**
     * Locks the contacts in one order (by id) whoever asks, so two moves between the same two contacts cannot
     * deadlock. Answers the ids of those that exist.
     */
    private Set<ContactId> lockInOrder(WorkspaceId workspace, Stream<ContactId> ids) {
        return ids.distinct()
                .sorted(Comparator.comparing(ContactId::value))
                .flatMap(id -> contacts.findForUpdate(workspace, id).stream())
                .map(Contact::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Recounted from the conversations under the contact's lock, so concurrent records cannot lose one. */
    private void recount(WorkspaceId workspace, ContactId id, Instant now) {
        Contact contact = contacts.findForUpdate(workspace, id).orElseThrow();
        contacts.update(conversations.tally(workspace, id).applyTo(contact, now));
    }

    private static List<ConversationView> views(List<Conversation> conversations) {
        return conversations.stream().map(ConversationView::of).toList();
    }

}
