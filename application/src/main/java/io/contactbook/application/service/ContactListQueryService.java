package io.contactbook.application.service;

import io.contactbook.application.port.in.ContactListView;
import io.contactbook.application.port.in.GetContactListsUseCase;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.out.ContactLists;
import io.contactbook.application.port.out.ContactLists.CountedList;
import io.contactbook.application.port.out.ContactLists.ListSlice;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.InvalidValue;
import io.contactbook.domain.shared.PageCursor;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reads of lists. */
public class ContactListQueryService implements GetContactListsUseCase {

    /** A cursor of this query carries this binding, so one made by another list (e.g. of contacts) is refused. */
    private static final String CURSOR_BINDING = "contact_lists";

    private final ContactLists lists;

    public ContactListQueryService(ContactLists lists) {
        this.lists = lists;
    }

    @Override
    public Optional<ContactListView> get(WorkspaceId workspace, ContactListId list) {
        return lists.find(workspace, list).map(ContactListQueryService::view);
    }

    @Override
    public ContactListPage all(ContactListsQuery query) {
        Optional<ContactListId> after = query.cursor().map(ContactListQueryService::position);
        ListSlice slice = lists.page(query.workspace(), after, query.limit());
        List<ContactListView> views = slice.lists().stream().map(ContactListQueryService::view).toList();
        Optional<String> next = slice.hasMore()
                ? Optional.of(new PageCursor(CURSOR_BINDING, List.of(views.get(views.size() - 1).id().toString()))
                        .encode())
                : Optional.empty();
        return new ContactListPage(views, slice.hasMore(), next, lists.count(query.workspace()));
    }

    private static ContactListId position(String cursor) {
        try {
            PageCursor decoded = PageCursor.decode(cursor);
            if (!decoded.binding().equals(CURSOR_BINDING) || decoded.position().size() != 1) {
                throw new InvalidQuery("cursor", "was not made by this list; start again without it");
            }
            return new ContactListId(UUID.fromString(decoded.position().get(0)));
        } catch (InvalidValue | IllegalArgumentException unreadable) {
            throw new InvalidQuery("cursor", "is not a valid cursor");
        }
    }

    private static ContactListView view(CountedList counted) {
        return ContactListView.of(counted.list(), counted.memberCount());
    }
}
