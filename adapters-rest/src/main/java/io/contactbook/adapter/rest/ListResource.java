package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.adapter.rest.ApiResponse.Pagination;
import io.contactbook.application.port.in.AddListMembersUseCase;
import io.contactbook.application.port.in.AddListMembersUseCase.AddListMembersCommand;
import io.contactbook.application.port.in.AddListMembersUseCase.MembersAdded;
import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactListView;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.in.CreateContactListUseCase;
import io.contactbook.application.port.in.CreateContactListUseCase.CreateContactListCommand;
import io.contactbook.application.port.in.DeleteContactListUseCase;
import io.contactbook.application.port.in.GetContactListsUseCase;
import io.contactbook.application.port.in.GetContactListsUseCase.ContactListPage;
import io.contactbook.application.port.in.GetContactListsUseCase.ContactListsQuery;
import io.contactbook.application.port.in.ListContactsUseCase;
import io.contactbook.application.port.in.ListContactsUseCase.ContactPage;
import io.contactbook.application.port.in.ListContactsUseCase.ListContactsQuery;
import io.contactbook.application.port.in.RemoveListMemberUseCase;
import io.contactbook.application.port.in.UpdateContactListUseCase;
import io.contactbook.application.port.in.UpdateContactListUseCase.UpdateContactListCommand;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.ContactId;
import io.contactbook.domain.list.ContactListId;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;

/** Lists (static segments): create, read, rename, delete, and add, remove and read their members. */
@Path("/api/v1/lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists", description = "Static segments: contacts added to and removed from a list by hand.")
public class ListResource {

    private final CurrentCaller caller;
    private final CreateContactListUseCase createList;
    private final UpdateContactListUseCase updateList;
    private final DeleteContactListUseCase deleteList;
    private final GetContactListsUseCase getLists;
    private final AddListMembersUseCase addMembers;
    private final RemoveListMemberUseCase removeMember;
    private final ListContactsUseCase listContacts;

    ListResource(CurrentCaller caller, CreateContactListUseCase createList, UpdateContactListUseCase updateList,
                 DeleteContactListUseCase deleteList, GetContactListsUseCase getLists,
                 AddListMembersUseCase addMembers, RemoveListMemberUseCase removeMember,
                 ListContactsUseCase listContacts) {
        this.caller = caller;
        this.createList = createList;
        this.updateList = updateList;
        this.deleteList = deleteList;
        this.getLists = getLists;
        this.addMembers = addMembers;
        this.removeMember = removeMember;
        this.listContacts = listContacts;
    }

    @GET
    @Operation(summary = "List the lists", description = """
            The workspace's lists, each with its contact_count, oldest first. A workspace has few lists, so the \
            default page (100, also the maximum) usually holds them all; walk further pages with next_cursor. \
            total_count is always exact.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListPageEnvelope.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.LIST_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RequiresScope(Scope.LISTS_READ)
    public ApiResponse<List<ContactListResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "100"))
            @RestQuery String limit,
            @Parameter(description = "next_cursor of the previous page.") @RestQuery String cursor) {
        int pageSize = QueryParameters.integer("limit", limit, GetContactListsUseCase.DEFAULT_LIMIT);
        ContactListPage page = getLists.all(new ContactListsQuery(caller.workspace(), pageSize,
                Optional.ofNullable(cursor)));
        return ApiResponse.page(page.lists().stream().map(ContactListResponse::of).toList(),
                new Pagination(page.hasMore(), page.nextCursor().orElse(null), pageSize, page.totalCount(), true));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a list", description = """
            An empty list. Its name is unique in the workspace, compared case-insensitively (as HubSpot refuses a \
            second list of one name): a taken name is 400 validation_error with details.name, and nothing is \
            written. An absent, null or blank description means none.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ListRequest.class),
                    examples = @ExampleObject(name = "new_list", value = OpenApiExamples.LIST_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new list.",
            content = @Content(schema = @Schema(implementation = ListEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.LIST_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RequiresScope(Scope.LISTS_WRITE)
    public Response create(ObjectNode body, UriInfo uri) {
        ContactListView created = createList.create(new CreateContactListCommand(caller.workspace(),
                ListJson.read(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(ApiResponse.of(ContactListResponse.of(created)))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a list", description = "With its contact_count.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListEnvelope.class),
                    examples = @ExampleObject(name = "list", value = OpenApiExamples.LIST_FOUND)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_READ)
    public ApiResponse<ContactListResponse> get(@RestPath String id) {
        return ApiResponse.of(ContactListResponse.of(existing(listId(id))));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or describe a list", description = """
            Only the fields present change. A name cannot be cleared (null is 400) and must not be another list's \
            name (400 validation_error on name); the list's own name in another case is fine. A null or blank \
            description clears it. Members are not touched.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ListRequest.class),
                    examples = @ExampleObject(name = "changes", value = OpenApiExamples.LIST_CHANGES)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListEnvelope.class),
                    examples = @ExampleObject(name = "changed", value = OpenApiExamples.LIST_CHANGED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_WRITE)
    public ApiResponse<ContactListResponse> patch(@RestPath String id, ObjectNode body) {
        ContactListId listId = listId(id);
        ContactListView changed = updateList.update(new UpdateContactListCommand(caller.workspace(), listId,
                        ListJson.read(body)))
                .orElseThrow(() -> ApiProblem.notFound("list"));
        return ApiResponse.of(ContactListResponse.of(changed));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a list", description = "Its memberships go with it; its contacts stay.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedEnvelope.class),
                    examples = @ExampleObject(name = "deleted", value = OpenApiExamples.LIST_DELETED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_WRITE)
    public ApiResponse<Deleted> delete(@RestPath String id) {
        ContactListId listId = listId(id);
        if (!deleteList.delete(caller.workspace(), listId)) {
            throw ApiProblem.notFound("list");
        }
        return ApiResponse.of(new Deleted(true, listId.value()));
    }

    @POST
    @Path("/{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add contacts to a list", description = """
            Adds up to 1000 contacts in one go, idempotently: a contact already in the list stays and is counted \
            in already_members; an id sent twice counts once. An id that names no contact of the workspace \
            (unknown, another workspace's, or malformed) does not fail the others: it is echoed in not_found. \
            So a client can sync a segment in batches and learn which of its ids are stale. contact_ids missing, \
            not an array of strings, or longer than 1000 is 400 and adds nothing. Answers 200: the list itself \
            is not created.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MembersRequest.class),
                    examples = @ExampleObject(name = "contacts", value = OpenApiExamples.MEMBERS_INPUT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembersAddedEnvelope.class),
                    examples = @ExampleObject(name = "added", value = OpenApiExamples.MEMBERS_ADDED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_WRITE)
    public ApiResponse<MembersAddedResponse> addContacts(@RestPath String id, MembersRequest body) {
        ContactListId listId = listId(id);
        ApiProblem.requiredBody(body);
        MembersAdded result = addMembers.add(new AddListMembersCommand(caller.workspace(), listId, body.contactIds()))
                .orElseThrow(() -> ApiProblem.notFound("list"));
        return ApiResponse.of(new MembersAddedResponse(result.added(), result.alreadyMembers(), result.notFound()));
    }

    @DELETE
    @Path("/{id}/contacts/{contact_id}")
    @Operation(summary = "Remove a contact from a list", description = """
            The contact stays; only its membership goes. A contact that is not in the list (or an unknown list or \
            contact) is 404, like any delete of something that is not there; id in the answer is the contact's.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedEnvelope.class),
                    examples = @ExampleObject(name = "removed", value = OpenApiExamples.MEMBER_REMOVED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_WRITE)
    public ApiResponse<Deleted> removeContact(@RestPath String id, @RestPath("contact_id") String contactId) {
        return ApiResponse.of(removeMembership(caller.workspace(), removeMember, listId(id), QueryParameters.contactId(contactId)));
    }

    @GET
    @Path("/{id}/contacts")
    @Operation(summary = "The contacts of a list", description = """
            A page of the list's contacts, as GET /contacts answers them and in its default order (newest contact \
            first), walked with next_cursor or offset. For other orders and filters within a list use \
            GET /contacts?list_id= (which needs contacts:read_all).""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactListEnvelope.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.LIST_CONTACTS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.LISTS_READ)
    public ApiResponse<List<ContactResponse>> contacts(
            @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @RestQuery String limit,
            @Parameter(description = "next_cursor of the previous page.") @RestQuery String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String offset) {
        ContactListId listId = listId(id);
        existing(listId);
        int pageSize = QueryParameters.integer("limit", limit, ListContactsUseCase.DEFAULT_LIMIT);
        ContactPage page = listContacts.list(new ListContactsQuery(
                ContactFilter.membersOf(caller.workspace(), listId.value()), ContactSort.DEFAULT, pageSize,
                Optional.ofNullable(cursor), QueryParameters.optionalInteger("offset", offset)));
        return ApiResponse.page(page.contacts().stream().map(ContactResponse::of).toList(),
                new Pagination(page.hasMore(), page.nextCursor().orElse(null), pageSize, page.totalCount(),
                        page.totalCountExact()));
    }

    /** Takes a contact out of a list, or answers 404: shared by both URL forms of the removal. */
    static Deleted removeMembership(WorkspaceId workspace,
                                    RemoveListMemberUseCase removeMember, ContactListId list, ContactId contact) {
        if (!removeMember.remove(workspace, list, contact)) {
            throw ApiProblem.notFound("list membership");
        }
        return new Deleted(true, contact.value());
    }

    static ContactListId listId(String id) {
        return new ContactListId(QueryParameters.id(id, "list"));
    }


    private ContactListView existing(ContactListId listId) {
        return getLists.get(caller.workspace(), listId).orElseThrow(() -> ApiProblem.notFound("list"));
    }

    /** The body of a create or a change; PATCH changes only the fields present. */
    @Schema(name = "ContactListInput")
    public record ListRequest(
            @Schema(description = "Required on create. Trimmed, 1 to 100 characters, unique in the workspace "
                    + "(case-insensitively).", maxLength = 100, examples = "Newsletter") String name,
            @Schema(description = "At most 1000 characters; null or blank clears it.", maxLength = 1000)
            String description) {
    }

    /** The contacts to add. */
    @Schema(name = "ListMembersInput")
    public record MembersRequest(
            @Schema(required = true, maxItems = 1000, description = "Contact ids; unknown ones are reported back.")
            List<String> contactIds) {
    }

    @Schema(name = "ListMembersAdded")
    public record MembersAddedResponse(
            @Schema(description = "Contacts that joined the list now.") int added,
            @Schema(description = "Contacts that were in the list already.") int alreadyMembers,
            @Schema(description = "The ids, as sent, that name no contact of the workspace.") List<String> notFound) {
    }

    @Schema(name = "ListEnvelope")
    record ListEnvelope(@Schema(defaultValue = "true") boolean success, ContactListResponse data) {
    }

    @Schema(name = "ListPageEnvelope")
    record ListPageEnvelope(@Schema(defaultValue = "true") boolean success, List<ContactListResponse> data,
                            Pagination pagination) {
    }

    @Schema(name = "ListMembersAddedEnvelope")
    record MembersAddedEnvelope(@Schema(defaultValue = "true") boolean success, MembersAddedResponse data) {
    }
}
