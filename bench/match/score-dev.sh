#!/bin/sh
# Builds a site from each dev corpus (and the seeds) and scores its matches.
# usage: bench/match/score-dev.sh [OUT_ROOT] [NAME...]   (run from the repository root after `mvnw install`)
set -e
OUT=${1:-/tmp/briefing-dev}; shift 2>/dev/null || true
NAMES=${*:-"wmt21 panl-id-en semeval"}
SHARED=$(cd "$(dirname "$0")/../../.." && pwd)/shared
[ -d "$SHARED/corpus" ] || { echo "no ../shared/corpus beside the repository: check out shared/ there" >&2; exit 2; }
for name in $NAMES; do
  ./mvnw -q io.github.briefing:briefing-maven-plugin:0.1.0-SNAPSHOT:generate \
    -Dbriefing.articles="$SHARED/corpus/dev/$name/articles" -Dbriefing.output="$OUT/$name" >/dev/null
  echo "== $name"
  python3 "$SHARED/tools/score_matches.py" "$OUT/$name" "$SHARED/corpus/dev/$name/gold.json"
done
