#!/bin/sh
# tests/eval/sentences.sh SUITES - segment on the English "Golden Rules"
# (sentences-golden-en.jsonl): a case passes when its list of sentences matches
# exactly, runs of whitespace folded to one space.  -v lists the failures.
SUITES=${1:-../shared/suites}
f=$SUITES/sentences-golden-en.jsonl
if [ ! -f "$f" ]; then
	echo "sentences: $f not found; skipping"
	exit 0
fi
exec python3 "$(dirname "$0")/score_sentences.py" "$f" "${BIN:-bin}/segment" ${VERBOSE:+-v}
