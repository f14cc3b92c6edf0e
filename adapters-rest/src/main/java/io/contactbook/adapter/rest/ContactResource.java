package io.contactbook.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactbook.adapter.rest.ApiResponse.Pagination;
import io.contactbook.application.port.in.ContactFilter;
import io.contactbook.application.port.in.ContactSort;
import io.contactbook.application.port.in.ContactView;
import io.contactbook.application.port.in.CreateContactUseCase;
import io.contactbook.application.port.in.CreateContactUseCase.CreateContactCommand;
import io.contactbook.application.port.in.DeleteContactUseCase;
import io.contactbook.application.port.in.DeleteContactUseCase.DeleteContactCommand;
import io.contactbook.application.port.in.GetContactUseCase;
import io.contactbook.application.port.in.GetContactUseCase.ContactDetail;
import io.contactbook.application.port.in.ListContactsUseCase;
import io.contactbook.application.port.in.ListContactsUseCase.ContactPage;
import io.contactbook.application.port.in.ListContactsUseCase.ListContactsQuery;
import io.contactbook.application.port.in.LookupContactUseCase;
import io.contactbook.application.port.in.LookupContactUseCase.LookupContactQuery;
import io.contactbook.application.port.in.QuickCreateContactUseCase;
import io.contactbook.application.port.in.QuickCreateContactUseCase.QuickCreateContactCommand;
import io.contactbook.application.port.in.QuickCreateContactUseCase.QuickCreateResult;
import io.contactbook.application.port.in.SearchContactsUseCase;
import io.contactbook.application.port.in.SearchContactsUseCase.SearchContactsQuery;
import io.contactbook.application.port.in.UpdateContactUseCase;
import io.contactbook.application.port.in.UpdateContactUseCase.UpdateContactCommand;
import io.contactbook.domain.access.Scope;
import io.contactbook.domain.contact.ContactId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Contacts: create, read, change, delete, list, search, look up. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The people a workspace talks to: create, read, change, delete, list, search, look up by identity, identify the sender of an inbound message, block.")
public class ContactResource {

    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final CreateContactUseCase createContact;
    private final QuickCreateContactUseCase quickCreateContact;
    private final UpdateContactUseCase updateContact;
    private final DeleteContactUseCase deleteContact;
    private final GetContactUseCase getContact;
    private final LookupContactUseCase lookupContact;
    private final ListContactsUseCase listContacts;
    private final SearchContactsUseCase searchContacts;

    ContactResource(CurrentCaller caller, ObjectMapper json, CreateContactUseCase createContact,
                    QuickCreateContactUseCase quickCreateContact, UpdateContactUseCase updateContact,
                    DeleteContactUseCase deleteContact, GetContactUseCase getContact,
                    LookupContactUseCase lookupContact, ListContactsUseCase listContacts,
                    SearchContactsUseCase searchContacts) {
        this.caller = caller;
        this.json = json;
        this.createContact = createContact;
        this.quickCreateContact = quickCreateContact;
        this.updateContact = updateContact;
        this.deleteContact = deleteContact;
        this.getContact = getContact;
        this.lookupContact = lookupContact;
        this.listContacts = listContacts;
        this.searchContacts = searchContacts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a contact", description = """
            Creates a contact. Its email, phone, external_id and channel values are identities: when another \
            contact of the workspace holds one of them, the answer is 409 duplicate_contact with details.field \
            (the input field) and data.id (the contact that holds it), and nothing is written.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactRequest.class),
                    examples = @ExampleObject(name = "new_contact", value = OpenApiExamples.CONTACT_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new contact.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.CONTACT_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "DuplicateContact")
    @RequiresScope(Scope.CONTACTS_WRITE)
    public Response create(ObjectNode body, UriInfo uri) {
        ContactView created = createContact.create(
                new CreateContactCommand(caller.workspace(), ContactJson.read(json, body)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(etag(created))
                .entity(ApiResponse.of(ContactResponse.of(created)))
                .build();
    }

    @POST
    @Path("/quick")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quick add by email", description = """
            Answers the contact that already has this email, unchanged (200), or creates one with these names \
            (201). Two quick adds of one email at once make one contact.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = QuickContactRequest.class),
                    examples = @ExampleObject(name = "quick_add", value = OpenApiExamples.QUICK_INPUT)))
    @APIResponse(responseCode = "200", description = "An existing contact.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "existing", value = OpenApiExamples.CONTACT_FOUND)))
    @APIResponse(responseCode = "201", description = "A new contact.",
            content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "created", value = OpenApiExamples.QUICK_CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RequiresScope(Scope.CONTACTS_WRITE)
    public Response quickCreate(QuickContactRequest body, UriInfo uri) {
        ApiProblem.requiredBody(body);
        QuickCreateResult result = quickCreateContact.quickCreate(new QuickCreateContactCommand(
                caller.workspace(), body.firstName(), body.lastName(), body.email()));
        ContactView contact = result.contact();
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/contacts").path(contact.id().toString()).build())
                : Response.ok();
        return response.tag(etag(contact)).entity(ApiResponse.of(ContactResponse.of(contact))).build();
    }

    @GET
    @Operation(summary = "List contacts", description = """
            A page of contacts, filtered and sorted. Walk pages with next_cursor (keyset: stable while contacts \
            are added) or with offset. A cursor continues only the filters and sort that made it (else 400). \
            total_count_exact says whether total_count is exact or a lower bound: a page that holds the last \
            match is always exact; otherwise total_count is counted exactly up to 10,000 matches (1,000 with a \
            tag filter) and is that lower bound beyond. With search, a page that does not hold the last match \
            is not counted at all (an index finds matches fast but cannot count them): total_count is then \
            the lower bound the page proves, the matches up to and including it plus one. Search terms of one \
            or two characters match anywhere too, served by an index of their own. Contacts without a name \
            (or email) sort last ascending and first descending.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactListEnvelope.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.CONTACT_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RequiresScope(Scope.CONTACTS_READ_ALL)
    public ApiResponse<List<ContactResponse>> list(
            @Parameter(description = "Case-insensitive literal substring of first, last or full name, email, phone or "
                    + "company; % _ and \\ match themselves.") @RestQuery String search,
            @Parameter(description = "Exact tag; repeat to require all of them.") @RestQuery List<String> tag,
            @Parameter(description = "Exact source.") @RestQuery String source,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String blocked,
            @Parameter(description = "ISO-8601 UTC; created strictly after.") @RestQuery("created_after") String createdAfter,
            @Parameter(description = "ISO-8601 UTC; created strictly before.") @RestQuery("created_before") String createdBefore,
            @Parameter(description = "Members of this list only. A list id that names no list of the workspace "
                    + "(unknown, or another workspace's) matches nothing, as HubSpot answers; one that is not an id "
                    + "at all is 400.") @RestQuery("list_id") String listId,
            @Parameter(description = "created_at, updated_at, last_activity, name or email, with :asc or :desc.",
                    schema = @Schema(defaultValue = "created_at:desc")) @RestQuery String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @RestQuery String limit,
            @Parameter(description = "next_cursor of the previous page.") @RestQuery String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String offset) {
        ContactFilter filter = new ContactFilter(caller.workspace(), QueryParameters.text(search),
                tag == null ? List.of() : tag, QueryParameters.text(source),
                QueryParameters.bool("blocked", blocked),
                QueryParameters.instant("created_after", createdAfter),
                QueryParameters.instant("created_before", createdBefore),
                QueryParameters.uuid("list_id", listId));
        ContactSort order = sort == null ? ContactSort.DEFAULT : ContactSort.parse(sort.trim())
                .orElseThrow(() -> ApiProblem.badParameter("sort",
                        "must be created_at, updated_at, last_activity, name or email, optionally with :asc or :desc"));
        int pageSize = QueryParameters.integer("limit", limit, ListContactsUseCase.DEFAULT_LIMIT);
        ContactPage page = listContacts.list(new ListContactsQuery(filter, order, pageSize,
                Optional.ofNullable(cursor), QueryParameters.optionalInteger("offset", offset)));
        return ApiResponse.page(page.contacts().stream().map(ContactResponse::of).toList(),
                new Pagination(page.hasMore(), page.nextCursor().orElse(null), pageSize, page.totalCount(),
                        page.totalCountExact()));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search box", description = """
            Ranked matches of q: an exact identity (email, phone, external id, channel handle) first, then a name, \
            email or company starting with q, then any containing it; ties by name. A q that looks like a phone \
            number also matches its digits anywhere in a contact's searchable text (the stored E.164 phone \
            included). Terms of any length, one character included, cost an index look-up per rank.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactListEnvelope.class),
                    examples = @ExampleObject(name = "matches", value = OpenApiExamples.CONTACT_SEARCH)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RequiresScope(Scope.CONTACTS_READ_ALL)
    public ApiResponse<List<ContactResponse>> search(
            @Parameter(required = true, description = "At most 200 characters.") @RestQuery String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "10"))
            @RestQuery String limit) {
        int size = QueryParameters.integer("limit", limit, SearchContactsUseCase.DEFAULT_LIMIT);
        return ApiResponse.of(searchContacts.search(new SearchContactsQuery(caller.workspace(), q, size)).stream()
                .map(ContactResponse::of).toList());
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Look up by identity", description = """
            The contact holding exactly one given identity: email (any case), phone (any notation; without + \
            read in the workspace's default region) or external_id. Give exactly one parameter.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "found", value = OpenApiExamples.CONTACT_FOUND)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACTS_READ)
    public Response lookup(@RestQuery String email, @RestQuery String phone,
                           @RestQuery("external_id") String externalId) {
        ContactView contact = lookupContact.lookup(new LookupContactQuery(caller.workspace(),
                        QueryParameters.text(email), QueryParameters.text(phone), QueryParameters.text(externalId)))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return withEtag(contact);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a contact", description = """
            With its channels and its ten most recent conversations (by last_message_at, or started_at while \
            there is none; the rest are at /contacts/{id}/conversations). Only this answer carries \
            conversations. The ETag is its version.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "contact", value = OpenApiExamples.CONTACT_WITH_CONVERSATIONS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RequiresScope(Scope.CONTACTS_READ)
    public Response get(@RestPath String id) {
        ContactId contactId = QueryParameters.contactId(id);
        ContactDetail detail = getContact.get(caller.workspace(), contactId)
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        List<ConversationResponse> conversations = detail.recentConversations().stream()
                .map(ConversationResponse::of).toList();
        return Response.ok(ApiResponse.of(ContactResponse.of(detail.contact()).withConversations(conversations)))
                .tag(etag(detail.contact()))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Operation(summary = "Change a contact", description = """
            Only the fields present change; null clears; tags and channels replace; metadata and \
            custom_attributes merge as JSON Merge Patch (RFC 7396). With If-Match, a version other than the \
            current one is 412 and changes nothing. Concurrent changes apply one after the other.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactRequest.class),
                    examples = @ExampleObject(name = "changes", value = OpenApiExamples.CONTACT_CHANGES)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "changed", value = OpenApiExamples.CONTACT_FOUND)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "DuplicateContact")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RequiresScope(Scope.CONTACTS_WRITE)
    public Response patch(@RestPath String id, @RestHeader("If-Match") String ifMatch, ObjectNode body) {
        ContactId contactId = QueryParameters.contactId(id);
        ContactView changed = updateContact.update(new UpdateContactCommand(caller.workspace(), contactId,
                        ContactJson.read(json, body), expectedVersion(ifMatch)))
                .orElseThrow(() -> ApiProblem.notFound("contact"));
        return withEtag(changed);
    }

    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Operation(summary = "Change a contact (same as PATCH)", description = "PUT has PATCH's meaning: only the fields "
            + "present change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactRequest.class),
                    examples = @ExampleObject(name = "changes", value = OpenApiExamples.CONTACT_CHANGES)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.ContactEnvelope.class),
                    examples = @ExampleObject(name = "changed", value = OpenApiExamples.CONTACT_FOUND)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "DuplicateContact")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RequiresScope(Scope.CONTACTS_WRITE)
    public Response put(@RestPath String id, @RestHeader("If-Match") String ifMatch, ObjectNode body) {
        return patch(id, ifMatch, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a contact", description = "Its identities go with it. With If-Match, a stale "
            + "version is 412.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenApiShapes.DeletedEnvelope.class),
                    examples = @ExampleObject(name = "deleted", value = OpenApiExamples.CONTACT_DELETED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RequiresScope(Scope.CONTACTS_DELETE)
    public ApiResponse<Deleted> delete(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        ContactId contactId = QueryParameters.contactId(id);
        if (!deleteContact.delete(new DeleteContactCommand(caller.workspace(), contactId, expectedVersion(ifMatch)))) {
            throw ApiProblem.notFound("contact");
        }
        return ApiResponse.of(new Deleted(true, contactId.value()));
    }


    private static Response withEtag(ContactView contact) {
        return Response.ok(ApiResponse.of(ContactResponse.of(contact))).tag(etag(contact)).build();
    }

    private static jakarta.ws.rs.core.EntityTag etag(ContactView contact) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(contact.version()));
    }

    /** {@code If-Match: "3"} (or W/"3", or 3); {@code *} or no header checks nothing; anything else never matches. */
    private static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.of(-1);
        }
    }
}
