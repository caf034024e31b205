#!/bin/sh
# termfreq --merge of partials counted over any split of a corpus writes
# exactly (byte for byte) what one run over the whole corpus writes:
#  - the files of $CORPUS dealt at random into 2-6 parts (one job per file);
#  - the concatenated text cut at random line boundaries (parallel --pipe),
#    every part named as one document;
#  - a TSV of (doc, text) rows dealt at random into parts, so that rows of one
#    document are spread over several parts;
# with several counting and report options, and merged in any order.
[ -d "$CORPUS" ] || { echo "CORPUS ($CORPUS) absent"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
# every third file: the property needs variety, not volume (the suite stays quick)
find "$CORPUS" -name '*.txt' | LC_ALL=C sort | awk 'NR % 3 == 1' >"$t/files"
[ -s "$t/files" ] || { echo "no .txt files in $CORPUS"; exit 77; }
fail=0

same() { # NAME EXPECTED GOT
	if ! cmp -s "$2" "$3"; then
		echo "FAIL $1"; diff "$2" "$3" | head -6; fail=1
	fi
}

# deal FILE-OF-LINES K SEED: writes $t/part.1 .. $t/part.K with the lines dealt at random
deal() {
	rm -f "$t"/part.*
	awk -v k="$2" -v seed="$3" -v dir="$t" 'BEGIN { srand(seed) }
		{ print >> (dir "/part." (1 + int(rand() * k))) }' "$1"
}

for seed in 11 12; do
	k=$(awk -v s=$seed 'BEGIN { srand(s); print 2 + int(rand() * 5) }')
	deal "$t/files" "$k" "$seed"
	while IFS='|' read -r copts ropts; do
		xargs termfreq $copts $ropts <"$t/files" >"$t/one"
		i=0
		for p in "$t"/part.*; do
			i=$((i + 1))
			xargs termfreq --partial $copts <"$p" >"$t/partial.$i" || fail=1
		done
		termfreq --merge $ropts "$t"/partial.* >"$t/merged"
		same "files in $k parts (seed $seed) [$copts | $ropts]" "$t/one" "$t/merged"
		# any order, and a merge of merges (a combiner)
		ls "$t"/partial.* | sort -r | xargs cat | termfreq --merge $ropts >"$t/merged2"
		same "concatenated in reverse [$copts | $ropts]" "$t/one" "$t/merged2"
		termfreq --merge --partial "$t"/partial.1 "$t"/partial.2 >"$t/comb"
		rm "$t"/partial.1 "$t"/partial.2
		termfreq --merge $ropts "$t"/comb "$t"/partial.* >"$t/merged3"
		same "combined first [$copts | $ropts]" "$t/one" "$t/merged3"
		rm -f "$t"/partial.* "$t/comb"
	done <<EOF2
|
--by doc|--tfidf -n 5
-s --stem|--summary
--no-numbers --split-hyphens|-m 3
|--tfidf
EOF2
done

# parallel --pipe: the text cut at random line boundaries, one document
xargs cat <"$t/files" >"$t/all.txt"
for seed in 21 22; do
	deal "$t/all.txt" 4 "$seed" # dealt lines: order within a document does not matter
	termfreq --doc=all "$t/all.txt" >"$t/one"
	termfreq --doc=all --summary "$t/all.txt" >"$t/one.s"
	i=0
	for p in "$t"/part.*; do
		i=$((i + 1))
		termfreq --partial --doc=all "$p" >"$t/partial.$i"
	done
	cat "$t"/partial.* | termfreq --merge >"$t/merged"
	same "text dealt by lines (seed $seed)" "$t/one" "$t/merged"
	cat "$t"/partial.* | termfreq --merge --summary >"$t/merged"
	same "text dealt by lines, summary (seed $seed)" "$t/one.s" "$t/merged"
	rm -f "$t"/partial.*
done

# TSV rows of one document spread over parts
head -60 "$t/files" | while IFS= read -r f; do
	awk -v d="$(basename "$f")" '{ gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); gsub(/\r/, "\\r"); print d "\t" $0 }' "$f"
done >"$t/rows"
{ printf 'doc\ttext\n'; cat "$t/rows"; } >"$t/all.tsv"
for seed in 31 32; do
	deal "$t/rows" 3 "$seed"
	termfreq --by doc -n 10 "$t/all.tsv" >"$t/one"
	termfreq --tfidf -n 50 "$t/all.tsv" >"$t/one.t"
	target=$(head -1 "$t/rows" | cut -f1)
	termfreq --by doc --target="$target" -s -n 40 "$t/all.tsv" >"$t/one.k"
	termfreq --reference="$t/one" -n 40 "$t/all.tsv" >"$t/one.r"
	i=0
	for p in "$t"/part.*; do
		i=$((i + 1))
		{ printf 'doc\ttext\n'; cat "$p"; } >"$t/p.tsv"
		termfreq --partial --by doc "$t/p.tsv" >"$t/partial.$i"
		termfreq --partial "$t/p.tsv" >"$t/plain.$i"
	done
	termfreq --merge -n 10 "$t"/partial.* >"$t/merged"
	same "TSV rows spread over parts, --by doc (seed $seed)" "$t/one" "$t/merged"
	termfreq --merge --tfidf -n 50 "$t"/plain.* >"$t/merged"
	same "TSV rows spread over parts, --tfidf (seed $seed)" "$t/one.t" "$t/merged"
	termfreq --merge --reference="$t/one" -n 40 "$t"/plain.* >"$t/merged"
	same "TSV rows spread over parts, --reference (seed $seed)" "$t/one.r" "$t/merged"
	i=0
	for p in "$t"/part.*; do
		i=$((i + 1))
		{ printf 'doc\ttext\n'; cat "$p"; } | termfreq --partial --by doc -s >"$t/stop.$i"
	done
	termfreq --merge --target="$target" -n 40 "$t"/stop.* >"$t/merged"
	same "TSV rows spread over parts, --target (seed $seed)" "$t/one.k" "$t/merged"
	rm -f "$t"/stop.*
	rm -f "$t"/partial.* "$t"/plain.*
done
[ $fail = 0 ] && echo "all merges identical"
exit $fail
