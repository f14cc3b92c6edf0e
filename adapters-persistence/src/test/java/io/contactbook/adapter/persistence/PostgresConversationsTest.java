package io.contactbook.adapter.persistence;

import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Conversations;
import io.contactbook.application.port.out.Conversations.ConversationSlice;
import io.contactbook.domain.contact.Contact;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.conversation.Conversation;
import io.contactbook.domain.conversation.ConversationId;
import io.contactbook.domain.conversation.ConversationInput;
import io.contactbook.domain.conversation.ConversationTally;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.WorkspaceId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.contactbook.adapter.persistence.TestContacts.NOW;
import static io.contactbook.adapter.persistence.TestContacts.newContact;
import static io.contactbook.domain.shared.Change.to;
import static io.quarkus.narayana.jta.QuarkusTransaction.requiringNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class PostgresConversationsTest {

    @Inject
    Conversations conversations;

    @Inject
    Contacts contacts;

    @Inject
    TestDatabase database;

    @Test
    void aConversationReadBackHasEveryFieldItWasWrittenWith() {
        WorkspaceId workspace = database.newWorkspace();
        Contact jane = stored(workspace, "Jane");
        Conversation full = conversation(workspace, jane, "conv-1", "2026-03-10T08:00:00.123Z", "2026-03-10T09:00:00Z");
        Conversation sparse = Conversation.record(workspace, jane.id(),
                new ConversationInput("conv-2", null, "2026-03-10T08:00:00Z", null, null, null), NOW);

        assertThat(requiringNew().call(() -> conversations.add(full) && conversations.add(sparse))).isTrue();

        assertThat(requiringNew().call(() -> conversations.find(workspace, full.id()))).contains(full);
        assertThat(requiringNew().call(() -> conversations.findForUpdate(workspace, sparse.id()))).contains(sparse);
    }

    @Test
    void aSecondAddOfAnIdIsRefusedAndChangesNothing() {
        WorkspaceId workspace = database.newWorkspace();
        Contact jane = stored(workspace, "Jane");
        Conversation first = conversation(workspace, jane, "c", "2026-03-10T08:00:00Z", null);
        requiringNew().run(() -> conversations.add(first));

        boolean added = requiringNew().call(() -> conversations.add(
                conversation(workspace, jane, "c", "2026-03-11T08:00:00Z", null)));

        assertThat(added).isFalse();
        assertThat(requiringNew().call(() -> conversations.find(workspace, first.id()))).contains(first);
    }

    @Test
    void theSameIdInAnotherWorkspaceIsAnotherConversation() {
        WorkspaceId workspace = database.newWorkspace();
        WorkspaceId other = database.newWorkspace();
        requiringNew().run(() -> conversations.add(
                conversation(workspace, stored(workspace, "Jane"), "c", "2026-03-10T08:00:00Z", null)));

        assertThat(requiringNew().call(() -> conversations.find(other, new ConversationId("c")))).isEmpty();
        assertThat(requiringNew().call(() -> conversations.add(
                conversation(other, stored(other, "John"), "c", "2026-03-10T08:00:00Z", null)))).isTrue();
    }

    @Test
    void anUpdateReplacesTheSummaryAndCanMoveIt() {
        WorkspaceId workspace = database.newWorkspace();
        Contact jane = stored(workspace, "Jane");
        Contact john = stored(workspace, "John");
        Conversation first = conversation(workspace, jane, "c", "2026-03-10T08:00:00Z", null);
        requiringNew().run(() -> conversations.add(first));
        Conversation moved = conversation(workspace, john, "c", "2026-03-10T08:00:00Z", "2026-03-12T08:00:00Z")
                .replacing(first);

        requiringNew().run(() -> conversations.update(moved));

        assertThat(requiringNew().call(() -> conversations.find(workspace, first.id()))).contains(moved);
        assertThat(tally(workspace, jane)).isEqualTo(new ConversationTally(0, null));
        assertThat(tally(workspace, john)).isEqualTo(new ConversationTally(1, Instant.parse("2026-03-12T08:00:00Z")));
    }

    @Test
    void theTallyCountsAContactsConversationsAndTakesTheLatestMessageOrStart() {
        WorkspaceId workspace = database.newWorkspace();
        Contact jane = stored(workspace, "Jane");
        requiringNew().run(() -> {
            conversations.add(conversation(workspace, jane, "a", "2026-03-01T08:00:00Z", "2026-03-15T08:00:00Z"));
            conversations.add(conversation(workspace, jane, "b", "2026-03-14T08:00:00Z", null));
            conversations.add(conversation(workspace, stored(workspace, "John"), "c", "2026-03-20T08:00:00Z", null));
        });

        assertThat(tally(workspace, jane)).isEqualTo(new ConversationTally(2, Instant.parse("2026-03-15T08:00:00Z")));
    }

    @Test
    void deletingTheContactDetachesItsConversations() {
        WorkspaceId workspace = database.newWorkspace();
        Contact jane = stored(workspace, "Jane");
        Conversation conversation = conversation(workspace, jane, "c", "2026-03-10T08:00:00Z", null);
        requiringNew().run(() -> conversations.add(conversation));

        requiringNew().run(() -> contacts.remove(workspace, jane.id()));

        Optional<Conversation> left = requiringNew().call(() -> conversations.find(workspace, conversation.id()));
        assertThat(left).isPresent();
        assertThat(left.get().contactId()).isNull();
        assertThat(left.get().summary()).isEqualTo(conversation.summary());
    }

    @Test
    void pagesWalkMostRecentFirstWithTiesByIdAndNoRowTwice() {
        WorkspaceId workspace = database.newWorkspace();
        Contact jane = stored(workspace, "Jane");
        requiringNew().run(() -> {
            for (int i = 0; i < 7; i++) {
                conversations.add(conversation(workspace, jane, "c" + i, "2026-03-0" + (1 + i % 3) + "T08:00:00Z", null));
            }
        });
        List<String> walked = new ArrayList<>();
        Optional<List<String>> after = Optional.empty();
        ConversationSlice slice;
        do {
            Optional<List<String>> from = after;
            slice = requiringNew().call(() -> conversations.list(workspace, jane.id(), from, 0, 3));
            slice.conversations().forEach(each -> walked.add(each.id().value()));
            after = Optional.of(slice.lastPosition());
        } while (slice.hasMore());

        assertThat(walked).containsExactly("c2", "c5", "c1", "c4", "c0", "c3", "c6");
        assertThat(requiringNew().call(() -> conversations.list(workspace, jane.id(), Optional.empty(), 5, 3))
                .conversations()).extracting(each -> each.id().value()).containsExactly("c3", "c6");
    }

    @Test
    void aPositionThatIsNotOneIsAnInvalidValue() {
        WorkspaceId workspace = database.newWorkspace();

        assertThatThrownBy(() -> requiringNew().call(() -> conversations.list(workspace, ContactId.generate(),
                Optional.of(List.of("not a time", "c")), 0, 3))).isInstanceOf(InvalidValue.class);
    }

    private ConversationTally tally(WorkspaceId workspace, Contact contact) {
        return requiringNew().call(() -> conversations.tally(workspace, contact.id()));
    }

    private Contact stored(WorkspaceId workspace, String name) {
        Contact contact = newContact(workspace, input -> input.firstName(to(name)));
        requiringNew().run(() -> contacts.add(contact));
        return contact;
    }

    private static Conversation conversation(WorkspaceId workspace, Contact contact, String id, String startedAt,
                                             String lastMessageAt) {
        return Conversation.record(workspace, contact.id(),
                new ConversationInput(id, "whatsapp", startedAt, lastMessageAt, 3L, "Asked about " + id), NOW);
    }
}
