#!/usr/bin/env bash
# PeakXM's own sentiment over any labelled CSV (header row, columns by name), one thread:
#
#   bash bench/sentiment.sh --file F --text COLUMN --label COLUMN --positive V[,V...] --negative V[,V...] \
#       [--neutral V[,V...]] [--encoding E] [--model FILE]
#
# e.g. bash bench/sentiment.sh --file ../shared/data/zh_hotel_reviews/ChnSentiCorp_htl_all.csv --text review \
#        --label label --positive 1 --negative 0
#      bash bench/sentiment.sh --file ../shared/data/airline_tweets/Tweets.csv --text text \
#        --label airline_sentiment --positive positive --negative negative --neutral neutral
#
# Rows whose label is in none of the lists are skipped and counted. Without --neutral the task is binary and a
# prediction is read by the sign of the score (a score of exactly zero counts as positive); with --neutral the
# analyzer's label is compared. --model takes a model file from bench/train-text-models.sh instead of the shipped one.
# Prints, last, exactly one line: accuracy A macro-F1 F n N docs/s D (docs/s: TextAnalyzer.sentiment on one thread
# after a 5 s warm-up over the rows).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/text-classpath.sh
java -Xmx2g -cp "$TEXT_CP" bench/SentimentBench.java "$@"
