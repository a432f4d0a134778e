#!/usr/bin/env bash
# Journey analysis speed benchmark (issue 6): the full analysis (emotional curve, peak-end fit, key drivers,
# recommendations) of a year of generated responses to the demo's post-flight survey through the API, streamed
# from the database, next to the time the database read alone takes. Target: 1 M responses in ≤ 2 s.
#
#   bash bench/insights.sh              # 1,000,000 generated responses
#   bash bench/insights.sh 20000        # a small run while developing
#   ITERATIONS=7 READ_ITERATIONS=5 bash bench/insights.sh 1000000
#
# Needs the local PostgreSQL cluster (as .ci/run sets up) and sudo/root for its superuser. Creates a throw-away
# database, starts the packaged application on port 18082 with the demo workspace (GC log in
# target/bench-insights-gc.log), adds the generated responses by COPY (bench/InsightsBench.java generate: response
# rows with packed scores, answer rows and hidden fields), times the database read alone (read: the analysis'
# query through JDBC with fetch size 10,000), then the API with a read-scope token (query: 2 warm-ups and
# ITERATIONS timed calls of GET /api/v1/insights for the last 365 days, one call with a segment filter, each
# sub-endpoint once), and prints the application's heap: the largest heap left after a GC during the API calls
# (from the GC log) and jcmd GC.heap_info at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

RESPONSES="${1:-1000000}"
source bench/lib.sh
bench_database peakxm_insights
GC_LOG="target/bench-insights-gc.log"
mkdir -p target
rm -f "$GC_LOG"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Xlog:gc:file=$GC_LOG"
bench_start_app 18082 target/bench-insights-app.log
sleep 5
bench_token READ

CP="$PG_JAR"
DB_ARGS=(--jdbc "$JDBC_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD")
echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -Xmx2g -cp "$CP" bench/InsightsBench.java generate "${DB_ARGS[@]}" --responses "$RESPONSES"
echo "responses: $(psql_app -c 'select count(*) from response'), answer rows: $(psql_app -c 'select count(*) from response_answer'),"\
" hidden field rows: $(psql_app -c 'select count(*) from response_field');"\
" response table $(psql_app -c "select pg_size_pretty(pg_total_relation_size('response'))") with indexes"
echo "load average before the timing: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the $(nproc) cores)"
java -cp "$CP" bench/InsightsBench.java read "${DB_ARGS[@]}" --iterations "${READ_ITERATIONS:-5}"

GC_MARK=$(wc -l < "$GC_LOG")
java -cp "$CP" bench/InsightsBench.java query --url "http://127.0.0.1:18082" --token "$TOKEN" "${DB_ARGS[@]}" \
  --iterations "${ITERATIONS:-7}"
echo "load average after the timing: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
tail -n +"$((GC_MARK + 1))" "$GC_LOG" | { grep -o '[0-9]*M->[0-9]*M' || true; } | tr -d M | awk -F'->' '
  { n++; if ($1 > before) before = $1; if ($2 > after) after = $2 }
  END { printf "application heap during the API calls (GC log): %d GCs, largest heap before a GC %d MB, largest left after a GC %d MB\n", n, before, after }'
echo "application heap after the runs (jcmd $APP_PID GC.heap_info):"
jcmd "$APP_PID" GC.heap_info | tail -n +2
