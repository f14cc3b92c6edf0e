-- Conversation summaries (the messages live in the conversation service). The id is the conversation
-- service's own, so it is text, unique within a workspace. A conversation outlives its contact: deleting the
-- contact detaches it (contact_id becomes NULL) and it can be recorded onto a contact again.
CREATE TABLE contact_conversations (
    workspace_id    uuid        NOT NULL REFERENCES workspaces (id),
    id              text        NOT NULL,
    contact_id      uuid,
    channel         text,
    started_at      timestamptz NOT NULL,
    last_message_at timestamptz,
    message_count   integer     NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    summary         text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE SET NULL (contact_id)
);

-- A contact's conversations, most recent first (SPEC §5: by the last message, else the start), and the count
-- and latest moment the contact keeps: all from this one index.
CREATE INDEX contact_conversations_recent
    ON contact_conversations (workspace_id, contact_id, (coalesce(last_message_at, started_at)) DESC, id);
