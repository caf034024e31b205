#!/bin/sh
# --partial then --merge writes exactly (byte for byte) what one run writes,
# however the corpus is cut: $CORPUS split at random into parts (files, and
# TSV rows, so that one document spans several parts), partials merged in a
# shuffled order, also through a merge of merges (a combiner).
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
ls "$CORPUS"/*/*.txt 2>/dev/null | awk 'NR % 6 == 0' | head -40 >"$t/files"
[ -s "$t/files" ] || { echo "no transcripts in $CORPUS"; exit 77; }
fail=0

# split LIST K SEED: the lines of LIST dealt at random into K files $t/part.N
split_random() {
	rm -f "$t"/part.*
	awk -v k="$2" -v seed="$3" -v dir="$t" 'BEGIN { srand(seed) }
		{ print > (dir "/part." int(rand() * k)) }' "$1"
}

# check NAME "COUNTING OPTIONS" "REPORT OPTIONS"
check() {
	name=$1 copt=$2 ropt=$3
	ngrams $copt $ropt --files-from "$t/files" >"$t/one" || { echo "$name: one run failed"; fail=1; return; }
	for seed in 1 2; do
		split_random "$t/files" 4 "$seed"
		for p in "$t"/part.*; do
			ngrams --partial $copt --files-from "$p" >"$p.partial" || fail=1
		done
		ls "$t"/part.*.partial | awk -v seed="$seed" 'BEGIN { srand(seed + 10) } { print rand() "\t" $0 }' |
			sort | cut -f2 >"$t/order"
		# shellcheck disable=SC2046
		ngrams --merge $ropt $(cat "$t/order") >"$t/merged"
		if ! cmp -s "$t/one" "$t/merged"; then
			echo "$name (seed $seed): merge differs from one run"
			diff "$t/one" "$t/merged" | head -5
			fail=1
		fi
		# shellcheck disable=SC2046
		ngrams --merge --partial $(sed -n '1,2p' "$t/order") >"$t/combined"
		# shellcheck disable=SC2046
		ngrams --merge $ropt "$t/combined" $(sed -n '3,$p' "$t/order") >"$t/merged2"
		cmp -s "$t/one" "$t/merged2" || { echo "$name (seed $seed): merge of a merge differs"; fail=1; }
		rm -f "$t"/part.*
	done
	[ "$(wc -l <"$t/one")" -gt 20 ] || { echo "$name: too few rows to prove anything"; fail=1; }
}

check default "" ""
check by-doc-assoc "-b doc -n 3" "-n 1-3 --assoc --top 20"
check stem "-s --stem -n 4" "-n 2-4 --min-count 2"
check trim "-n 3" "-n 2-3 --trim-stopwords --min-docs 2"
check pmi "-n 2" "--assoc --sort=pmi -m 5"

# TSV rows: one document's sentences end up in several partials
xargs segment <"$t/files" | awk 'NR == 1 { h = $0; print; next } $0 != h' >"$t/sent.tsv"
ngrams -b doc -n 2 "$t/sent.tsv" >"$t/one"
head -1 "$t/sent.tsv" >"$t/h"
tail -n +2 "$t/sent.tsv" >"$t/rows"
split_random "$t/rows" 5 7
for p in "$t"/part.*; do
	cat "$t/h" "$p" | ngrams --partial -b doc -n 2 >"$p.partial"
done
ngrams --merge "$t"/part.*.partial >"$t/merged"
cmp -s "$t/one" "$t/merged" || { echo "tsv rows: merge differs from one run"; diff "$t/one" "$t/merged" | head -5; fail=1; }
exit $fail
