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
source bench/lib.sh
bench_database peakxm_metrics
DUCKDB_FILE="target/bench-metrics-$$.duckdb"
BENCH_EXTRA_CLEANUP='rm -f "$DUCKDB_FILE" "$DUCKDB_FILE.wal"'
./mvnw -B -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:1.4.4.0 >/dev/null
bench_start_app 18081 target/bench-metrics-app.log --logging.level.io.peakxm.metrics=INFO
sleep 5
bench_token ADMIN

CP="$PG_JAR:$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/1.4.4.0/duckdb_jdbc-1.4.4.0.jar)"
echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -Xmx4g -cp "$CP" bench/MetricsBench.java generate --jdbc "$JDBC_URL" --db-user "$DB_USER" --db-password "$DB_PASSWORD" \
  --duckdb "$DUCKDB_FILE" --responses "$RESPONSES" --rollups "$ROLLUPS"
echo "response_answer rows: $(psql_app -c 'select count(*) from response_answer')"
if [ "$ROLLUPS" = "api" ]; then
  START=$(date +%s)
  curl -fs -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:18081/api/v1/metrics/rebuild" >/dev/null
  echo "rollups rebuilt through the API in $(( $(date +%s) - START )) s"
fi
echo "rollup rows: $(psql_app -c 'select count(*) from metric_rollup'), day rollup rows: $(psql_app -c 'select count(*) from metric_rollup_day')"
java -cp "$CP" bench/MetricsBench.java query --url "http://127.0.0.1:18081" --token "$TOKEN" --jdbc "$JDBC_URL" \
  --db-user "$DB_USER" --db-password "$DB_PASSWORD" --duckdb "$DUCKDB_FILE" --scan-iterations "${SCAN_ITERATIONS:-7}"
