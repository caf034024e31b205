#!/bin/sh
# bench/numbers.sh - numbers on 100 MB of briefing transcripts (the corpus
# concatenated until it reaches 100 MB), side by side with npm's
# @microsoft/recognizers-text-number (its number model) and compromise
# (nlp(text).numbers()), both run by node, paragraph by paragraph, on slices of
# the same text: the first 1 MB for Recognizers-Text, the first 200 kB for
# compromise (at their speeds the whole would take hours).  Speeds are MB/s of
# input; the ratios compare speeds.  numbers also runs on the 1 MB slice.
# Env: CORPUS, BENCH_OUT (from bench/run), REPS (default 5; peers run once).
. bench/lib.sh
CORPUS=${CORPUS:-../shared/corpus}
ls "$CORPUS"/*/*.txt >/dev/null 2>&1 || { echo "numbers bench: no transcripts in $CORPUS; skipping"; exit 0; }
bin=$(pwd)/bin
peers=$(pwd)/bench/peers
in100=$BENCH_OUT/briefings-100mb.txt
in1=$BENCH_OUT/briefings-1mb.txt
in200k=$BENCH_OUT/briefings-200kb.txt
if [ ! -s "$in100" ]; then
	cat "$CORPUS"/*/*.txt >"$BENCH_OUT/corpus.txt"
	: >"$in100"
	while [ "$(wc -c <"$in100")" -lt 100000000 ]; do cat "$BENCH_OUT/corpus.txt" >>"$in100"; done
	rm -f "$BENCH_OUT/corpus.txt"
fi
[ -s "$in1" ] || head -c 1000000 "$in100" >"$in1"
[ -s "$in200k" ] || head -c 200000 "$in100" >"$in200k"
b100=$(wc -c <"$in100")
b1=$(wc -c <"$in1")
b200k=$(wc -c <"$in200k")

# cpu NAME BYTES CMD: user+system seconds of one run, as MB/s of CPU time (the
# machine may be shared: wall-clock speed then says more about the neighbours)
cpu() {
	/usr/bin/time -f '%U %S' -o "$BENCH_OUT/.cpu.$$" sh -c "$3" >/dev/null 2>&1
	awk -v b="$2" -v n="$1" '{ t = $1 + $2; printf "  %-40s %8.3f s CPU %7.1f MB/s of CPU time\n", n, t, (t > 0 ? b / 1e6 / t : 0) }' "$BENCH_OUT/.cpu.$$"
	rm -f "$BENCH_OUT/.cpu.$$"
}

echo "input: $in100 ($b100 bytes of corpus transcripts); slices: $b1 and $b200k bytes"
measure "numbers" "$b100" "$bin/numbers $in100"
measure "numbers (1 MB slice)" "$b1" "$bin/numbers $in1"
cpu "numbers" "$b100" "$bin/numbers $in100"
reps=$REPS
REPS=1
if [ -d bench/node_modules/@microsoft/recognizers-text-number ] && command -v node >/dev/null; then
	measure "recognizers-text-number (1 MB slice)" "$b1" "node $peers/recognizers_numbers.js $in1"
else
	echo "  recognizers-text-number: missing (cd bench && npm install @microsoft/recognizers-text-number)"
fi
if [ -d bench/node_modules/compromise ] && command -v node >/dev/null; then
	measure "compromise (200 kB slice)" "$b200k" "node $peers/compromise_numbers.js $in200k"
else
	echo "  compromise: missing (cd bench && npm install compromise)"
fi
REPS=$reps
speedup numbers "$b100" "recognizers-text-number (1 MB slice)" "$b1"
speedup numbers "$b100" "compromise (200 kB slice)" "$b200k"
speedup "numbers (1 MB slice)" "$b1" "recognizers-text-number (1 MB slice)" "$b1"
