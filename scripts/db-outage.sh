#!/usr/bin/env bash
# Database outage and graceful shutdown drill (README "Reliability"). Run by .ci/run after the tests.
#
#  1. Starts the packaged service (bootstrap/target/quarkus-app; packaged here only if missing) on its own port
#     and its own schema, so it never touches the schemas the tests use.
#  2. Puts it under steady write load (concurrent curl loops POSTing contacts with unique emails), restarts
#     PostgreSQL mid-load (`pg_ctlcluster ... stop -m immediate`, 3 s down, `start`; or a bare
#     `restart -m immediate` with CB_OUTAGE_DOWN_SECONDS=0), and watches /q/health/ready go DOWN, then UP.
#  3. Checks: every answer was 2xx or a 503 service_unavailable envelope with Retry-After (no 500, no hang),
#     every acknowledged contact exists afterwards, the service recovered without being restarted.
#  4. Sends SIGTERM while a batch of slow uploads is in flight and checks each got a complete answer and each
#     acknowledged contact is stored (quarkus.shutdown.timeout).
# Prints its figures; exits non-zero when a rule is broken. PostgreSQL is always brought back (trap).
#
# Environment: CB_OUTAGE_PORT (8089), CB_OUTAGE_SCHEMA (cb_outage), CB_OUTAGE_APP (bootstrap/target/quarkus-app),
# CB_OUTAGE_WORKERS (6), CB_OUTAGE_DOWN_SECONDS (3; 0 for a bare restart), CB_OUTAGE_LOG (a file to keep the service's log in).
set -uo pipefail
cd "$(dirname "$0")/.."

PORT=${CB_OUTAGE_PORT:-8089}
SCHEMA=${CB_OUTAGE_SCHEMA:-cb_outage}
APP=${CB_OUTAGE_APP:-bootstrap/target/quarkus-app}
WORKERS=${CB_OUTAGE_WORKERS:-6}
DOWN_SECONDS=${CB_OUTAGE_DOWN_SECONDS:-3}   # 0: a bare `restart -m immediate`
MAX_PER_WORKER=2000          # bound on the number of requests of one load loop
LOAD_DEADLINE=45             # bound in seconds on the load, whatever happens
BASE=http://127.0.0.1:$PORT
API=$BASE/api/v1
BOOT_KEY=cb_live_outage_drill_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
CLUSTER=$(ls /etc/postgresql | head -n 1)
export PGOPTIONS='-c client_min_messages=warning'
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX)
WORK=$(mktemp -d /tmp/cb-outage.XXXXXX)
SERVICE_PID=
POLLER_PID=
WORKER_PIDS=()
FAILURES=()

log() { printf '[db-outage] %s\n' "$*"; }
fail() { FAILURES+=("$*"); log "RULE BROKEN: $*"; }
now() { date +%s.%N; }
seconds_between() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

postgres_up() {
  if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    log "PostgreSQL is down; starting it"
    pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start || true
  fi
  for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && return 0; sleep 0.5; done
  return 1
}

cleanup() {
  local rc=$?
  touch "$WORK/stop"
  for pid in "${WORKER_PIDS[@]}" $POLLER_PID; do kill "$pid" 2>/dev/null; done
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$SERVICE_PID" 2>/dev/null
  fi
  postgres_up || log "WARNING: PostgreSQL did not come back"
  "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true
  if [ "$rc" -ne 0 ] && [ -f "$WORK/service.log" ]; then
    log "service log (last 40 lines):"; tail -n 40 "$WORK/service.log"
  fi
  [ -n "${CB_OUTAGE_LOG:-}" ] && cp "$WORK/service.log" "$CB_OUTAGE_LOG" 2>/dev/null
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- The service ---------------------------------------------------------------------------------------------
if [ ! -f "$APP/quarkus-run.jar" ]; then
  log "no packaged service at $APP; packaging it"
  ./mvnw -B -q package -DskipTests -pl bootstrap -am || exit 1
fi
postgres_up || { log "PostgreSQL is not reachable"; exit 1; }
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null

start_service() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
  QUARKUS_FLYWAY_SCHEMAS=$SCHEMA QUARKUS_HTTP_PORT=$PORT CONTACTBOOK_BOOTSTRAP_KEY=$BOOT_KEY \
  CONTACTBOOK_RATE_LIMIT_PER_MINUTE=0 CONTACTBOOK_REDIS_URL= \
    java -jar "$APP/quarkus-run.jar" >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/q/health/ready")" = 200 ] && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { log "the service exited at start-up"; return 1; }
    sleep 0.5
  done
  log "the service did not become ready"; return 1
}
start_service || exit 1
log "service up (pid $SERVICE_PID, port $PORT, schema $SCHEMA)"

KEY=$(curl -s --max-time 10 -X POST "$API/workspaces" -H "Authorization: Bearer $BOOT_KEY" \
        -H 'Content-Type: application/json' -d '{"name": "outage drill"}' |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["api_key"]["key"])') ||
  { log "could not create the drill's workspace"; exit 1; }

# One POST /contacts. Appends "<sent at> <curl's time_total> <status> <verdict> <id>" to $1; `answers` turns that
# into "<answered at> <status> <verdict> <id> <sent at>" (answered at = sent at + time_total, so that a busy
# machine's delays after the answer do not count). Verdict: ok,
# unavailable (503 envelope with Retry-After), bad (anything else, including curl's 000 for no or a partial answer).
post_contact() {
  local out=$1 email=$2 extra=${3:-} status verdict id rc sent took
  local head=$WORK/h.$BASHPID body=$WORK/b.$BASHPID
  sent=$(now)
  status=$(curl -s -D "$head" -o "$body" -w '%{http_code} %{time_total}' --max-time 15 ${extra:+$extra} -X POST "$API/contacts" \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary "{\"name\": \"Outage Drill\", \"email\": \"$email\"${PADDING:+, \"padding\": \"$PADDING\"}}")
  rc=$?
  took=${status#* }; status=${status%% *}
  id=-
  if [ $rc -ne 0 ]; then
    verdict=bad; status="${status:-000}/curl$rc"
  elif [[ $status == 2?? ]]; then
    id=$(sed -n 's/^{"success":true,"data":{"id":"\([^"]*\)".*/\1/p' "$body")
    if [ -n "$id" ]; then verdict=ok; else verdict=bad; id=-; fi
  elif [ "$status" = 503 ] && grep -q '"code":"service_unavailable"' "$body" && grep -qi '^retry-after: [0-9]' "$head"; then
    verdict=unavailable
  else
    verdict=bad
    cp "$body" "$WORK/bad.$status.$BASHPID" 2>/dev/null
  fi
  echo "$sent ${took:-0} $status $verdict $id" >>"$out"
}

answers() { cat "$@" | awk '{printf "%.6f %s %s %s %.6f\n", $1 + $2, $3, $4, $5, $1}' | sort -n; }

load_loop() {
  local worker=$1 deadline=$(( $(date +%s) + LOAD_DEADLINE ))
  for i in $(seq 1 $MAX_PER_WORKER); do
    [ -f "$WORK/stop" ] && break
    [ "$(date +%s)" -ge "$deadline" ] && break
    post_contact "$WORK/load.$worker" "w$worker.$i@outage.example"
  done
}

# Polls readiness every 0.2 s, each poll in its own process (a DOWN check may take as long as the pool's
# acquisition timeout), recording "<time the poll started> <status> <seconds it took>".
poll_ready() {
  while [ ! -f "$WORK/stop-poller" ]; do
    ( started=$(now); echo "$started $(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 5 "$BASE/q/health/ready")" >>"$WORK/ready" ) &
    sleep 0.2
  done
  wait
}

# --- Part 1: a database restart under write load -------------------------------------------------------------
for w in $(seq 1 "$WORKERS"); do load_loop "$w" & WORKER_PIDS+=($!); done
poll_ready & POLLER_PID=$!
sleep 4
RESTART_AT=$(now)
if [ "$DOWN_SECONDS" = 0 ]; then
  log "restarting PostgreSQL ($CLUSTER main, restart -m immediate) under load"
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main restart -m immediate || fail "pg_ctlcluster restart failed"
else
  # A bare restart can be over before a readiness poll lands in it; holding the database down a few seconds
  # makes the outage long enough to observe every time.
  log "restarting PostgreSQL ($CLUSTER main, stop -m immediate, down ${DOWN_SECONDS} s, start) under load"
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m immediate || fail "pg_ctlcluster stop failed"
  sleep "$DOWN_SECONDS"
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start || fail "pg_ctlcluster start failed"
fi
postgres_up || fail "PostgreSQL did not come back after the restart"
log "PostgreSQL back after $(seconds_between "$RESTART_AT" "$(now)") s; waiting for readiness DOWN then UP"

READY_AT=
READY_DEADLINE=$(( $(date +%s) + 30 ))
while [ "$(date +%s)" -lt "$READY_DEADLINE" ]; do
  READY_AT=$(python3 - "$WORK/ready" "$RESTART_AT" <<'EOF'
# Readiness is back UP when the first poll sent after the last DOWN one answered 200, once it has stayed UP
# for a second of polls.
import sys
fields = [line.split() for line in open(sys.argv[1])]
polls = sorted((float(f[0]), f[1], float(f[2])) for f in fields if len(f) == 3 and float(f[0]) >= float(sys.argv[2]))
downs = [t for t, status, _ in polls if status != "200"]
if downs:
    ups = [(t, took) for t, status, took in polls if t > downs[-1]]
    if ups and ups[-1][0] - ups[0][0] >= 1.0:
        print(f"{ups[0][0] + ups[0][1]:.6f}")
EOF
)
  [ -n "$READY_AT" ] && break
  sleep 0.2
done
sleep 3                                      # keep the load on a little after recovery
touch "$WORK/stop" "$WORK/stop-poller"
wait "${WORKER_PIDS[@]}" 2>/dev/null
wait "$POLLER_PID" 2>/dev/null
WORKER_PIDS=(); POLLER_PID=
sort -n -o "$WORK/ready" "$WORK/ready"

answers "$WORK"/load.* >"$WORK/load"
REQUESTS=$(wc -l <"$WORK/load")
ACKED=$(awk '$3 == "ok"' "$WORK/load" | wc -l)
UNAVAILABLE=$(awk '$3 == "unavailable"' "$WORK/load" | wc -l)
OTHERS=$(awk '$3 == "bad"' "$WORK/load" | wc -l)
# The outage begins with the first failed answer (or readiness poll) after the restart; the first write after it
# is the first 2xx answered after that moment.
OUTAGE_AT=$( (awk -v r="$RESTART_AT" '$1 > r && $3 != "ok" {print $1; exit}' "$WORK/load";
              awk -v r="$RESTART_AT" '$1 > r && $2 != "200" {printf "%.6f\n", $1 + $3}' "$WORK/ready") | sort -n | head -n 1)
# The first write sent after the outage was first seen that succeeded: when writes work again.
FIRST_WRITE_AT=$(awk -v r="${OUTAGE_AT:-$RESTART_AT}" '$5 > r && $3 == "ok" {print $1; exit}' "$WORK/load")
READY_CODES=$(awk -v r="$RESTART_AT" '$1 >= r && $2 != "200" {print $2}' "$WORK/ready" | sort | uniq -c | awk '{printf "%s%s x%s", (n++ ? ", " : ""), $2, $1}')
READY_DOWN=$(awk -v r="$RESTART_AT" '$1 >= r && $2 != "200"' "$WORK/ready" | wc -l)
awk '$3 == "ok" {print $4}' "$WORK/load" >"$WORK/acked-ids"
FOUND=$("${PSQL[@]}" -c "SELECT count(*) FROM $SCHEMA.contacts WHERE id::text IN (SELECT trim(line) FROM
  regexp_split_to_table('$(tr '\n' ' ' <"$WORK/acked-ids")', ' ') AS line WHERE line <> '')") || FOUND=error

[ "$OTHERS" -eq 0 ] || fail "$OTHERS answers were neither 2xx nor a 503 envelope: $(awk '$3 == "bad" {print $2}' "$WORK/load" | sort | uniq -c | tr '\n' ' ')"
[ "$FOUND" = "$ACKED" ] || fail "acknowledged $ACKED contacts, found $FOUND of them afterwards"
[ "$(sort "$WORK/acked-ids" | uniq -d | wc -l)" -eq 0 ] || fail "an id was acknowledged twice"
[ "$READY_DOWN" -gt 0 ] || fail "readiness never went DOWN during the outage"
[ -n "$READY_AT" ] || fail "readiness did not come back UP within 30 s"
[ -n "$FIRST_WRITE_AT" ] || fail "no write succeeded after the restart"
kill -0 "$SERVICE_PID" 2>/dev/null || fail "the service died"
rm -f "$WORK/after"
post_contact "$WORK/after" "after.recovery@outage.example"
grep -q ' ok ' "$WORK/after" || fail "a write after recovery failed: $(cat "$WORK/after")"

echo
echo "Database restart under write load ($WORKERS concurrent writers):"
printf '  %-44s %s\n' "requests" "$REQUESTS" \
  "acknowledged (2xx)" "$ACKED" \
  "503 service_unavailable (with Retry-After)" "$UNAVAILABLE" \
  "other answers (500, hang, cut off)" "$OTHERS" \
  "acknowledged contacts found afterwards" "$FOUND" \
  "readiness polls DOWN after the restart" "$READY_DOWN (${READY_CODES:-none})" \
  "seconds from restart to readiness UP" "$([ -n "$READY_AT" ] && seconds_between "$RESTART_AT" "$READY_AT" || echo never)" \
  "seconds from restart to first 2xx write" "$([ -n "$FIRST_WRITE_AT" ] && seconds_between "$RESTART_AT" "$FIRST_WRITE_AT" || echo never)" \
  "service restarted" "no (pid $SERVICE_PID throughout)"
echo

# --- Part 2: SIGTERM with writes in flight ---------------------------------------------------------------------
# Each request uploads ~96 KiB at 48 KiB/s (an unknown field the API ignores), so it is still in flight when the
# service is told to stop; with quarkus.shutdown.timeout the server finishes it before exiting.
BATCH=10
PADDING=$(head -c 98304 /dev/zero | tr '\0' 'x')
export PADDING
rm -f "$WORK/shutdown.raw"
SHUTDOWN_PIDS=()
for i in $(seq 1 $BATCH); do
  post_contact "$WORK/shutdown.raw" "shutdown.$i@outage.example" "--limit-rate 48k" & SHUTDOWN_PIDS+=($!)
done
unset PADDING
sleep 1
log "SIGTERM to the service with $BATCH uploads in flight"
TERM_AT=$(now)
kill -TERM "$SERVICE_PID"
wait "${SHUTDOWN_PIDS[@]}" 2>/dev/null
for _ in $(seq 1 60); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$SERVICE_PID" 2>/dev/null; then fail "the service did not stop within 30 s of SIGTERM"; fi
STOPPED_AT=$(now)
wait "$SERVICE_PID"; EXIT_CODE=$?
SERVICE_PID=
answers "$WORK/shutdown.raw" >"$WORK/shutdown"
COMPLETE=$(awk '$3 == "ok"' "$WORK/shutdown" | wc -l)
SHUT_IDS=$(awk '$3 == "ok" {printf "%s'"'"'%s'"'"'", (n++ ? "," : ""), $4}' "$WORK/shutdown")
SHUT_FOUND=$("${PSQL[@]}" -c "SELECT count(*) FROM $SCHEMA.contacts WHERE id::text IN (${SHUT_IDS:-''})") || SHUT_FOUND=error
[ "$COMPLETE" -eq "$BATCH" ] || fail "only $COMPLETE of $BATCH in-flight requests got a complete 2xx answer: $(awk '{print $2}' "$WORK/shutdown" | tr '\n' ' ')"
[ "$SHUT_FOUND" = "$COMPLETE" ] || fail "acknowledged $COMPLETE in-flight contacts, found $SHUT_FOUND"

echo "SIGTERM with writes in flight:"
printf '  %-44s %s\n' "requests in flight at SIGTERM" "$BATCH" \
  "complete 2xx answers" "$COMPLETE" \
  "acknowledged contacts found afterwards" "$SHUT_FOUND" \
  "seconds from SIGTERM to exit" "$(seconds_between "$TERM_AT" "$STOPPED_AT")" \
  "exit code" "$EXIT_CODE"
echo

if [ ${#FAILURES[@]} -gt 0 ]; then
  log "FAILED: ${#FAILURES[@]} rule(s) broken"; exit 1
fi
log "OK: no 500, no hang, nothing acknowledged was lost, readiness followed the database, in-flight requests completed"
