-- pgbench: the search filter of GET /contacts?search=term (substring of search_text), newest first, one page.
SELECT * FROM contacts
 WHERE workspace_id = :ws AND search_text LIKE '%' || :term || '%'
 ORDER BY created_at DESC, id DESC LIMIT 51;
