-- pgbench: a keyset page after the position (ts, cid), as GET /contacts?cursor=... reads it.
SELECT * FROM contacts
 WHERE workspace_id = :ws AND (created_at, id) < (CAST(:ts AS timestamptz), CAST(:cid AS uuid))
 ORDER BY created_at DESC, id DESC LIMIT 51;
