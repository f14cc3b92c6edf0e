-- Contactbook schema, version 2: the private notes agents keep about contacts.
--
-- Keyed by workspace_id first, like every table of a workspace's data. A note is immutable: rows are inserted
-- and deleted, never updated. A contact's notes go with it (ON DELETE CASCADE).

CREATE TABLE contact_notes (
    workspace_id uuid        NOT NULL,
    id           uuid        NOT NULL,
    contact_id   uuid        NOT NULL,
    -- Backs the domain's rule (1 to 10,000 characters, not blank) up; length() counts characters, as the rule does.
    content      text        NOT NULL CHECK (length(content) BETWEEN 1 AND 10000 AND btrim(content, E' \t\n\r') <> ''),
    author       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
);

-- A contact's notes, newest first: the list, its keyset cursor and its count all read this index.
CREATE INDEX contact_notes_contact ON contact_notes (workspace_id, contact_id, created_at DESC, id DESC);
