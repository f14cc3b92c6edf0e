-- pgbench: the insert behind POST /contacts, the pair contacts + email identity, in one transaction.
\set r random(1, 2000000000)
WITH c AS (
  INSERT INTO contacts (workspace_id, id, first_name, last_name, email, tags, last_activity, created_at, updated_at, version)
  VALUES (:ws, gen_random_uuid(), 'Bench', 'User ' || :r,
          'pgbench-' || :run || '-' || gen_random_uuid() || '@bench.invalid', '{bench}', now(), now(), now(), 1)
  RETURNING workspace_id, id, email)
INSERT INTO contact_identities (workspace_id, kind, value, contact_id) SELECT workspace_id, 'email', email, id FROM c;
