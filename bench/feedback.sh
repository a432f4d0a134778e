#!/usr/bin/env bash
# Feedback benchmark (issue 13): bulk ingest of N items through the API (each analysed — language, sentiment,
# aspects, topics, phrases — and searchable when the call returns), then full-text search and text dashboard
# latency through the API at that size.
#
#   bash bench/feedback.sh               # 100,000 items
#   bash bench/feedback.sh 1000000       # search and dashboards at 1 M items (ingest takes minutes)
#   bash bench/feedback.sh 2000          # a small run while developing
#
# Texts: the shared Chinese hotel reviews and airline tweets (../shared/data, read at run time, never stored in the
# repository), interleaved, each item with its own external id, spread over the last 365 days. Needs the local
# PostgreSQL cluster (as .ci/run sets up) and sudo/root for its superuser. Creates a throw-away database, starts the
# packaged application on port 18083 with the demo workspace, posts the items in NDJSON batches of 10,000 with a
# write-scope token, and times: the whole ingest (and items/s), then SEARCH_ITERATIONS rounds of a fixed set of
# Chinese and English searches (p50/p95/max per query and over all), then DASHBOARD_ITERATIONS calls of the text
# dashboard (default period, one source, a year) and of a journey's curve from text.
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS="${1:-100000}"
DATA="../shared/data"
if [ ! -f "$DATA/zh_hotel_reviews/ChnSentiCorp_htl_all.csv" ] || [ ! -f "$DATA/airline_tweets/Tweets.csv" ]; then
  echo "the shared review and tweet files are missing under $DATA" >&2
  exit 1
fi
source bench/lib.sh
bench_database peakxm_feedback
bench_start_app 18083 target/bench-feedback-app.log
sleep 5
bench_token WRITE
JOURNEY="$(psql_app -c "select min(id) from journey where name = 'Fly with us'")"
echo "PostgreSQL $(psql_app -c 'show server_version'), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "load average before the timing: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g bench/FeedbackBench.java --url "http://127.0.0.1:18083" --token "$TOKEN" --items "$ITEMS" \
  --reviews "$DATA/zh_hotel_reviews/ChnSentiCorp_htl_all.csv" --tweets "$DATA/airline_tweets/Tweets.csv" \
  --journey "$JOURNEY" --search-iterations "${SEARCH_ITERATIONS:-20}" --dashboard-iterations "${DASHBOARD_ITERATIONS:-20}"
bench_analyze
echo "items: $(psql_app -c 'select count(*) from feedback_item'), terms: $(psql_app -c 'select count(*) from feedback_term'),"\
" aspects: $(psql_app -c 'select count(*) from feedback_aspect'); feedback tables $(psql_app -c "select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c where c.relname like 'feedback%' and c.relkind = 'r'")"
echo "after ANALYZE:"
java -Xmx1g bench/FeedbackBench.java --url "http://127.0.0.1:18083" --token "$TOKEN" --items 0 \
  --journey "$JOURNEY" --search-iterations "${SEARCH_ITERATIONS:-20}" --dashboard-iterations "${DASHBOARD_ITERATIONS:-20}"
echo "load average after the timing: $(cut -d' ' -f1-3 /proc/loadavg)"
