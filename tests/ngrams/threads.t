#!/bin/sh
# -j N writes byte for byte what -j 1 writes, whatever thread counted what:
# on made-up briefings large enough for several batches per thread, with
# long documents that are cut between threads (docs must still count each
# once), many short ones, a raw file, and rows that interleave documents;
# also on $CORPUS when it is there.
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
# rows: doc, speaker, text; every 5th document is long (about 700 KB)
awk 'BEGIN {
	srand(5)
	nw = split("we firmly oppose the so-called interference in China'"'"'s internal affairs " \
	  "Belt and Road cooperation is open inclusive and transparent The spokesperson said " \
	  "I would refer you to the competent authorities on that question the U.S. side " \
	  "should stop making groundless accusations Hong Kong affairs are purely internal " \
	  "community with a shared future for mankind win-win results of the two sides " \
	  "2021 1,000 vaccine doses Mr. Wang Mexico Pakistan WHO COVID-19 We This It", w, " ")
	split(", ; : ( ) -- . ? !", pu, " ")
	speakers[0] = "Zhao Lijian"; speakers[1] = "Reporter"; speakers[2] = "Hua Chunying"
	print "doc\tspeaker\ttext"
	for (d = 0; d < 40; d++) {
		rows = d % 5 == 0 ? 3500 : 15
		for (r = 0; r < rows; r++) {
			s = ""
			n = 12 + int(rand() * 30)
			for (i = 0; i < n; i++) {
				s = s (i ? " " : "") w[1 + int(rand() * nw)]
				if (rand() < 0.12)
					s = s pu[1 + int(rand() * 8)]
			}
			printf "b%02d\t%s\t%s.\n", d, speakers[int(rand() * 3)], s
		}
	}
}' >"$t/rows.tsv"
# the same rows with documents interleaved (two at a time)
{ head -1 "$t/rows.tsv"; tail -n +2 "$t/rows.tsv" | awk -F '\t' '{ print ($1 == "b00" || $1 == "b05") ? "mix" NR % 2 "\t" $2 "\t" $3 : $0 }'; } >"$t/mixed.tsv"
cut -f3 "$t/rows.tsv" | tail -n +2 | awk 'NR % 9 == 0 { print "" } { print }' >"$t/raw.txt"
fail=0
check() {
	name=$1
	shift
	ngrams -j 1 "$@" >"$t/one" 2>"$t/one.err" || { echo "$name: -j 1 failed"; fail=1; return; }
	for j in 2 3; do
		ngrams -j $j "$@" >"$t/many" 2>"$t/many.err"
		if ! cmp -s "$t/one" "$t/many" || ! cmp -s "$t/one.err" "$t/many.err"; then
			echo "$name: -j $j differs from -j 1"
			diff "$t/one" "$t/many" | head -5
			fail=1
		fi
	done
	[ "$(wc -l <"$t/one")" -gt 50 ] || { echo "$name: too few rows to prove anything"; fail=1; }
}
check default "$t/rows.tsv"
check by-doc-1-3 -b doc -n 1-3 "$t/rows.tsv"
check by-speaker-assoc -b speaker -n 2-3 --assoc "$t/rows.tsv"
check trim-min-docs -b speaker -n 2-4 --trim-stopwords --min-docs 3 "$t/rows.tsv"
check stop-stem -s --stem -n 1-2 --keep-case "$t/rows.tsv"
check partial --partial -b speaker -n 2 "$t/rows.tsv"
check interleaved -b speaker -n 1-2 "$t/mixed.tsv"
check raw -n 1-3 --split-hyphens "$t/raw.txt" "$t/raw.txt"
check files --cross-punct --no-numbers "$t/raw.txt" "$t/rows.tsv" "$t/mixed.tsv"
# docs: 8 long documents cut between threads still count once each
ngrams -j 3 -m 1000 "$t/rows.tsv" | awk -F '\t' 'NR > 1 && $5 > 40 { bad = 1 } END { exit bad }' ||
	{ echo "docs above the number of documents"; fail=1; }
if [ -d "$CORPUS" ]; then
	ls "$CORPUS"/*/*.txt | awk 'NR % 3 == 0' >"$t/list"
	check corpus -b doc -n 1-3 --files-from "$t/list"
	check corpus-trim --trim-stopwords --min-docs 2 --files-from "$t/list"
fi
exit $fail
