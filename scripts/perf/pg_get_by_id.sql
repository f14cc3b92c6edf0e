-- pgbench: the select by primary key behind GET /contacts/{id}. perf_bench.ids holds the sampled ids (n = 1..nids).
\set n random(1, :nids)
SELECT * FROM contacts WHERE workspace_id = :ws AND id = (SELECT id FROM perf_bench.ids WHERE n = :n);
