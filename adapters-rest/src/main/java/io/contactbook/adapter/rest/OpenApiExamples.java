package io.contactbook.adapter.rest;

/**
 * The examples of the OpenAPI description, one story told across the endpoints: Jane Doe of Acme Corp writes in
 * through the widget and later on WhatsApp, agent 42 keeps a note, she joins the Newsletter list. Constants, so
 * that annotations can share them; docs only. OpenApiExamplesTest checks every operation carries one.
 */
final class OpenApiExamples {

    private OpenApiExamples() {
    }

    private static final String CONTACT_NAME_AND_IDENTITIES = """
            "id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17", "first_name": "Jane", "last_name": "Doe", \
            "name": "Jane Doe", "email": "jane@example.com", "phone": "+15550123456", "company_name": "Acme Corp", \
            "avatar_url": "https://cdn.example.com/avatars/jane.png", "tags": ["vip", "newsletter"], \
            "profile_notes": "Prefers email over phone.", \
            "interest_summary": "Evaluating the annual plan for a 40-seat support team.", \
            "metadata": {"utm_source": "spring-campaign"}, "custom_attributes": {"plan": "pro"}, \
            "external_id": "crm-10442", "source": "widget", \
            "channels": [{"type": "telegram", "value": "@janedoe"}], """;

    /** Jane as just created. */
    static final String NEW_CONTACT = "{" + CONTACT_NAME_AND_IDENTITIES + """
            "blocked": false, "do_not_disturb": false, "bot_active": true, "conversation_count": 0, \
            "last_conversation_at": null, "last_activity": "2026-03-18T09:15:00.000Z", \
            "created_at": "2026-03-18T09:15:00.000Z", "updated_at": "2026-03-18T09:15:00.000Z", "version": 1}""";

    private static final String CONTACT_STATE = """
            "blocked": false, "do_not_disturb": false, "bot_active": true, "conversation_count": 1, \
            "last_conversation_at": "2026-03-18T09:42:10.000Z", "last_activity": "2026-03-18T09:42:10.000Z", \
            "created_at": "2026-03-18T09:15:00.000Z", "updated_at": "2026-03-18T09:42:11.000Z", "version": 3""";

    /** Jane after her WhatsApp conversation was recorded. */
    static final String CONTACT = "{" + CONTACT_NAME_AND_IDENTITIES + CONTACT_STATE + "}";

    static final String CONVERSATION = """
            {"id": "conv_8412", "contact_id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17", "channel": "whatsapp", \
            "started_at": "2026-03-18T09:30:00.000Z", "last_message_at": "2026-03-18T09:42:10.000Z", \
            "message_count": 12, "summary": "Asked about annual pricing for 40 seats; sent the pricing page.", \
            "created_at": "2026-03-18T09:42:11.000Z", "updated_at": "2026-03-18T09:42:11.000Z"}""";

    // --- Contacts ----------------------------------------------------------------------------------------------

    static final String CONTACT_INPUT = """
            {"first_name": "Jane", "last_name": "Doe", "email": "jane@example.com", "phone": "+1 555 012 3456", \
            "company_name": "Acme Corp", "avatar_url": "https://cdn.example.com/avatars/jane.png", \
            "tags": ["VIP", "newsletter"], "profile_notes": "Prefers email over phone.", \
            "interest_summary": "Evaluating the annual plan for a 40-seat support team.", \
            "metadata": {"utm_source": "spring-campaign"}, "custom_attributes": {"plan": "pro"}, \
            "external_id": "crm-10442", "source": "widget", "channels": [{"type": "telegram", "value": "@janedoe"}]}""";
    static final String CONTACT_CREATED = "{\"success\": true, \"data\": " + NEW_CONTACT + "}";
    static final String CONTACT_FOUND = "{\"success\": true, \"data\": " + CONTACT + "}";
    static final String CONTACT_WITH_CONVERSATIONS = "{\"success\": true, \"data\": {" + CONTACT_NAME_AND_IDENTITIES
            + CONTACT_STATE + ", \"conversations\": [" + CONVERSATION + "]}}";
    static final String CONTACT_CHANGES = """
            {"company_name": "Acme Corp", "profile_notes": "Prefers email over phone.", "tags": ["vip", "newsletter"], \
            "metadata": {"utm_source": "spring-campaign", "utm_medium": null}}""";
    static final String QUICK_INPUT = """
            {"first_name": "Jane", "last_name": "Doe", "email": "jane@example.com"}""";
    static final String QUICK_CREATED = """
            {"success": true, "data": {"id": "019d0047-d1c0-7a1b-8c2d-3e4f5a6b7c8d", "first_name": "Jane", \
            "last_name": "Doe", "name": "Jane Doe", "email": "jane@example.com", "phone": null, "company_name": null, \
            "avatar_url": null, "tags": [], "profile_notes": null, "interest_summary": null, "metadata": {}, \
            "custom_attributes": {}, "external_id": null, "source": null, "channels": [], "blocked": false, \
            "do_not_disturb": false, "bot_active": true, "conversation_count": 0, "last_conversation_at": null, \
            "last_activity": "2026-03-18T09:30:00.000Z", "created_at": "2026-03-18T09:30:00.000Z", \
            "updated_at": "2026-03-18T09:30:00.000Z", "version": 1}}""";
    static final String CONTACT_PAGE = "{\"success\": true, \"data\": [" + CONTACT + "], \"pagination\": "
            + "{\"has_more\": true, \"next_cursor\": \"eyJzIjoiY3JlYXRlZF9hdDpkZXNjIiwiayI6WzE3NzM4MjUzMDAwMDBdfQ\", "
            + "\"limit\": 50, \"total_count\": 128, \"total_count_exact\": true}}";
    static final String CONTACT_SEARCH = "{\"success\": true, \"data\": [" + CONTACT + "]}";
    static final String CONTACT_DELETED = """
            {"success": true, "data": {"deleted": true, "id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17"}}""";
    static final String BLOCK_INPUT = "{\"blocked\": true}";
    static final String CONTACT_BLOCKED = "{\"success\": true, \"data\": {" + CONTACT_NAME_AND_IDENTITIES + """
            "blocked": true, "do_not_disturb": false, "bot_active": true, "conversation_count": 1, \
            "last_conversation_at": "2026-03-18T09:42:10.000Z", "last_activity": "2026-03-18T09:42:10.000Z", \
            "created_at": "2026-03-18T09:15:00.000Z", "updated_at": "2026-03-18T10:05:00.000Z", "version": 4}}""";
    static final String IDENTIFY_INPUT = """
            {"external_id": "crm-10442", "email": "jane@example.com", "first_name": "Jane", "last_name": "Doe", \
            "source": "widget", "channels": [{"type": "telegram", "value": "@janedoe"}]}""";
    static final String IDENTIFY_FOUND = "{\"success\": true, \"data\": {\"contact\": " + CONTACT
            + ", \"created\": false, \"matched_by\": \"external_id\"}}";
    static final String IDENTIFY_CREATED = "{\"success\": true, \"data\": {\"contact\": " + NEW_CONTACT
            + ", \"created\": true, \"matched_by\": null}}";

    // --- Conversations -----------------------------------------------------------------------------------------

    static final String CONVERSATION_INPUT = """
            {"id": "conv_8412", "channel": "whatsapp", "started_at": "2026-03-18T09:30:00.000Z", \
            "last_message_at": "2026-03-18T09:42:10.000Z", "message_count": 12, \
            "summary": "Asked about annual pricing for 40 seats; sent the pricing page."}""";
    static final String CONVERSATION_RECORDED = "{\"success\": true, \"data\": " + CONVERSATION + "}";
    static final String CONVERSATION_PAGE = "{\"success\": true, \"data\": [" + CONVERSATION + "], \"pagination\": "
            + "{\"has_more\": false, \"next_cursor\": null, \"limit\": 50, \"total_count\": 1, "
            + "\"total_count_exact\": true}}";

    // --- Notes -------------------------------------------------------------------------------------------------

    private static final String NOTE = """
            {"id": "019d003e-aa00-7b12-8c5d-3e9f1a2b4c6d", "contact_id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17", \
            "content": "Called on Monday: wants the annual plan.", "author": "agent:42", \
            "created_at": "2026-03-18T09:20:00.000Z"}""";
    static final String NOTE_INPUT = "{\"content\": \"Called on Monday: wants the annual plan.\"}";
    static final String NOTE_CREATED = "{\"success\": true, \"data\": " + NOTE + "}";
    static final String NOTE_PAGE = "{\"success\": true, \"data\": [" + NOTE + "], \"pagination\": "
            + "{\"has_more\": false, \"next_cursor\": null, \"limit\": 50, \"total_count\": 1, "
            + "\"total_count_exact\": true}}";
    static final String NOTE_DELETED = """
            {"success": true, "data": {"deleted": true, "id": "019d003e-aa00-7b12-8c5d-3e9f1a2b4c6d"}}""";

    // --- Tags --------------------------------------------------------------------------------------------------

    static final String TAGS = "{\"success\": true, \"data\": {\"tags\": [\"vip\", \"newsletter\"]}}";
    static final String TAGS_TO_ADD = "{\"tags\": [\"Newsletter\"]}";
    static final String TAGS_TO_SET = "{\"tags\": [\"vip\"]}";
    static final String TAGS_SET = "{\"success\": true, \"data\": {\"tags\": [\"vip\"]}}";
    static final String TAG_REMOVED = "{\"success\": true, \"data\": {\"deleted\": true, \"id\": \"newsletter\"}}";
    static final String TAG_COUNTS = """
            {"success": true, "data": [{"tag": "vip", "contact_count": 12}, {"tag": "newsletter", "contact_count": 7}]}""";

    // --- Lists -------------------------------------------------------------------------------------------------

    private static final String LIST = """
            {"id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d", "name": "Newsletter", \
            "description": "Contacts who opted in to the monthly newsletter.", "contact_count": 2, \
            "created_at": "2026-03-02T14:00:00.000Z", "updated_at": "2026-03-02T14:00:00.000Z"}""";
    static final String LIST_INPUT = """
            {"name": "Newsletter", "description": "Contacts who opted in to the monthly newsletter."}""";
    static final String LIST_CREATED = """
            {"success": true, "data": {"id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d", "name": "Newsletter", \
            "description": "Contacts who opted in to the monthly newsletter.", "contact_count": 0, \
            "created_at": "2026-03-02T14:00:00.000Z", "updated_at": "2026-03-02T14:00:00.000Z"}}""";
    static final String LIST_FOUND = "{\"success\": true, \"data\": " + LIST + "}";
    static final String LIST_CHANGES = "{\"description\": \"Monthly newsletter; opted in on the website.\"}";
    static final String LIST_CHANGED = """
            {"success": true, "data": {"id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d", "name": "Newsletter", \
            "description": "Monthly newsletter; opted in on the website.", "contact_count": 2, \
            "created_at": "2026-03-02T14:00:00.000Z", "updated_at": "2026-03-18T10:00:00.000Z"}}""";
    static final String LIST_PAGE = "{\"success\": true, \"data\": [" + LIST + "], \"pagination\": "
            + "{\"has_more\": false, \"next_cursor\": null, \"limit\": 100, \"total_count\": 1, "
            + "\"total_count_exact\": true}}";
    static final String LIST_DELETED = """
            {"success": true, "data": {"deleted": true, "id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d"}}""";
    static final String LIST_CONTACTS = "{\"success\": true, \"data\": [" + CONTACT + "], \"pagination\": "
            + "{\"has_more\": false, \"next_cursor\": null, \"limit\": 50, \"total_count\": 1, "
            + "\"total_count_exact\": true}}";
    static final String MEMBERS_INPUT = """
            {"contact_ids": ["019d003a-1620-7c3e-9a41-5f2b8d6e0a17", "019d0047-d1c0-7a1b-8c2d-3e4f5a6b7c8d", \
            "019c0000-0000-7000-8000-000000000000"]}""";
    static final String MEMBERS_ADDED = """
            {"success": true, "data": {"added": 1, "already_members": 1, \
            "not_found": ["019c0000-0000-7000-8000-000000000000"]}}""";
    static final String MEMBER_REMOVED = CONTACT_DELETED;
    static final String MEMBERSHIP_INPUT = """
            {"contact_id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17", "list_id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d"}""";
    static final String MEMBERSHIP_ADDED = """
            {"success": true, "data": {"list_id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d", \
            "contact_id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17", "added": true}}""";
    static final String MEMBERSHIP_KEPT = """
            {"success": true, "data": {"list_id": "019caed9-4300-7a8b-9c0d-1e2f3a4b5c6d", \
            "contact_id": "019d003a-1620-7c3e-9a41-5f2b8d6e0a17", "added": false}}""";

    // --- Settings and custom attributes ------------------------------------------------------------------------

    static final String SETTINGS = """
            {"success": true, "data": {"default_phone_region": "US", "strict_custom_attributes": false}}""";
    static final String SETTINGS_CHANGES = "{\"default_phone_region\": \"DE\", \"strict_custom_attributes\": true}";
    static final String SETTINGS_CHANGED = """
            {"success": true, "data": {"default_phone_region": "DE", "strict_custom_attributes": true}}""";
    private static final String PLAN_ATTRIBUTE = """
            {"key": "plan", "label": "Plan", "type": "list", "options": ["free", "pro", "enterprise"]}""";
    static final String ATTRIBUTE_INPUT = PLAN_ATTRIBUTE;
    static final String ATTRIBUTE_DEFINED = "{\"success\": true, \"data\": " + PLAN_ATTRIBUTE + "}";
    static final String ATTRIBUTES = "{\"success\": true, \"data\": [" + PLAN_ATTRIBUTE
            + ", {\"key\": \"renewal_date\", \"label\": \"Renewal date\", \"type\": \"date\", \"options\": []}]}";
    static final String ATTRIBUTE_REMOVED = "{\"success\": true, \"data\": {\"deleted\": true, \"id\": \"plan\"}}";

    // --- API keys and workspaces -------------------------------------------------------------------------------

    static final String API_KEY_INPUT = """
            {"name": "support bot", "principal": "agent:42", "scopes": ["contacts:read", "contacts:write"], \
            "rate_limit_per_minute": 600}""";
    static final String API_KEY_CREATED = """
            {"success": true, "data": {"id": "019d0047-d1c0-7d4e-8f6a-2b3c4d5e6f70", "name": "support bot", \
            "principal": "agent:42", "scopes": ["contacts:read", "contacts:write"], "rate_limit_per_minute": 600, \
            "key": "cb_live_Xq3vT9kLm2Pw8ZrB5nYc7HdJ4sFa6GeU", "created_at": "2026-03-18T09:30:00.000Z", \
            "last_used_at": null}}""";
    static final String API_KEYS = """
            {"success": true, "data": [{"id": "019bb138-1000-7c1d-8e2f-3a4b5c6d7e8f", "name": "admin", \
            "principal": "admin", "scopes": ["contacts:read", "contacts:read_all", "contacts:write", \
            "contacts:delete", "contacts:block", "contact_notes:read", "contact_notes:write", \
            "contact_notes:delete", "lists:read", "lists:write", "settings:write", "api_keys:write"], \
            "rate_limit_per_minute": null, "created_at": "2026-01-12T08:00:00.000Z", \
            "last_used_at": "2026-03-18T09:29:00.000Z"}, {"id": "019d0047-d1c0-7d4e-8f6a-2b3c4d5e6f70", \
            "name": "support bot", "principal": "agent:42", "scopes": ["contacts:read", "contacts:write"], \
            "rate_limit_per_minute": 600, "created_at": "2026-03-18T09:30:00.000Z", "last_used_at": null}]}""";
    static final String API_KEY_REVOKED = """
            {"success": true, "data": {"deleted": true, "id": "019d0047-d1c0-7d4e-8f6a-2b3c4d5e6f70"}}""";
    static final String WORKSPACE_INPUT = "{\"name\": \"Acme Support\"}";
    static final String WORKSPACE_CREATED = """
            {"success": true, "data": {"workspace": {"id": "019bb138-1000-7e5f-a6b7-c8d9e0f1a2b3", \
            "name": "Acme Support", "created_at": "2026-01-12T08:00:00.000Z"}, \
            "api_key": {"id": "019bb138-1000-7c1d-8e2f-3a4b5c6d7e8f", "name": "admin", "principal": "admin", \
            "scopes": ["contacts:read", "contacts:read_all", "contacts:write", "contacts:delete", "contacts:block", \
            "contact_notes:read", "contact_notes:write", "contact_notes:delete", "lists:read", "lists:write", \
            "settings:write", "api_keys:write"], "rate_limit_per_minute": null, \
            "key": "cb_live_Rk8mW2qZ5tNv9XbL3cY7pHs4dJf6GaEu", "created_at": "2026-01-12T08:00:00.000Z", \
            "last_used_at": null}}}""";

    // --- The answers of note edits, which are always refused ----------------------------------------------------

    static final String NOTE_NOT_EDITABLE = """
            {"success": false, "error": {"code": "method_not_allowed", \
            "message": "notes cannot be edited; delete the note and write a new one", "details": {}}}""";
}
