package io.contactbook.adapter.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON shapes Jackson reads and writes reflectively, registered for a native executable (the
 * {@code native} profile). On the JVM this class does nothing.
 *
 * <p>Quarkus registers the types it can see in a resource method's signature, but many answers here are a
 * {@code Response} whose entity it cannot see, the envelopes are generic ({@code ApiResponse<List<ContactResponse>>}),
 * errors are written by {@link ErrorMapper} and {@link HttpEdge}, and {@link IdempotentRequests} serialises
 * answers to store them. So every JSON record of this package is listed here, nested ones included
 * ({@code RegisterForReflection} skips nested classes). {@link ContactRequest} is read as a tree by
 * {@link ContactJson} today; it is listed so that binding it later stays safe.
 *
 * <p>Not listed: the records only the OpenAPI description uses ({@code *Envelope}, {@link OpenApiShapes}),
 * private records, and the rate limiter's types, which never become JSON. Request bodies read as
 * {@code ObjectNode} need no registration. {@code NativeReflectionTest} fails when a record of this package is
 * missing here.
 */
@RegisterForReflection(targets = {
        ApiError.class,
        ApiError.Error.class,
        ApiResponse.class,
        ApiResponse.Pagination.class,
        ApiKeyResource.ApiKeyRequest.class,
        ApiKeyResource.ApiKeyResponse.class,
        ContactBlockResource.BlockRequest.class,
        ContactConversationResource.ConversationRequest.class,
        ContactIdentifyResource.IdentifyResponse.class,
        ContactListMembershipResource.MembershipRequest.class,
        ContactListMembershipResource.MembershipResponse.class,
        ContactListResponse.class,
        ContactNoteResource.NoteRequest.class,
        ContactNoteResource.NoteResponse.class,
        ContactRequest.class,
        ContactResponse.class,
        ContactResponse.ChannelResponse.class,
        ContactTagResource.Tags.class,
        ConversationResponse.class,
        CustomAttributeResource.CustomAttributeBody.class,
        Deleted.class,
        DeletedKey.class,
        ListResource.ListRequest.class,
        ListResource.MembersRequest.class,
        ListResource.MembersAddedResponse.class,
        QuickContactRequest.class,
        SettingsResource.SettingsBody.class,
        TagResource.TagCountResponse.class,
        WorkspaceResource.WorkspaceRequest.class,
        WorkspaceResource.WorkspaceResponse.class,
        WorkspaceResource.WorkspaceResponse.Workspace.class,
})
public final class NativeReflection {

    private NativeReflection() {
    }
}
