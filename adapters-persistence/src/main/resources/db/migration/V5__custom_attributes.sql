-- Custom attribute definitions: what a workspace's contacts may carry in custom_attributes (enforced in strict
-- mode). Removing a definition leaves the values on contacts as they are.
CREATE TABLE custom_attribute_definitions (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id),
    key          text        NOT NULL,
    label        text        NOT NULL,
    type         text        NOT NULL,
    options      text[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
