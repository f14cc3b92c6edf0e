-- pgbench: the first page of GET /contacts (default sort created_at:desc, limit 50, one more row to see has_more).
SELECT * FROM contacts WHERE workspace_id = :ws ORDER BY created_at DESC, id DESC LIMIT 51;
