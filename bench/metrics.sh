#!/usr/bin/env bash
# Dashboard speed benchmark (issue 5): the dashboard API, which reads rollups, against plain GROUP BY scans of the
# same responses on PostgreSQL and on DuckDB, at a given number of generated responses.
#
#   bash bench/metrics.sh 1000000 api       # rollups rebuilt by the application (timed)
#   bash bench/metrics.sh 10000000 java     # rollups summed by the generator
#
# Needs the local PostgreSQL cluster (as .ci/run sets up) and sudo/root for its superuser. Creates a throw-away
# database, starts the packaged application on port 18081 with the demo workspace, adds the generated responses
# (bench/MetricsBench.java generate), rebuilds the rollups through the API (timed), then times the queries
# (bench/MetricsBench.java query). DuckDB (org.duckdb:duckdb_jdbc, MIT) is used by the benchmark only.
set -euo pipefail
cd "$(dirname "$0")/.."

RESPONSES="${1:-1000000}"
# "api": rebuild the rollups through the application after generating (timed); "java": the generator sums the
# rollups of the rows it writes (what the application adds after each response) and merges them in.
ROLLUPS="${2:-api}"
PORT=18081
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
pg_admin() { (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -X -q -At "$@" 2>/dev/null || $SUDO -u postgres psql -v ON_ERROR_STOP=1 -X -q -At "$@"); }
read -r _ _ PG_PORT _ < <(pg_lsclusters --no-header | head -n 1)

DB_NAME="peakxm_metrics_$$"
DB_USER="peakxm_metrics"
DB_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
DUCKDB_FILE="target/bench-metrics-$$.duckdb"
pg_admin -c "drop role if exists $DB_USER" >/dev/null 2>&1 || true
pg_admin -c "create role $DB_USER login password '$DB_PASSWORD'"
pg_admin -c "create database $DB_NAME owner $DB_USER"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -f "$DUCKDB_FILE" "$DUCKDB_FILE.wal"
  if [ -n "${BENCH_KEEP_DB:-}" ]; then echo "kept database $DB_NAME"; return; fi
  pg_admin -c "drop database if exists $DB_NAME" || true
  pg_admin -c "drop role if exists $DB_USER" || true
}
trap cleanup EXIT

./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:1.4.4.0 >/dev/null
JAR="$(ls target/peakxm-*.jar | grep -v plain | head -n 1)"
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME"
start_app() {
  PEAKXM_DB_URL="$JDBC_URL" PEAKXM_DB_USER="$DB_USER" PEAKXM_DB_PASSWORD="$DB_PASSWORD" \
  PEAKXM_DEMO_ENABLED=true PEAKXM_DEMO_PASSWORD="Bench-Demo-Passw0rd" PEAKXM_ADMIN_PASSWORD="Bench-Admin-Passw0rd" \
  PEAKXM_HTTP_API_REQUESTS_PER_MINUTE=1000000000 \
    java -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.root=WARN \
      --logging.level.io.peakxm.metrics=INFO > target/bench-metrics-app.log 2>&1 &
  APP_PID=$!
  for i in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "application did not start" >&2; exit 1
}
start_app
sleep 5

psql_app() { PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -X -q -At "$@"; }
SURVEY="$(psql_app -c "select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")"
WORKSPACE="$(psql_app -c "select workspace_id from survey where id = $SURVEY")"
TOKEN="pxm_bench$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
HASH="$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)"
psql_app -c "insert into api_token (workspace_id, name, token_prefix, token_hash, scopes, created_by, created_at)
  select $WORKSPACE, 'benchmark', left('$TOKEN', 12), '$HASH', 'ADMIN', min(id), now() from app_user"

CP="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1):$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/1.4.4.0/duckdb_jdbc-1.4.4.0.jar)"
echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -Xmx4g -cp "$CP" bench/MetricsBench.java generate --jdbc "$JDBC_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD" \
  --duckdb "$DUCKDB_FILE" --responses "$RESPONSES" --rollups "$ROLLUPS"
echo "response_answer rows: $(psql_app -c 'select count(*) from response_answer')"
if [ "$ROLLUPS" = "api" ]; then
  START=$(date +%s)
  curl -fs -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/metrics/rebuild" >/dev/null
  echo "rollups rebuilt through the API in $(( $(date +%s) - START )) s"
fi
echo "rollup rows: $(psql_app -c 'select count(*) from metric_rollup'), day rollup rows: $(psql_app -c 'select count(*) from metric_rollup_day')"
java -cp "$CP" bench/MetricsBench.java query --url "http://127.0.0.1:$PORT" --token "$TOKEN" --jdbc "$JDBC_URL" \
  --db-user "$DB_USER" --db-password "$DB_PASSWORD" --duckdb "$DUCKDB_FILE" --scan-iterations "${SCAN_ITERATIONS:-7}"
