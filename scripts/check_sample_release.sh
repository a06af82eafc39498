#!/usr/bin/env bash
# The committed sample release (releases/claims-ch) is made by this script, and CI checks it with it:
#
#   scripts/check_sample_release.sh            rebuild into a temporary folder; exit 1 if releases/ differs
#   scripts/check_sample_release.sh --update   rebuild releases/claims-ch in place (`make sample-release`)
#
# Inputs: `builder split` of the bundled sample article, and verified records derived from its claims by
# tests/fixtures/sample_labels.py (a fixed rule, so they follow the splitter's current claims).
# The release's bytes depend on pyarrow, datasets, matplotlib and krippendorff too (all recorded in its manifest).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
SAMPLE=examples/000_606d4c18b25b7e8e.txt
VERSION=0.1.0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$BIN/builder" split "$SAMPLE" -o "$work/split" --format jsonl --no-progress
"$BIN/python" tests/fixtures/sample_labels.py "$work/split" -o "$work/pull" >/dev/null

if [ "${1:-}" = "--update" ]; then
    "$BIN/builder" release --claims "$work/split" --verified "$work/pull" --version "$VERSION" -o releases --force
    "$BIN/builder" validate releases/claims-ch
    exit 0
fi

"$BIN/builder" release --claims "$work/split" --verified "$work/pull" --version "$VERSION" -o "$work/releases"
if ! diff -r "$work/releases/claims-ch" releases/claims-ch; then
    echo "check_sample_release: releases/claims-ch is not what the current code makes from $SAMPLE." >&2
    echo "  tools now:       $(grep -E '"(builder|pyarrow|datasets|matplotlib|krippendorff)"' "$work/releases/claims-ch/manifest.json" | tr -d ' \n')" >&2
    echo "  tools committed: $(grep -E '"(builder|pyarrow|datasets|matplotlib|krippendorff)"' releases/claims-ch/manifest.json 2>/dev/null | tr -d ' \n')" >&2
    echo "  fix: run \`make sample-release\` (scripts/check_sample_release.sh --update) and commit releases/" >&2
    exit 1
fi
echo "check_sample_release: releases/claims-ch matches a rebuild" >&2
