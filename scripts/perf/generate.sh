#!/usr/bin/env bash
# Loads a large, realistic data set into a NEW workspace for benchmarks (issue 6):
#   N contacts (default 1,000,000) with their identities, ~0.5 notes and ~1 conversation per contact,
#   plus an admin API key of that workspace with every scope and no rate limit.
#
#   scripts/perf/generate.sh [--contacts N] [--schema S] [--drop-previous] [--verify] [--no-vacuum]
#
#   --contacts N      how many contacts (1 .. 7,999,999; default 1000000)
#   --schema S        the schema the service uses (default contactbook); it must already be migrated, i.e. the
#                     service must have started once against it (Flyway creates the tables at start-up)
#   --drop-previous   first delete every workspace named perf-* (and all its rows) from that schema
#   --verify          after loading, check counts, identities and the conversation summaries of the contacts
#   --no-vacuum       only ANALYZE at the end instead of VACUUM (ANALYZE)
#
# Every run creates a new workspace named perf-<N>-<timestamp>; nothing earlier is touched unless
# --drop-previous is given. Connection: PGHOST/PGPORT/PGUSER/PGDATABASE (default 127.0.0.1:5432, postgres,
# database postgres). Progress and timings go to stderr; stdout ends with exactly two lines
#   WORKSPACE_ID=<uuid>
#   API_KEY=cb_live_...
# so `eval "$(scripts/perf/generate.sh --contacts 10000)"` sets both variables.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONTACTS=1000000
SCHEMA=contactbook
DROP_PREVIOUS=0
VERIFY=0
VACUUM=1

usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --contacts) CONTACTS="${2:?--contacts needs a number}"; shift 2 ;;
    --contacts=*) CONTACTS="${1#*=}"; shift ;;
    --schema) SCHEMA="${2:?--schema needs a name}"; shift 2 ;;
    --schema=*) SCHEMA="${1#*=}"; shift ;;
    --drop-previous) DROP_PREVIOUS=1; shift ;;
    --verify) VERIFY=1; shift ;;
    --no-vacuum) VACUUM=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "generate.sh: unknown argument: $1" >&2; usage ;;
  esac
done

if ! [[ "$CONTACTS" =~ ^[0-9]+$ ]] || [ "$CONTACTS" -lt 1 ] || [ "$CONTACTS" -gt 7999999 ]; then
  echo "generate.sh: --contacts must be a whole number from 1 to 7999999 (got: $CONTACTS)" >&2; exit 2
fi
if ! [[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "generate.sh: --schema must be a plain lower-case identifier (got: $SCHEMA)" >&2; exit 2
fi

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-postgres}"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 --no-psqlrc)

# The schema must have been migrated by the service (Flyway at start-up): check every table we write.
missing="$("${PSQL[@]}" -At -v schema="$SCHEMA" <<'SQL'
SELECT string_agg(t, ', ')
FROM unnest(ARRAY['workspaces', 'api_keys', 'contacts', 'contact_identities', 'contact_notes',
                  'contact_conversations']) t
WHERE to_regclass(format('%I.%I', :'schema', t)) IS NULL;
SQL
)" || { echo "generate.sh: cannot connect to PostgreSQL at $PGHOST:$PGPORT as $PGUSER" >&2; exit 1; }
if [ -n "$missing" ]; then
  echo "generate.sh: schema '$SCHEMA' is not migrated (missing tables: $missing)." >&2
  echo "  Start the service once against it (e.g. ./mvnw quarkus:dev; Flyway creates the tables at start-up)," >&2
  echo "  then run this script again." >&2
  exit 1
fi

start=$(date +%s.%N)

if [ "$DROP_PREVIOUS" = 1 ]; then
  echo "dropping earlier perf-* workspaces from schema $SCHEMA ..." >&2
  "${PSQL[@]}" -v schema="$SCHEMA" <<'SQL'
SET search_path = :"schema", public;
SET synchronous_commit = off;
SET client_min_messages = warning;
-- Rows go table by table without the cascading foreign key triggers (much faster for millions of rows); every
-- table of the schema with a workspace_id column is cleared for those workspaces, so nothing dangles.
SET session_replication_role = replica;
DO $$
DECLARE
  ids uuid[];
  t text;
  n bigint;
  t0 timestamptz;
BEGIN
  SELECT array_agg(id) INTO ids FROM workspaces WHERE name LIKE 'perf-%';
  IF ids IS NULL THEN
    RAISE WARNING 'no perf-* workspace to drop';
    RETURN;
  END IF;
  FOR t IN SELECT c.table_name FROM information_schema.columns c
           JOIN information_schema.tables tb USING (table_schema, table_name)
           WHERE c.table_schema = current_schema() AND c.column_name = 'workspace_id' AND tb.table_type = 'BASE TABLE'
  LOOP
    t0 := clock_timestamp();
    EXECUTE format('DELETE FROM %I WHERE workspace_id = ANY ($1)', t) USING ids;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
      RAISE WARNING '  % rows deleted from % (% s)', n, t, round(extract(epoch FROM clock_timestamp() - t0)::numeric, 1);
    END IF;
  END LOOP;
  DELETE FROM workspaces WHERE id = ANY (ids);
  RAISE WARNING '  % perf-* workspace(s) deleted', cardinality(ids);
END $$;
SQL
fi

# cb_live_ and 192 random bits, base64url without padding: the shape the service itself generates.
API_KEY="cb_live_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
WS_NAME="perf-${CONTACTS}-$(date -u +%Y%m%dT%H%M%SZ)"

echo "loading $CONTACTS contacts into a new workspace $WS_NAME of schema $SCHEMA (each run makes a new one) ..." >&2
"${PSQL[@]}" -v schema="$SCHEMA" -v contacts="$CONTACTS" -v ws_name="$WS_NAME" -v api_key="$API_KEY" \
  -v verify="$VERIFY" -v vacuum="$VACUUM" -f "$HERE/generate.sql" 2> >(sed -u 's/^psql:[^ ]*: //' >&2) | tail -n 2 > "${TMPDIR:-/tmp}/generate.$$.out"
result="$(cat "${TMPDIR:-/tmp}/generate.$$.out")"; rm -f "${TMPDIR:-/tmp}/generate.$$.out"

end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "total                    %27.1f s\n", e - s }' >&2
echo "$result"
