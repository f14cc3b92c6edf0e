#!/usr/bin/env bash
# Contactbook performance baseline (issue 6 part 2): the packaged service under wrk, next to pgbench's own
# limit on the equivalent SQL, in one run. Prints a Markdown table and writes scripts/perf/results-<date>.md.
#
#   scripts/perf/bench.sh --generate 1000000            # load a new workspace with generate.sh, then measure
#   scripts/perf/bench.sh                               # measure the workspace of the last generate run
#   WORKSPACE_ID=… API_KEY=… scripts/perf/bench.sh --schema contactbook_perf
#
# Options (defaults in brackets):
#   --generate N     run scripts/perf/generate.sh --contacts N --schema S first; its WORKSPACE_ID/API_KEY are
#                    kept in the env file for later runs
#   --schema S       the schema with the data [$BENCH_SCHEMA, the env file's SCHEMA, or contactbook_perf]
#   --env-file F     where WORKSPACE_ID, API_KEY and SCHEMA are kept, outside the repository (it holds a key)
#                    [~/.cache/contactbook/bench.env]
#   --port P         the service's own port [18089]
#   --duration S     seconds of measurement per wrk case [15]
#   --warmup S       seconds of unmeasured load before each wrk case [5]
#   --jit-warmup S   seconds of unmeasured mixed load (reads, then writes) before the first case, so the JIT has
#                    compiled the hot paths and the cases measure a steady state [60]
#   --pg-duration S  seconds per pgbench case [10]
#   --connections C  wrk connections and pgbench clients [2 per core]
#   --threads T      wrk threads and pgbench threads [1 per core]
#   --depth D        position of the deep page [500000, or half the workspace when it is smaller]
# BENCH_OUT=file writes the table there instead. BENCH_CASES=get_by_id,post (the case names of run_wrk below) measures only those cases and their
# pgbench equivalents, to compare settings quickly.
# Terms are chosen from the data unless set: BENCH_TERM_RARE, BENCH_TERM_COMMON, BENCH_TERM_NONE,
# BENCH_TERM_SHORT, BENCH_TAG. BENCH_KEEP=1 keeps the raw wrk/pgbench output and service log. JAVA_OPTS is passed to the
# JVM [-Xmx256m -XX:+UseParallelGC, the README's recommendation; JAVA_OPTS= runs with the JVM's own sizing].
#
# The rows the run writes (POST /contacts and the pgbench insert) are deleted at the end, so reruns measure
# the same data. Needs: java 17, psql, pgbench, curl, jq, wrk (installed here from Debian when missing).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PGHOST_=127.0.0.1 PGPORT_=5432 PGUSER_=postgres PGDB_=postgres

GENERATE="" SCHEMA_OPT="" ENV_FILE="${XDG_CACHE_HOME:-$HOME/.cache}/contactbook/bench.env" PORT=18089
DURATION=15 WARMUP=5 JIT_WARMUP=60 PG_DURATION=10 DEPTH_OPT=""
CORES=$(nproc)
CONNECTIONS=$((2 * CORES)) THREADS=$CORES

while [ $# -gt 0 ]; do
  case "$1" in
    --generate) GENERATE="$2"; shift 2 ;;
    --schema) SCHEMA_OPT="$2"; shift 2 ;;
    --env-file) ENV_FILE="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --jit-warmup) JIT_WARMUP="$2"; shift 2 ;;
    --pg-duration) PG_DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --depth) DEPTH_OPT="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi
for tool in java psql pgbench curl jq wrk; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing"
done
JAR="$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  log "packaging the service (no tests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl bootstrap -am) || die "the build failed"
fi

# --- the schema (the service migrates it at start-up, so generate.sh finds its tables) ----------------------
SCHEMA="${SCHEMA_OPT:-${BENCH_SCHEMA:-}}"
if [ -z "$SCHEMA" ] && [ -z "$GENERATE" ] && [ -f "$ENV_FILE" ] && [ -z "${WORKSPACE_ID:-}" ]; then
  SCHEMA="$(grep '^SCHEMA=' "$ENV_FILE" | cut -d= -f2- || true)"
fi
SCHEMA="${SCHEMA:-contactbook_perf}"
[[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ ]] || die "schema name '$SCHEMA' is not a plain identifier"
# pgbench's sessions run as the service's do: no parallel workers (application.properties says why).
export PGOPTIONS="-c search_path=$SCHEMA,public -c max_parallel_workers_per_gather=0"
sql() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -d "$PGDB_" -At "$@"; }
# a literal for SQL: quotes doubled
q() { printf "'%s'" "${1//\'/\'\'}"; }

WORK="$(mktemp -d /tmp/contactbook-bench.XXXXXX)"
RUN_ID="$(date +%s)$$"
SERVICE_PID=""
WS=""
cleanup() {
  local rc=$?
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  if [ -n "$WS" ]; then
    sql -c "DELETE FROM contacts WHERE workspace_id = $WS
              AND (email LIKE 'bench-$RUN_ID-%' OR email LIKE 'pgbench-$RUN_ID-%')" >/dev/null 2>&1 || true
  fi
  if [ $rc -eq 0 ] && [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$WORK"; else echo "bench: kept $WORK (wrk/pgbench output, service.log)" >&2; fi
}
trap cleanup EXIT

# --- the service -------------------------------------------------------------------------------------------
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then die "port $PORT is taken (use --port)"; fi
log "starting the service on port $PORT (rate limits off)"
(
  cd "$ROOT"
  export QUARKUS_HTTP_PORT="$PORT"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$PGDB_?currentSchema=$SCHEMA"
  export QUARKUS_FLYWAY_SCHEMAS="$SCHEMA"
  export CONTACTBOOK_RATE_LIMIT_PER_MINUTE=0
  export CONTACTBOOK_BOOTSTRAP_KEY="${BENCH_BOOTSTRAP_KEY:-cb_live_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
  unset CONTACTBOOK_REDIS_URL PGOPTIONS
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS--Xmx256m -XX:+UseParallelGC} -jar "$JAR"
) > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then break; fi
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$WORK/service.log" >&2; die "the service did not start"; }
  sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || die "the service is not ready after 120 s"
# The JVM is the child of the subshell's exec, so $SERVICE_PID is the java process itself.
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/v1"

# --- the data ----------------------------------------------------------------------------------------------
if [ -n "$GENERATE" ]; then
  [ -x "$HERE/generate.sh" ] || die "scripts/perf/generate.sh is missing or not executable"
  log "generating $GENERATE contacts into schema $SCHEMA"
  GEN_OUT="$(mktemp)"
  PGOPTIONS= "$HERE/generate.sh" --contacts "$GENERATE" --schema "$SCHEMA" | tee "$GEN_OUT" >&2
  WORKSPACE_ID="$(grep '^WORKSPACE_ID=' "$GEN_OUT" | tail -1 | cut -d= -f2-)"
  API_KEY="$(grep '^API_KEY=' "$GEN_OUT" | tail -1 | cut -d= -f2-)"
  rm -f "$GEN_OUT"
  [ -n "$WORKSPACE_ID" ] && [ -n "$API_KEY" ] || die "generate.sh printed no WORKSPACE_ID/API_KEY"
  mkdir -p "$(dirname "$ENV_FILE")"
  (umask 077; printf 'WORKSPACE_ID=%s\nAPI_KEY=%s\nSCHEMA=%s\n' "$WORKSPACE_ID" "$API_KEY" "$SCHEMA" > "$ENV_FILE")
  log "kept WORKSPACE_ID/API_KEY/SCHEMA in $ENV_FILE"
elif [ -z "${WORKSPACE_ID:-}" ] || [ -z "${API_KEY:-}" ]; then
  [ -f "$ENV_FILE" ] || die "no WORKSPACE_ID/API_KEY in the environment and no $ENV_FILE: run with --generate N"
  WORKSPACE_ID="$(grep '^WORKSPACE_ID=' "$ENV_FILE" | cut -d= -f2-)"
  API_KEY="$(grep '^API_KEY=' "$ENV_FILE" | cut -d= -f2-)"
fi
[[ "$WORKSPACE_ID" =~ ^[0-9a-f-]{36}$ ]] || die "WORKSPACE_ID '$WORKSPACE_ID' is not a uuid"

WS="$(q "$WORKSPACE_ID")"


N_CONTACTS="$(sql -c "SELECT count(*) FROM contacts WHERE workspace_id = $WS")" \
  || die "cannot read $SCHEMA.contacts"
[ "$N_CONTACTS" -gt 0 ] || die "workspace $WORKSPACE_ID has no contacts in schema $SCHEMA"
log "workspace $WORKSPACE_ID in $SCHEMA: $N_CONTACTS contacts"

AUTH="Authorization: Bearer $API_KEY"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$API/contacts?limit=1")"
[ "$status" = 200 ] || die "GET /contacts with the API key answered $status"

# --- inputs: ids, cursor, terms ----------------------------------------------------------------------------
log "sampling ids and choosing terms"
sql -c "SELECT id FROM contacts WHERE workspace_id = $WS ORDER BY random() LIMIT 10000" > "$WORK/ids.txt"
N_IDS="$(wc -l < "$WORK/ids.txt")"
# perf_bench.ids numbers the sample 1..N_IDS for pgbench's random pick (a schema of the benchmark's own)
sql <<SQL >/dev/null
CREATE SCHEMA IF NOT EXISTS perf_bench;
DROP TABLE IF EXISTS perf_bench.ids;
CREATE UNLOGGED TABLE perf_bench.ids (n integer PRIMARY KEY, id uuid NOT NULL);
CREATE TEMP TABLE raw_ids (id uuid);
\copy raw_ids FROM '$WORK/ids.txt'
INSERT INTO perf_bench.ids SELECT row_number() OVER (), id FROM raw_ids;
ANALYZE perf_bench.ids;
SQL

DEPTH="${DEPTH_OPT:-500000}"
if [ "$N_CONTACTS" -le "$DEPTH" ]; then DEPTH=$((N_CONTACTS / 2)); fi
[ "$DEPTH" -ge 1 ] || DEPTH=1
POSITION="$(sql -F '|' -c "SELECT created_at, id FROM contacts WHERE workspace_id = $WS
                           ORDER BY created_at DESC, id DESC OFFSET $((DEPTH - 1)) LIMIT 1")"
DEEP_TS="${POSITION%%|*}" DEEP_ID="${POSITION##*|}"
log "getting a cursor at depth $DEPTH (offset $((DEPTH - 1)), limit 1)"
CURSOR="$(curl -sf -H "$AUTH" "$API/contacts?offset=$((DEPTH - 1))&limit=1" | jq -r '.pagination.next_cursor // empty')"
[ -n "$CURSOR" ] || die "no next_cursor at depth $DEPTH"
CURSOR_Q="$(jq -rn --arg c "$CURSOR" '$c|@uri')"
DEEP_FIRST="$(curl -sf -H "$AUTH" "$API/contacts?cursor=$CURSOR_Q" | jq -r '.data[0].id')"
EXPECTED_FIRST="$(sql -c "SELECT id FROM contacts WHERE workspace_id = $WS ORDER BY created_at DESC, id DESC OFFSET $DEPTH LIMIT 1")"
[ "$DEEP_FIRST" = "$EXPECTED_FIRST" ] || log "warning: the cursor page starts at $DEEP_FIRST, SQL says $EXPECTED_FIRST"

COMMON="${BENCH_TERM_COMMON:-$(sql -c "SELECT lower(first_name) FROM (SELECT first_name FROM contacts
   WHERE workspace_id = $WS AND first_name ~ '^[A-Za-z]{3,}$' LIMIT 20000) s GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")}"
RARE="${BENCH_TERM_RARE:-$(sql -c "SELECT lower(split_part(email, '@', 1)) FROM contacts
   WHERE workspace_id = $WS AND id = (SELECT id FROM perf_bench.ids WHERE n = 1)
     AND email ~ '^[A-Za-z0-9.+-]{5,}@'")}"
if [ -z "$RARE" ]; then
  RARE="$(sql -c "SELECT lower(split_part(email, '@', 1)) FROM contacts c JOIN perf_bench.ids i USING (id)
     WHERE c.workspace_id = $WS AND email ~ '^[A-Za-z0-9.+-]{5,}@' LIMIT 1")"
fi
NONE="${BENCH_TERM_NONE:-qxzjvkq}"
SHORT="${BENCH_TERM_SHORT:-${COMMON:0:2}}"
TAG="${BENCH_TAG:-$(sql -c "SELECT t FROM (SELECT tags FROM contacts WHERE workspace_id = $WS LIMIT 20000) s,
   unnest(tags) t GROUP BY t ORDER BY count(*) DESC, t LIMIT 1")}"
[ -n "$COMMON" ] || COMMON=example
[ -n "$SHORT" ] || SHORT=ex
matches() { sql -c "SELECT count(*) FROM contacts WHERE workspace_id = $WS AND search_text LIKE $(q "%$1%")"; }
M_COMMON="$(matches "$COMMON")" M_RARE="$(matches "${RARE:-?}")" M_NONE="$(matches "$NONE")" M_SHORT="$(matches "$SHORT")"
M_TAG=0
[ -n "$TAG" ] && M_TAG="$(sql -c "SELECT count(*) FROM contacts WHERE workspace_id = $WS AND tags @> ARRAY[$(q "$TAG")]")"
log "terms: rare '$RARE' ($M_RARE), common '$COMMON' ($M_COMMON), none '$NONE' ($M_NONE), short '$SHORT' ($M_SHORT), tag '$TAG' ($M_TAG)"
uri() { jq -rn --arg v "$1" '$v|@uri'; }

# --- measuring ---------------------------------------------------------------------------------------------
# wrk: ms from its units (us, ms, s, m)
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
  f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
  printf "%.2f", n * f }'; }

declare -A EQUIV=(
  [get_by_id]=pk [list_first]=list [list_deep]=list_after [search_rare]=search_rare
  [search_common]=search_common [search_none]=search_none [search_short]=search_short [tag]=tag
  [quick_search]=search_common [post]=insert)
declare -a ROWS=()
declare -A PG_TPS=()

# run_wrk <name> <label> <path or -> <script or -> [script args]
selected() { [ -z "${BENCH_CASES:-}" ] || [[ ",$BENCH_CASES," == *",$1,"* ]]; }

run_wrk() {
  local name="$1" label="$2" path="$3" script="$4"; shift 4
  selected "$name" || return 0
  local args=(-t"$THREADS" -c"$CONNECTIONS" --timeout 30s -H "$AUTH")
  local url="$BASE${path}"
  [ "$path" = - ] && url="$BASE"
  if [ "$script" != - ]; then args+=(-s "$HERE/$script"); else args+=(-s "$HERE/p95.lua"); fi
  if [ "$WARMUP" -gt 0 ]; then
    wrk "${args[@]}" -d"${WARMUP}s" "$url" ${1:+--} "$@" ${1:+warmup} > "$WORK/$name.warmup.txt" 2>&1 || true
  fi
  log "wrk $name: $label (${DURATION}s)"
  wrk "${args[@]}" -d"${DURATION}s" --latency "$url" ${1:+--} "$@" > "$WORK/$name.txt" 2>&1 \
    || { cat "$WORK/$name.txt" >&2; die "wrk failed for $name"; }
  local f="$WORK/$name.txt"
  local rps p50 p95 p99 non2xx sockerr total
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$f")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$f")")"
  p95="$(awk '$1 == "p95_us" { printf "%.2f", $2 / 1000; exit }' "$f")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$f")")"
  total="$(awk '/requests in/ { print $1; exit }' "$f")"
  non2xx="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$f")"
  sockerr="$(awk '/Socket errors/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i + 0; print s }' "$f")"
  ROWS+=("$name|$label|$rps|$p50|$p95|$p99|$total|$(( ${non2xx:-0} + ${sockerr:-0} ))")
}

# run_pg <name> <sql file> [-D var=value ...]; PG_CUSTOM_PLANS=1 plans each execution for its values, as the
# service does for searches and tag filters (PostgresContacts.planForTheValues)
run_pg() {
  local name="$1" file="$2"; shift 2
  local case needed=""
  for case in "${!EQUIV[@]}"; do
    if [ "${EQUIV[$case]}" = "$name" ] && selected "$case"; then needed=1; fi
  done
  [ -n "$needed" ] || return 0
  log "pgbench $name (${PG_DURATION}s)"
  PGOPTIONS="$PGOPTIONS${PG_CUSTOM_PLANS:+ -c plan_cache_mode=force_custom_plan}" pgbench -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" \
    -T "$PG_DURATION" -f "$HERE/$file" -D ws="$WORKSPACE_ID" "$@" "$PGDB_" > "$WORK/pg_$name.txt" 2>&1 \
    || { cat "$WORK/pg_$name.txt" >&2; die "pgbench failed for $name"; }
  PG_TPS[$name]="$(awk '/^tps = / { print $3; exit }' "$WORK/pg_$name.txt")"
}

# The JIT first: C2 keeps compiling for a minute or more on two cores, and a case measured meanwhile measures
# the compiler. Reads and a list of every kind, then writes (their rows go with the run's at the end).
if [ "$JIT_WARMUP" -gt 0 ]; then
  log "JIT warm-up: ${JIT_WARMUP}s of mixed load, not measured"
  jit_part=$(( (JIT_WARMUP + 3) / 4 ))
  wrk -t"$THREADS" -c"$CONNECTIONS" -H "$AUTH" -d"${jit_part}s" -s "$HERE/get_by_id.lua" "$BASE/api/v1/contacts/x" \
    -- "$WORK/ids.txt" > "$WORK/jit_get.txt" 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -H "$AUTH" -d"${jit_part}s" "$API/contacts?search=$(uri "$COMMON")" \
    > "$WORK/jit_search.txt" 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -H "$AUTH" -d"${jit_part}s" "$API/contacts?limit=50" > "$WORK/jit_list.txt" 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -H "$AUTH" -d"${jit_part}s" -s "$HERE/post_contact.lua" "$BASE" \
    -- "$RUN_ID" jit > "$WORK/jit_post.txt" 2>&1 || true
fi

# Reads first (on the data as generated), then the writes.
run_wrk get_by_id "GET /contacts/{id} (random of $N_IDS ids)" "/api/v1/contacts/x" get_by_id.lua "$WORK/ids.txt"
run_wrk list_first "GET /contacts (first page, 50)" "/api/v1/contacts" -
run_wrk list_deep "GET /contacts?cursor= (page at depth $DEPTH)" "/api/v1/contacts?cursor=$CURSOR_Q" -
run_wrk search_rare "GET /contacts?search= rare '$RARE' ($M_RARE matches)" "/api/v1/contacts?search=$(uri "$RARE")" -
run_wrk search_common "GET /contacts?search= common '$COMMON' ($M_COMMON matches)" "/api/v1/contacts?search=$(uri "$COMMON")" -
run_wrk search_none "GET /contacts?search= no match '$NONE'" "/api/v1/contacts?search=$(uri "$NONE")" -
run_wrk search_short "GET /contacts?search= 2 chars '$SHORT' ($M_SHORT matches)" "/api/v1/contacts?search=$(uri "$SHORT")" -
if [ -n "$TAG" ]; then
  run_wrk tag "GET /contacts?tag= '$TAG' ($M_TAG contacts)" "/api/v1/contacts?tag=$(uri "$TAG")" -
fi
run_wrk quick_search "GET /contacts/search?q= '$COMMON'" "/api/v1/contacts/search?q=$(uri "$COMMON")" -

run_pg pk pg_get_by_id.sql -D nids="$N_IDS"
run_pg list pg_list.sql
run_pg list_after pg_list_after.sql -D ts="$DEEP_TS" -D cid="$DEEP_ID"
PG_CUSTOM_PLANS=1 run_pg search_rare pg_search.sql -D term="$RARE"
PG_CUSTOM_PLANS=1 run_pg search_common pg_search.sql -D term="$COMMON"
PG_CUSTOM_PLANS=1 run_pg search_none pg_search.sql -D term="$NONE"
PG_CUSTOM_PLANS=1 run_pg search_short pg_search_short.sql -D term="$SHORT"
[ -n "$TAG" ] && PG_CUSTOM_PLANS=1 run_pg tag pg_tag.sql -D tag="$TAG"

run_wrk post "POST /contacts (unique email each)" "/api/v1/contacts" post_contact.lua "$RUN_ID"
run_pg insert pg_insert.sql -D run="$RUN_ID"

RSS_KB="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVICE_PID/status")"
HWM_KB="$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVICE_PID/status")"
CREATED="$(sql -c "SELECT count(*) FROM contacts WHERE workspace_id = $WS AND email LIKE 'bench-$RUN_ID-%'")"

# --- the report --------------------------------------------------------------------------------------------
declare -A EQUIV_LABEL=(
  [pk]="select by primary key" [list]="first page, ORDER BY created_at DESC LIMIT 51"
  [list_after]="keyset page (created_at, id) < (…) LIMIT 51" [search_rare]="LIKE '%term%' ORDER BY created_at DESC LIMIT 51"
  [search_common]="LIKE '%term%' ORDER BY created_at DESC LIMIT 51" [search_none]="LIKE '%term%' ORDER BY created_at DESC LIMIT 51"
  [search_short]="LIKE '%term%' AND short_grams(search_text) @> ARRAY[term] ORDER BY created_at DESC LIMIT 51" [tag]="tags @> ARRAY[t] ORDER BY created_at DESC LIMIT 51"
  [insert]="INSERT contacts + contact_identities")

MEM_MB="$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
CPU_MODEL="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
JDK="$(java -version 2>&1 | head -2 | tail -1)"
PGVER="$(sql -c "SHOW server_version")"
OUT="${BENCH_OUT:-$HERE/results-$(date -u +%Y-%m-%d).md}"
{
  echo "# Contactbook performance baseline, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Data: workspace \`$WORKSPACE_ID\` in schema \`$SCHEMA\`, **$N_CONTACTS contacts**."
  echo
  echo "Machine: $CORES cores ($CPU_MODEL), ${MEM_MB} MB memory; $JDK; PostgreSQL $PGVER on 127.0.0.1 (TCP)."
  echo "Service, PostgreSQL, wrk and pgbench share the machine."
  echo
  echo "Load: ${JIT_WARMUP}s of mixed JIT warm-up; wrk $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up then ${DURATION}s per case," \
       "latencies with --latency (timeout 30 s); pgbench -M prepared, $CONNECTIONS clients, $THREADS threads," \
       "${PG_DURATION}s per case. Service: quarkus-run.jar, rate limits off, JAVA_OPTS='${JAVA_OPTS--Xmx256m -XX:+UseParallelGC}'."
  echo
  echo "| case | req/s | p50 ms | p95 ms | p99 ms | requests | errors | pgbench equivalent | pgbench tps | service / pgbench |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name label rps p50 p95 p99 total errors <<< "$row"
    eq="${EQUIV[$name]:-}"
    tps="${PG_TPS[$eq]:-}"
    ratio="–"
    [ -n "$tps" ] && ratio="$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "–" }')"
    eqlabel="${EQUIV_LABEL[$eq]:-–}"
    [ "$name" = quick_search ] && eqlabel="$eqlabel (approximation: the ranked search is more)"
    printf '| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
      "${label//|/\\|}" "$rps" "$p50" "$p95" "$p99" "$total" "$errors" "$eqlabel" "${tps:+$(printf '%.0f' "$tps")}" "$ratio"
  done
  echo
  echo "Service memory after the run: RSS $((RSS_KB / 1024)) MB (peak RSS $((HWM_KB / 1024)) MB)." \
       "POST created $CREATED contacts, warm-up included (deleted again at the end, with the pgbench rows)."
  echo
  echo "errors = non-2xx answers + socket errors (timeouts included). The pgbench equivalent is the one main"
  echo "query of the endpoint; the service also authenticates the key and, for lists, counts (total_count)."
} > "$OUT"
cat "$OUT"
log "written to $OUT"
