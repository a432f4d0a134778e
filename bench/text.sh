#!/usr/bin/env bash
# Text analysis speed (issue 13): TextAnalyzer.analyse in full (language, sentiment per item and sentence, 12
# aspects, emotions, key phrases, staff, 8 topic rules) on ONE thread over mixed items from the shared data
# (ChnSentiCorp reviews and airline tweets interleaved), after a 10 s warm-up; then sentiment alone.
# Target: >= 5,000 items/s per core.
#
#   bash bench/text.sh          # 20 s per measurement
#   bash bench/text.sh 60
set -euo pipefail
cd "$(dirname "$0")/.."
for f in ../shared/data/zh_hotel_reviews/ChnSentiCorp_htl_all.csv ../shared/data/airline_tweets/Tweets.csv; do
  [ -f "$f" ] || { echo "skipped: $f is absent"; exit 0; }
done
source bench/text-classpath.sh
echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p target/bench-text
javac -d target/bench-text -cp "$TEXT_CP" bench/TextBench.java bench/SentimentBench.java
java -Xmx1g -XX:ActiveProcessorCount=1 -cp "target/bench-text:$TEXT_CP" TextBench "${1:-20}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
