-- Contactbook schema, version 1: workspaces, API keys, contacts and their identities.
--
-- Every table that holds a workspace's data is keyed by workspace_id first (primary keys, unique indexes,
-- foreign keys), so it can be distributed by workspace (Citus) and every query names its workspace.
-- workspaces and the key hash look-up are the two platform-level exceptions: a key is resolved before
-- its workspace is known (in Citus they would be reference tables).

-- In public, so that every schema of the database (one per environment) finds its operator classes.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE workspaces (
    id                       uuid        PRIMARY KEY,
    name                     text        NOT NULL,
    default_phone_region     text,
    strict_custom_attributes boolean     NOT NULL DEFAULT false,
    created_at               timestamptz NOT NULL
);
CREATE INDEX workspaces_name ON workspaces (name);

CREATE TABLE api_keys (
    workspace_id          uuid        NOT NULL REFERENCES workspaces (id),
    id                    uuid        NOT NULL,
    name                  text        NOT NULL,
    principal             text        NOT NULL,
    scopes                text[]      NOT NULL,
    key_hash              bytea       NOT NULL,
    rate_limit_per_minute integer,
    created_at            timestamptz NOT NULL,
    last_used_at          timestamptz,
    revoked_at            timestamptz,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX api_keys_key_hash ON api_keys (key_hash);

CREATE TABLE contacts (
    workspace_id         uuid        NOT NULL REFERENCES workspaces (id),
    id                   uuid        NOT NULL,
    first_name           text,
    last_name            text,
    email                text,
    phone                text,
    company_name         text,
    avatar_url           text,
    tags                 text[]      NOT NULL DEFAULT '{}',
    profile_notes        text,
    interest_summary     text,
    metadata             jsonb       NOT NULL DEFAULT '{}',
    custom_attributes    jsonb       NOT NULL DEFAULT '{}',
    external_id          text,
    source               text,
    channels             jsonb       NOT NULL DEFAULT '[]',
    blocked              boolean     NOT NULL DEFAULT false,
    do_not_disturb       boolean     NOT NULL DEFAULT false,
    bot_active           boolean     NOT NULL DEFAULT true,
    conversation_count   integer     NOT NULL DEFAULT 0,
    last_conversation_at timestamptz,
    last_activity        timestamptz NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL,
    -- The sort key of "sort=name": the lower-cased full name, null when there is none.
    name_sort            text GENERATED ALWAYS AS (
        nullif(lower(btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))), '')
    ) STORED,
    -- One lower-cased text of everything "search" looks in, so one trigram index serves every field.
    search_text          text GENERATED ALWAYS AS (
        lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || E'\n' || coalesce(email, '') || E'\n'
              || coalesce(phone, '') || E'\n' || coalesce(company_name, ''))
    ) STORED,
    PRIMARY KEY (workspace_id, id)
);

-- Keyset pagination: one index per sort, ending in id so that every order is total.
CREATE INDEX contacts_created_at ON contacts (workspace_id, created_at, id);
CREATE INDEX contacts_updated_at ON contacts (workspace_id, updated_at, id);
CREATE INDEX contacts_last_activity ON contacts (workspace_id, last_activity, id);
CREATE INDEX contacts_name_sort ON contacts (workspace_id, (name_sort IS NULL), (coalesce(name_sort, '')), id);
CREATE INDEX contacts_email_sort ON contacts (workspace_id, (email IS NULL), (coalesce(email, '')), id);
-- Filters.
CREATE INDEX contacts_search_text ON contacts USING gin (search_text public.gin_trgm_ops);
CREATE INDEX contacts_tags ON contacts USING gin (tags);
CREATE INDEX contacts_source ON contacts (workspace_id, source, created_at, id);

-- The dedup rule, backed by the database: an identity (kind + compared value) belongs to one contact of a
-- workspace at most. The foreign key is deferred so that a create can claim its identities before it
-- writes the contact row, and write nothing at all when a claim fails.
CREATE TABLE contact_identities (
    workspace_id uuid NOT NULL,
    kind         text NOT NULL,
    value        text NOT NULL,
    contact_id   uuid NOT NULL,
    PRIMARY KEY (workspace_id, kind, value),
    FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX contact_identities_contact ON contact_identities (workspace_id, contact_id);
