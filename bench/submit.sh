#!/usr/bin/env bash
# Response submission benchmark (issue 4): HTTP submissions of 10-answer responses against PostgreSQL, next to raw
# JDBC batch inserts of the same rows in the same run. Results go to docs/benchmarks.md by hand.
#
#   bash bench/submit.sh [seconds per phase, default 20] [requests in flight, default 32]
#
# Needs a local PostgreSQL cluster (as .ci/run sets up) and sudo/root for its superuser. Creates a throw-away
# database, starts the packaged application on port 18080 with the demo workspace (which has the post-flight
# survey), creates an API token with the write scope directly in the database, runs bench/SubmitLoad.java, then
# stops the application and drops the database. The application's per-token request limit is raised for the run.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_PHASE="${1:-20}"
IN_FLIGHT="${2:-32}"
source bench/lib.sh
bench_database peakxm_bench
bench_start_app 18080 target/bench-app.log ${BENCH_APP_ARGS:-}
bench_token WRITE

echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$PG_JAR" bench/SubmitLoad.java --url "http://127.0.0.1:18080" --token "$TOKEN" --survey "$SURVEY" \
  --seconds "$SECONDS_PER_PHASE" --concurrency "$IN_FLIGHT" \
  --jdbc "$JDBC_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD"
