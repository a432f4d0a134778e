#!/usr/bin/env bash
# Response submission benchmark (issue 4): HTTP submissions of 10-answer responses against PostgreSQL, next to raw
# JDBC batch inserts of the same rows in the same run. Results go to docs/benchmarks.md by hand.
#
#   bash bench/submit.sh [seconds per phase, default 30] [connections, default 64] [warm-up seconds, default 120]
#
# Needs a local PostgreSQL cluster (as .ci/run sets up) and sudo/root for its superuser, wrk (installed with
# apt-get when missing) and gcc. Creates a throw-away database, starts the packaged application on port 18080 with
# the demo workspace (which has the post-flight survey), creates an API token with the write scope directly in the
# database, gathers planner statistics (ANALYZE; autovacuum is off on the CI cluster), then:
#   1. warm-up at full speed with wrk until the JIT compiler has settled (the rate of each 20-s slice is printed:
#      a fresh JVM compiles for about two minutes under this load, and its rate triples meanwhile);
#   2. full speed with wrk (bench/submit.lua: closed loop, N keep-alive connections, one thread), with the CPU
#      time each process used per response (application, PostgreSQL, wrk) read from /proc, counted until the
#      rollup listener has caught up with the phase's responses (and that time reported);
#   3. open loop at half the sustained full-speed rate with bench/openloop.c (requests due on a fixed clock,
#      latency from the due time, so a stall is not hidden by the client waiting), after 10 s at that rate;
#   4. raw JDBC batches of the same rows into the same database (bench/RawInserts.java);
#   5. checks that every acknowledged response is in the database once and that the rollup listener caught up.
# Stops the application and drops the database. The application's per-token request limit is raised for the run.
# The JVM runs as README's Operations section recommends for a submission server on few cores (-XX:+UseParallelGC);
# BENCH_JAVA_OPTS="" measures the JVM's default collector (G1) instead.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_PHASE="${1:-30}"
IN_FLIGHT="${2:-64}"
WARMUP="${3:-120}"
if ! command -v wrk >/dev/null; then
  echo "wrk is missing: installing it with apt-get (Debian package wrk)"
  ${SUDO_CMD:-$([ "$(id -u)" -ne 0 ] && echo sudo)} apt-get install -y -q wrk >/dev/null
fi
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS--XX:+UseParallelGC}"
source bench/lib.sh
mkdir -p target
gcc -O2 -o target/openloop bench/openloop.c -lm
bench_database peakxm_bench
bench_start_app 18080 target/bench-app.log ${BENCH_APP_ARGS:-}
bench_token WRITE
bench_analyze

URL="http://127.0.0.1:18080"
ROWS="$(curl -fs -H "Authorization: Bearer $TOKEN" "$URL/api/v1/surveys/$SURVEY" \
  | grep -o '"key" *: *"tp_[0-9]*"' | head -n 8 | sed 's/.*"\(tp_[0-9]*\)"/\1/' | paste -sd, -)"
export SURVEY TOKEN ROWS

# CPU seconds (user + system) used so far by a process and by all PostgreSQL processes, from /proc.
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ s += ($14 + $15) / hz } END { printf "%.3f", s }' "$@" 2>/dev/null; }
cpu_app() { cpu_of "/proc/$APP_PID/stat"; }
# PostgreSQL: the benchmark database's backends and the shared writers (not other databases' backends).
cpu_pg() { cpu_of $(ps -u postgres -o pid=,args= | awk -v db=" $DB_NAME " '$0 ~ db || !/\(|\[local\]/ { print "/proc/" $1 "/stat" }'); }
# CPU seconds used by this shell's finished children (wrk runs as one): `times > "$TIMES"` must run in this shell
# (a subshell starts with no children), then children_cpu reads its last line.
TIMES="$(mktemp)"
children_cpu() { tail -n 1 "$TIMES" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.3f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'; }
per_response() { awk -v a="$1" -v b="$2" -v n="$COUNT" 'BEGIN { printf "%.3f", (b - a) * 1000 / n }'; }

# run_wrk SECONDS OUTPUT: a closed loop, fresh idempotency keys; writes "requests seconds p50 p99 max errors".
run_wrk() { RUN="$(date +%s%N)" wrk -t1 -c"$IN_FLIGHT" -d"$1s" --timeout 30s -s bench/submit.lua "$URL" > "$2"; }
WRK_OUT="$(mktemp)"

# The feedback module's comment intake (every benchmark response carries a comment) works on one paced thread in
# the background (peakxm.feedback.comment-share) and catches up after a burst; its publications are counted apart.
COMMENTS="listener_id like 'feedback.comments.%'"
# drain: waits until the rollup listener (every listener but the comment intake) has completed every event
# publication (at most 300 s); prints the seconds.
drain() {
  local start end
  start="$(date +%s.%N)"
  for _ in $(seq 1 1500); do
    [ "$(psql_app -c "select count(*) from event_publication where completion_date is null and not ($COMMENTS)")" = 0 ] && break
    sleep 0.2
  done
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1) ${BENCH_JAVA_OPTS:-(default GC)}, $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
WARM=0
SLICES=""
for _ in $(seq 1 "$(( (WARMUP + 19) / 20 ))"); do
  run_wrk 20 "$WRK_OUT"
  read -r _ N D _ < <(grep WRK_RESULT "$WRK_OUT")
  WARM=$((WARM + N))
  SLICES="$SLICES $(awk -v n="$N" -v d="$D" 'BEGIN { printf "%.0f", n / d }')"
done
echo "warm-up, responses/s per 20-s slice:$SLICES"
drain > /dev/null
echo "load before full speed: $(cut -d' ' -f1-3 /proc/loadavg)"
# Survey comments stored as feedback so far (0 for versions without the feedback module).
comments_stored() {
  if [ "$(psql_app -c "select to_regclass('feedback_item') is not null")" = t ]; then
    psql_app -c "select count(*) from feedback_item where source = 'SURVEY'"
  else
    echo 0
  fi
}
comments_waiting() { psql_app -c "select count(*) from event_publication where completion_date is null and $COMMENTS"; }
COMMENTS_BEFORE="$(comments_stored)"
COMMENTS_START="$(date +%s.%N)"
times > "$TIMES"
before=("$(cpu_app)" "$(cpu_pg)" "$(children_cpu)")
run_wrk "$SECONDS_PER_PHASE" "$WRK_OUT"
times > "$TIMES"
WRK_CPU="$(children_cpu)"
# The application's and PostgreSQL's CPU include the rollups of these responses, however long they lag behind.
DRAIN="$(drain)"
after=("$(cpu_app)" "$(cpu_pg)" "$WRK_CPU")
read -r _ COUNT DURATION P50 P99 MAX ERRORS < <(grep WRK_RESULT "$WRK_OUT")
RATE="$(awk -v n="$COUNT" -v d="$DURATION" 'BEGIN { printf "%.0f", n / d }')"
SUSTAINED="$(awk -v n="$COUNT" -v d="$DURATION" -v w="$DRAIN" 'BEGIN { printf "%.0f", n / (d + w) }')"
echo "full speed: $COUNT responses in ${DURATION} s, rollups caught up ${DRAIN} s later ($SUSTAINED/s with rollups);"\
  "CPU ms per response: application $(per_response "${before[0]}" "${after[0]}"),"\
  "PostgreSQL $(per_response "${before[1]}" "${after[1]}"), wrk $(per_response "${before[2]}" "${after[2]}");"\
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
COMMENT_RATE="$(awk -v a="$COMMENTS_BEFORE" -v b="$(comments_stored)" -v t0="$COMMENTS_START" -v t1="$(date +%s.%N)" \
  'BEGIN { printf "%.0f", (b - a) / (t1 - t0) }')"
echo "comment intake in the background: $COMMENT_RATE comments/s stored as feedback during the phase and the"\
  "rollups' catch-up; $(comments_waiting) batches of comments waiting"

# Half of what is sustained with the rollups kept up (the acknowledged rate alone borrows from the listener's lag).
HALF="$(awk -v r="$SUSTAINED" 'BEGIN { printf "%.0f", r / 2 }')"
drain > /dev/null
read -r _ O_N O_D O_RATE O_P50 O_P99 O_P999 O_MAX O_ERR O_LATE O_CPU < <(
  RUN="ol-$(date +%s%N)" target/openloop --host 127.0.0.1 --port 18080 --rate "$HALF" --seconds "$SECONDS_PER_PHASE" \
    --warmup 10 2> target/openloop.log | grep OPENLOOP_RESULT)
echo "open loop at $HALF/s: client CPU $O_CPU ms per request"

RAW="$(java -cp "$PG_JAR" bench/RawInserts.java --jdbc "$JDBC_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD" \
  --survey "$SURVEY" --rows "$ROWS" --seconds "$SECONDS_PER_PHASE" | grep RAW_RESULT | cut -d' ' -f2)"

# Every acknowledged response is stored once, and the rollup listener has caught up with all of them.
drain > /dev/null
echo "wrk acknowledged $((WARM + COUNT)) responses (warm-up and full speed; requests cut off at the end may commit"\
  "unacknowledged); stored: $(psql_app -c "select count(*) from response where idempotency_key like 'wrk-%'") wrk responses;"\
  "open loop: $O_N answered in the measured phase, $(psql_app -c "select count(*) from response where idempotency_key like 'ol-%'") stored with its warm-up;"\
  "$(psql_app -c "select count(*) - count(distinct idempotency_key) from response where idempotency_key is not null") duplicate keys,"\
  "$(psql_app -c "select count(*) from event_publication where completion_date is null and not ($COMMENTS)") incomplete event publications (besides $(comments_waiting) batches of comments still waiting for the paced intake),"\
  "$(psql_app -c "select count(*) from response r where (idempotency_key like 'wrk-%' or idempotency_key like 'ol-%') and not exists (select 1 from metric_applied a where a.response_id = r.id)") benchmark responses not in the rollups"
echo
echo "| measurement | responses/s | p50 ms | p99 ms | max ms | errors |"
echo "|---|---|---|---|---|---|"
echo "| HTTP, wrk, $IN_FLIGHT connections (full speed) | $RATE | $P50 | $P99 | $MAX | $ERRORS |"
echo "| the same, until the rollups caught up (+${DRAIN} s) | $SUSTAINED | | | | |"
echo "| HTTP, open loop at half the sustained rate ($HALF/s; p99.9 $O_P999 ms, $O_LATE sent late) | $O_RATE | $O_P50 | $O_P99 | $O_MAX | $O_ERR |"
echo "| raw JDBC batches, 100 responses per transaction, 2 threads | $RAW | | | | |"
echo "| survey comments analysed and stored as feedback in the background, during full speed and catch-up | $COMMENT_RATE | | | | |"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
