#!/usr/bin/env bash
# Rebuilds the shipped English lexicon resources from the VADER files in ../shared/data/en_sentiment_lexicon (MIT,
# C.J. Hutto): vader-lexicon.tsv keeps token and mean valence; emoji-valence.tsv gives each emoji the summed VADER
# valence of the words of its description (capped at ±3.5), as VADER scores an emoji by its description.
# Deterministic: the same input files give the same bytes. Called by bench/train-text-models.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=../shared/data/en_sentiment_lexicon
OUT=src/main/resources/io/peakxm/text
if [ ! -f "$SRC/vader_lexicon.txt" ]; then echo "skipped: $SRC/vader_lexicon.txt is absent" >&2; exit 1; fi
{
  echo "# VADER sentiment lexicon (MIT, (c) 2016 C.J. Hutto), token and mean valence -4..+4; see NOTICE"
  LC_ALL=C awk -F'\t' 'NF >= 2 && $1 != "" { print $1 "\t" $2 }' "$SRC/vader_lexicon.txt"
} > "$OUT/vader-lexicon.tsv"
{
  echo "# emoji valence from the VADER emoji descriptions (MIT, (c) 2016 C.J. Hutto), summed word valences; see NOTICE"
  LC_ALL=C awk -F'\t' '
    FNR == NR { if (NF >= 2) v[$1] = $2; next }
    NF >= 2 {
      n = split(tolower($2), w, /[^a-z]+/); s = 0
      for (i = 1; i <= n; i++) if (w[i] in v) s += v[w[i]]
      if (s > 3.5) s = 3.5; if (s < -3.5) s = -3.5
      if (s != 0) printf "%s\t%.2f\n", $1, s
    }' "$SRC/vader_lexicon.txt" "$SRC/emoji_utf8_lexicon.txt"
} > "$OUT/emoji-valence.tsv"
wc -l "$OUT/vader-lexicon.tsv" "$OUT/emoji-valence.tsv"
