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
PORT=18080
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
pg_admin() { (cd / && $SUDO -u postgres psql -v ON_ERROR_STOP=1 -X -q -At "$@" 2>/dev/null || runuser -u postgres -- psql -v ON_ERROR_STOP=1 -X -q -At "$@"); }
read -r _ _ PG_PORT _ < <(pg_lsclusters --no-header | head -n 1)

DB_NAME="peakxm_bench_$$"
DB_USER="peakxm_bench"
DB_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
pg_admin -c "drop role if exists $DB_USER" >/dev/null 2>&1 || true
pg_admin -c "create role $DB_USER login password '$DB_PASSWORD'"
pg_admin -c "create database $DB_NAME owner $DB_USER"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [ -n "${BENCH_KEEP_DB:-}" ]; then echo "kept database $DB_NAME (user $DB_USER, password $DB_PASSWORD)"; return; fi
  pg_admin -c "drop database if exists $DB_NAME" || true
  pg_admin -c "drop role if exists $DB_USER" || true
}
trap cleanup EXIT

./mvnw -B -q -DskipTests package
JAR="$(ls target/peakxm-*.jar | grep -v plain | head -n 1)"
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME"
PEAKXM_DB_URL="$JDBC_URL" PEAKXM_DB_USER="$DB_USER" PEAKXM_DB_PASSWORD="$DB_PASSWORD" \
PEAKXM_DEMO_ENABLED=true PEAKXM_DEMO_PASSWORD="Bench-Demo-Passw0rd" PEAKXM_ADMIN_PASSWORD="Bench-Admin-Passw0rd" \
PEAKXM_HTTP_API_REQUESTS_PER_MINUTE=1000000000 \
  java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --logging.level.root=WARN > target/bench-app.log 2>&1 &
APP_PID=$!
for i in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

psql_app() { PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -X -q -At "$@"; }
SURVEY="$(psql_app -c "select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")"
WORKSPACE="$(psql_app -c "select workspace_id from survey where id = $SURVEY")"
TOKEN="pxm_bench$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
HASH="$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)"
psql_app -c "insert into api_token (workspace_id, name, token_prefix, token_hash, scopes, created_by, created_at)
  select $WORKSPACE, 'benchmark', left('$TOKEN', 12), '$HASH', 'WRITE', min(id), now() from app_user"

PG_JAR="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1)"
echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$PG_JAR" bench/SubmitLoad.java --url "http://127.0.0.1:$PORT" --token "$TOKEN" --survey "$SURVEY" \
  --seconds "$SECONDS_PER_PHASE" --concurrency "$IN_FLIGHT" \
  --jdbc "$JDBC_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD"
