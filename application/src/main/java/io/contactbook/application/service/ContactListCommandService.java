package io.contactbook.application.service;

import io.contactbook.application.port.in.AddListMembersUseCase;
import io.contactbook.application.port.in.ContactListView;
import io.contactbook.application.port.in.CreateContactListUseCase;
import io.contactbook.application.port.in.DeleteContactListUseCase;
import io.contactbook.application.port.in.RemoveListMemberUseCase;
import io.contactbook.application.port.in.UpdateContactListUseCase;
import io.contactbook.application.port.out.ContactLists;
import io.contactbook.application.port.out.ContactLists.MemberAdditions;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactList;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The writes to lists and their members. Each method is one use case and runs as one transaction (wired in bootstrap). */
public class ContactListCommandService implements CreateContactListUseCase, UpdateContactListUseCase,
        DeleteContactListUseCase, AddListMembersUseCase, RemoveListMemberUseCase {

    private final ContactLists lists;
    private final Clock clock;

    public ContactListCommandService(ContactLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public ContactListView create(CreateContactListCommand command) {
        ContactList list = ContactList.create(ContactListId.generate(), command.workspace(), command.input(), now());
        lists.add(list);
        return ContactListView.of(list, 0);
    }

    @Override
    public Optional<ContactListView> update(UpdateContactListCommand command) {
        return lists.findForUpdate(command.workspace(), command.list()).map(current -> {
            lists.update(current.apply(command.changes(), now()));
            return view(command.workspace(), command.list());
        });
    }

    @Override
    public boolean delete(WorkspaceId workspace, ContactListId list) {
        return lists.remove(workspace, list);
    }

    @Override
    public Optional<MembersAdded> add(AddListMembersCommand command) {
        return lists.findForUpdate(command.workspace(), command.list()).map(list -> {
            Map<String, ContactId> readable = readableIds(command.contactIds());
            MemberAdditions additions = lists.addMembers(command.workspace(), command.list(),
                    new LinkedHashSet<>(readable.values()), now());
            List<String> notFound = new ArrayList<>();
            for (String sent : new LinkedHashSet<>(command.contactIds())) {
                ContactId id = readable.get(sent);
                if (id == null || !(additions.added().contains(id) || additions.alreadyMembers().contains(id))) {
                    notFound.add(sent);
                }
            }
            return new MembersAdded(additions.added().size(), additions.alreadyMembers().size(), notFound);
        });
    }

    @Override
    public boolean remove(WorkspaceId workspace, ContactListId list, ContactId contact) {
        return lists.removeMember(workspace, list, contact);
    }

    private ContactListView view(WorkspaceId workspace, ContactListId list) {
        return lists.find(workspace, list)
                .map(counted -> ContactListView.of(counted.list(), counted.memberCount()))
                .orElseThrow(() -> new IllegalStateException("list " + list + " vanished within its transaction"));
    }

    /** The sent ids that are ids at all; one that is not names no contact, like an unknown one. */
    private static Map<String, ContactId> readableIds(List<String> sent) {
        Map<String, ContactId> readable = new LinkedHashMap<>();
        for (String text : sent) {
            contactId(text).ifPresent(id -> readable.put(text, id));
        }
        return readable;
    }

    /** Only the canonical spelling: the id a client was given, not another text that happens to parse. */
    private static Optional<ContactId> contactId(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? Optional.of(new ContactId(id)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
