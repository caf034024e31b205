#!/bin/sh
# Scale on one machine: the real corpus concatenated to about 1 GB, counted by
# one termfreq process and by GNU parallel in pieces on both cores
# (--partial per block, --merge at the end).  Also checks that the two agree.
. bench/lib.sh
[ -d "$CORPUS" ] || { echo "  corpus not found at $CORPUS; skipped"; exit 0; }
command -v parallel >/dev/null 2>&1 || { echo "  GNU parallel not installed; skipped"; exit 0; }
big=$BENCH_OUT/corpus-1g.txt
if [ ! -s "$big" ]; then
	find "$CORPUS" -name '*.txt' -type f | sort | xargs cat >"$BENCH_OUT/corpus-once.txt"
	once=$(wc -c <"$BENCH_OUT/corpus-once.txt")
	make_input "$big" $((1000000000 / once + 1)) "$BENCH_OUT/corpus-once.txt"
fi
bytes=$(wc -c <"$big")
echo "  input: $big, $bytes bytes"
REPS=${BATCH_REPS:-3}
# termfreq already counts on every core; -j 1 shows what parallel adds to a
# single-threaded process, the default what it adds to the threaded one.
measure "termfreq -j 1, one process" "$bytes" "bin/termfreq -j 1 --doc corpus $big"
measure "termfreq -j 1, parallel -j2 --pipepart" "$bytes" \
	"parallel --will-cite --pipepart -a $big --block 64M -j 2 'bin/termfreq -j 1 --doc corpus --partial' | bin/termfreq --merge"
ratio "termfreq -j 1, parallel -j2 --pipepart" "termfreq -j 1, one process"
measure "termfreq, one process" "$bytes" "bin/termfreq --doc corpus $big"
measure "termfreq, parallel -j2 --pipepart" "$bytes" \
	"parallel --will-cite --pipepart -a $big --block 64M -j 2 'bin/termfreq --doc corpus --partial' | bin/termfreq --merge"
ratio "termfreq, parallel -j2 --pipepart" "termfreq, one process"
bin/termfreq --doc corpus "$big" >"$BENCH_OUT/one.tsv"
parallel --will-cite --pipepart -a "$big" --block 64M -j 2 'bin/termfreq --doc corpus --partial' |
	bin/termfreq --merge >"$BENCH_OUT/merged.tsv"
if cmp -s "$BENCH_OUT/one.tsv" "$BENCH_OUT/merged.tsv"; then
	echo "  parallel result is byte-identical to one process ($(wc -l <"$BENCH_OUT/one.tsv") lines)"
else
	echo "  MISMATCH between parallel and one process"
fi
