#!/bin/sh
# tests/eval/numbers.sh SUITES - numbers on Recognizers-Text's English specs
# (numbers-*-en.jsonl): F1 over (text, value) pairs, every case counted.
# VERBOSE=1 lists the misses.  See score_numbers.py for how rows map to suites.
SUITES=${1:-../shared/suites}
if [ ! -f "$SUITES/numbers-number-en.jsonl" ]; then
	echo "numbers: $SUITES/numbers-number-en.jsonl not found; skipping"
	exit 0
fi
exec python3 "$(dirname "$0")/score_numbers.py" "$SUITES" "${BIN:-bin}/numbers" ${VERBOSE:+-v}
