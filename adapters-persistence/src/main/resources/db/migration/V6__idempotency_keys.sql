-- Idempotency keys (SPEC §4 Reliability): the first request made with a key in a workspace, by the SHA-256 of its
-- method, path and body, and once it finished, its answer, replayed for 24 hours. A row past expires_at counts as
-- absent: the next claim of its key takes it over, and the periodic clean-up deletes it.
CREATE TABLE idempotency_keys (
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id),
    key              text        NOT NULL,
    request_hash     bytea       NOT NULL,
    state            text        NOT NULL CHECK (state IN ('in_flight', 'done')),
    response_status  int,
    response_body    text,
    response_headers jsonb,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, key),
    CHECK ((state = 'done') = (response_status IS NOT NULL))
);

-- The clean-up finds expired rows across workspaces without reading the whole table.
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
