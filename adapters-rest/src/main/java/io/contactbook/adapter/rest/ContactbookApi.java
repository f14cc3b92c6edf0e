package io.contactbook.adapter.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API as a whole: its description, security and the error answers every endpoint shares. */
@OpenAPIDefinition(
        info = @Info(title = "Contactbook API", version = "1.0", description = """
                The contacts service of a chat and helpdesk platform.

                **Conventions.** JSON in and out, snake_case names, times in ISO-8601 UTC with milliseconds, ids \
                are UUIDv7. Success: `{"success": true, "data": ...}` (lists add `pagination`). Every non-2xx: \
                `{"success": false, "error": {"code", "message", "details"}}`. Every response carries \
                `X-Request-Id` (yours is echoed when it is 1 to 128 characters of `A-Za-z0-9._:-`, else a new one \
                is made). An id that is malformed or belongs to another workspace answers 404, like one that does \
                not exist. Bodies are limited to 1 MiB (413). A request line over 16 KiB is refused by the HTTP layer \
                itself (414, the one answer without the envelope).

                **Authentication.** `Authorization: Bearer <key>` or `X-API-Key: <key>`; a key in the query \
                string is refused (401), as is an unknown or revoked one. Keys are `cb_live_` and 192 random bits, \
                shown once when created and stored only as a hash. Each endpoint names the scope it needs \
                (`x-required-scope`); a key without it gets 403 `forbidden` with `details.required_scope`. A \
                key grants only scopes it holds; a new workspace's first key holds every scope but \
                `workspaces:write`. A key sees only its workspace: another workspace's ids answer 404.

                **Rate limits.** Each key may make a number of requests per minute: its own \
                `rate_limit_per_minute`, else the deployment's default (100 unless configured otherwise). The \
                budget's window opens with the key's first request, and the budget is refilled whole every minute. \
                Every answer to a limited key, 2xx and 4xx alike, carries `RateLimit-Limit`, \
                `RateLimit-Remaining` and `RateLimit-Reset` (whole seconds until the window resets); the \
                request over the limit is 429 `rate_limited` with `Retry-After` (whole seconds) and is not \
                carried out. With several instances the budget is shared through Redis.

                **Strict JSON.** A wrong JSON type, trailing content, duplicate keys, NUL characters or invalid \
                UTF-8 are 400 `bad_request`; unknown fields are ignored; nothing is coerced.

                **Identities and dedup.** A contact's email, phone, external_id and every channel value are \
                identities, and one identity belongs to at most one contact of a workspace, also under \
                concurrent writes. Emails are stored lower-cased and compared so; phones are stored in E.164 \
                (a number is accepted when it is possible by length for its country); channel handles compare \
                case-insensitively; external ids compare exactly. An email channel and the email field are one \
                kind of identity (likewise phone). A write that would take an identity held by another contact is \
                409 `duplicate_contact` with `details.field` and `data.id` of the holder.

                **Decisions where the contract is silent.** A blank string clears a text field, like null. PUT \
                has PATCH's meaning. `last_activity` starts at creation. At most 20 channels per contact; \
                custom_attributes at most 16 KiB serialized, text values at most 1000 characters. `lookup` of \
                a value that cannot be an email or phone answers 404. `quick` without an email simply creates. \
                Sorting by name or email compares lower-cased text byte-wise.""", contact = @org.eclipse.microprofile.openapi.annotations.info.Contact(name = "Contactbook")),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "apiKeyHeader")},
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", description = "An API key: cb_live_..."),
                        @SecurityScheme(securitySchemeName = "apiKeyHeader", type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key")},
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400", description = """
                                bad_request (malformed JSON, wrong JSON type, bad query parameter or cursor) or \
                                validation_error (details maps each field to its message).""",
                                content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "not_found",
                                content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class))),
                        @APIResponse(name = "DuplicateContact", responseCode = "409", description = """
                                duplicate_contact: details.field names the input field, data.id the contact \
                                that holds the identity.""",
                                content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "precondition_failed: If-Match is not the current version.",
                                content = @Content(schema = @Schema(implementation = OpenApiShapes.ErrorEnvelope.class)))}))
public class ContactbookApi extends Application {
}
