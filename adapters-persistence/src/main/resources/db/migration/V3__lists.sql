-- Contactbook schema, version 3: lists (static segments) and their members.
--
-- Keyed by workspace_id first, like every table of a workspace's data, so both tables distribute with
-- contacts by workspace (Citus) and the foreign keys stay within one workspace.

CREATE TABLE contact_lists (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id),
    id           uuid        NOT NULL,
    name         text        NOT NULL,
    description  text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
-- One name per workspace, compared case-insensitively: the database backs up ListName's rule, also under
-- concurrent creates and renames.
CREATE UNIQUE INDEX contact_lists_name ON contact_lists (workspace_id, lower(name));

CREATE TABLE list_members (
    workspace_id uuid        NOT NULL,
    list_id      uuid        NOT NULL,
    contact_id   uuid        NOT NULL,
    added_at     timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, list_id, contact_id),
    -- A membership goes with its list and with its contact; neither takes the other along.
    FOREIGN KEY (workspace_id, list_id) REFERENCES contact_lists (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
);
-- The cascade from a deleted contact, and "the lists of a contact".
CREATE INDEX list_members_contact ON list_members (workspace_id, contact_id);
