# Shared by the benchmark scripts (source it): a throw-away PostgreSQL database on the local cluster, the packaged
# application started on it with the demo workspace, and an API token written straight into the database.
# Set BENCH_KEEP_DB=1 to keep the database for a look afterwards.

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
pg_admin() { (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -X -q -At "$@" 2>/dev/null || $SUDO -u postgres psql -v ON_ERROR_STOP=1 -X -q -At "$@"); }
read -r _ _ PG_PORT _ < <(pg_lsclusters --no-header | head -n 1)
APP_PID=""

# bench_database NAME_PREFIX: creates DB_NAME owned by DB_USER (random password), dropped again on exit.
bench_database() {
  DB_NAME="$1_$$"
  DB_USER="$1"
  DB_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME"
  pg_admin -c "drop role if exists $DB_USER" >/dev/null 2>&1 || true
  pg_admin -c "create role $DB_USER login password '$DB_PASSWORD'"
  pg_admin -c "create database $DB_NAME owner $DB_USER"
  trap bench_cleanup EXIT
}

bench_cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "${BENCH_EXTRA_CLEANUP:-}" ] && eval "$BENCH_EXTRA_CLEANUP"
  if [ -n "${BENCH_KEEP_DB:-}" ]; then echo "kept database $DB_NAME (user $DB_USER, password $DB_PASSWORD)"; return; fi
  pg_admin -c "drop database if exists $DB_NAME" || true
  pg_admin -c "drop role if exists $DB_USER" || true
}

# bench_start_app PORT LOG [extra arguments]: packages and starts the application on the database, waits for health.
bench_start_app() {
  local port="$1" log="$2"
  shift 2
  ./mvnw -B -q -DskipTests package
  local jar
  jar="$(ls target/peakxm-*.jar | grep -v plain | head -n 1)"
  PEAKXM_DB_URL="$JDBC_URL" PEAKXM_DB_USER="$DB_USER" PEAKXM_DB_PASSWORD="$DB_PASSWORD" \
  PEAKXM_DEMO_ENABLED=true PEAKXM_DEMO_PASSWORD="Bench-Demo-Passw0rd" PEAKXM_ADMIN_PASSWORD="Bench-Admin-Passw0rd" \
  PEAKXM_HTTP_API_REQUESTS_PER_MINUTE=1000000000 \
    java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --logging.level.root=WARN "$@" > "$log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the application did not start; see $log" >&2
  exit 1
}

# bench_analyze: gathers planner statistics on the benchmark database. The CI cluster runs with autovacuum off
# (/etc/postgresql/*/main/conf.d/90-ci.conf), so after the demo data is loaded the planner would know nothing about
# 75,000 responses and 750,000 answer rows and scan whole tables where an index serves; a production server's
# autovacuum analyzes such a load within a minute.
bench_analyze() { pg_admin -d "$DB_NAME" -c "analyze"; }

psql_app() { PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -X -q -At "$@"; }

# bench_token SCOPE: sets SURVEY (the demo's post-flight survey) and TOKEN (an API token of its workspace).
bench_token() {
  SURVEY="$(psql_app -c "select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")"
  local workspace
  workspace="$(psql_app -c "select workspace_id from survey where id = $SURVEY")"
  TOKEN="pxm_bench$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  local hash
  hash="$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)"
  psql_app -c "insert into api_token (workspace_id, name, token_prefix, token_hash, scopes, created_by, created_at)
    select $workspace, 'benchmark', left('$TOKEN', 12), '$hash', '$1', min(id), now() from app_user"
}

PG_JAR="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1)"
