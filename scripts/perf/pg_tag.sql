-- pgbench: the tag filter of GET /contacts?tag=t, newest first, one page.
SELECT * FROM contacts
 WHERE workspace_id = :ws AND tags @> ARRAY[CAST(:tag AS text)]
 ORDER BY created_at DESC, id DESC LIMIT 51;
