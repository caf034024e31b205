#!/bin/sh
# bench/speakers.sh - speakers side by side with segment on the same input:
# the corpus transcripts concatenated ten times (about 100 MB, built in
# $BENCH_OUT) read as one document, and the same 3,480 transcripts read as
# separate documents (--files-from).  Memory is bounded by the longest turn,
# not by the document: peak RSS on the corpus read once as one document
# (about 10 MB) and ten times (about 100 MB) should be the same.  Also
# instructions per byte under callgrind on one pass over the corpus (a figure
# that does not drift with the machine's load).
. bench/lib.sh
ls "$CORPUS"/*/*.txt >/dev/null 2>&1 || { echo "  $CORPUS absent: skipped"; exit 0; }
big=$BENCH_OUT/corpus10.txt
make_input "$big" 10 "$CORPUS"/*/*.txt
bytes=$(wc -c <"$big")
list=$BENCH_OUT/corpus10.list
if [ ! -s "$list" ]; then
	i=0
	while [ $i -lt 10 ]; do ls "$CORPUS"/*/*.txt; i=$((i + 1)); done >"$list"
fi

echo "  input: $big ($bytes bytes, one document); medians of $REPS runs"
measure "speakers (one 100 MB document)" "$bytes" "bin/speakers $big"
measure "speakers --summary (one document)" "$bytes" "bin/speakers --summary $big"
measure "segment (one 100 MB document)" "$bytes" "bin/segment $big"
measure "speakers (3480 documents)" "$bytes" "bin/speakers --files-from=$list"
measure "segment (3480 documents)" "$bytes" "bin/segment --files-from=$list"
ratio "speakers (one 100 MB document)" "segment (one 100 MB document)"
ratio "speakers (3480 documents)" "segment (3480 documents)"

one=$BENCH_OUT/corpus1.txt
make_input "$one" 1 "$CORPUS"/*/*.txt
if [ -x /usr/bin/time ]; then
	for f in "$one" "$big"; do
		/usr/bin/time -f %M -o "$BENCH_OUT/.rss.$$" bin/speakers "$f" >/dev/null &&
		awk -v k="$(tail -1 "$BENCH_OUT/.rss.$$")" -v b="$(wc -c <"$f")" \
			'BEGIN { printf "  %-40s %8.1f MB peak RSS on %.0f MB read as one document\n", "speakers memory", k / 1024, b / 1e6 }'
	done
	rm -f "$BENCH_OUT/.rss.$$"
fi

for prog in speakers segment; do
	instructions "$prog" "$one" "corpus once" "bin/$prog \"\$one\""
done
