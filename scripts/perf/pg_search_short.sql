-- pgbench: the search filter of GET /contacts?search=term for a term of one or two characters: the substring
-- condition and the one the short_grams index (V7) serves, newest first, one page.
SELECT * FROM contacts
 WHERE workspace_id = :ws AND search_text LIKE '%' || :term || '%' AND short_grams(search_text) @> ARRAY[:term]
 ORDER BY created_at DESC, id DESC LIMIT 51;
