#!/bin/sh
# bench/termfreq.sh - termfreq side by side with its peers, on the King James
# Bible x10 (43 MB) built in $BENCH_OUT; instructions per byte under
# callgrind on kjvbible.txt (a figure that does not drift with the machine's
# load); peak RSS on x10 and x100 (430 MB) to show that memory follows the
# vocabulary, not the input.  termfreq runs twice: by default (threads, one
# per CPU) and with -j 1 (one thread), so that the gain of the threads and
# the CPU time they cost show side by side.
. bench/lib.sh
src=$BENCHDIR/kjvbible.txt
[ -f "$src" ] || { echo "  $src absent: skipped"; exit 0; }
kjv10=$BENCH_OUT/kjv10.txt
make_input "$kjv10" 10 "$src"
bytes=$(wc -c <"$kjv10")
PY=/usr/bin/python3

# The peer: Ben Hoyt's optimized C countwords algorithm (bench/countwords.c).
cw=$BENCH_OUT/countwords
cc_once "$cw" bench/countwords.c || exit 1

echo "  input: $kjv10 ($bytes bytes); medians of $REPS runs; $(nproc 2>/dev/null) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
measure "termfreq" "$bytes" "bin/termfreq $kjv10"
measure "termfreq -j 1" "$bytes" "bin/termfreq -j 1 $kjv10"
measure "termfreq -s --stem" "$bytes" "bin/termfreq -s --stem $kjv10"
measure "termfreq --by doc --tfidf" "$bytes" "bin/termfreq --by doc --tfidf $kjv10 $src"
measure "countwords (optimized C)" "$bytes" "$cw <$kjv10"
reps=$REPS
REPS=1 # the slow peers: one run each
measure "tr | sort | uniq -c" "$bytes" "tr -cs 'A-Za-z' '\n' <$kjv10 | tr A-Z a-z | LC_ALL=C sort | uniq -c | sort -rn"
if [ -x $PY ]; then
	measure "python Counter(re.findall)" "$bytes" "$PY -c 'import re,sys,collections; c=collections.Counter(re.findall(r\"\\w+\", open(sys.argv[1]).read().lower())); [print(w, k) for w, k in c.most_common()]' $kjv10"
	if $PY -c 'import sklearn' 2>/dev/null; then
		measure "sklearn CountVectorizer" "$bytes" "$PY -c 'import sys; from sklearn.feature_extraction.text import CountVectorizer as V; v=V(); x=v.fit_transform(open(sys.argv[1])); s=x.sum(axis=0).A1; [print(w, s[i]) for w, i in sorted(v.vocabulary_.items())]' $kjv10"
	fi
fi
REPS=$reps
for t in "termfreq" "termfreq -j 1"; do
	ratio "$t" "countwords (optimized C)"
	ratio "$t" "tr | sort | uniq -c"
	ratio "$t" "python Counter(re.findall)"
	ratio "$t" "sklearn CountVectorizer"
done
ratio "termfreq" "termfreq -j 1"

# CPU seconds (user + system, the pipeline's processes included): on a shared,
# loaded machine wall times swell with the load; CPU time much less.
cpu() { # NAME REPS COMMAND
	: >"$BENCH_OUT/.cpu"
	i=0
	while [ $i -lt "$2" ]; do
		/usr/bin/time -f '%U %S' -o "$BENCH_OUT/.cpu1" sh -c "$3" >/dev/null 2>&1
		awk '{ print $1 + $2 }' "$BENCH_OUT/.cpu1" >>"$BENCH_OUT/.cpu"
		i=$((i + 1))
	done
	c=$(median <"$BENCH_OUT/.cpu")
	printf '%s\t%s\n' "$1" "$c" >>"$BENCH_OUT/cpu.tsv"
	printf '  %-40s %8.2f s CPU  %9.1f MB/s of CPU\n' "$1" "$c" "$(awk -v b="$bytes" -v t="$c" 'BEGIN { print (t > 0 ? b / 1e6 / t : 0) }')"
	rm -f "$BENCH_OUT/.cpu" "$BENCH_OUT/.cpu1"
}
cpu_ratio() {
	awk -F'\t' -v a="$1" -v b="$2" '$1 == a { x = $2 } $1 == b { y = $2 }
		END { if (x > 0 && y > 0) printf "  %s uses %.1fx less CPU than %s\n", a, y / x, b }' "$BENCH_OUT/cpu.tsv"
}
: >"$BENCH_OUT/cpu.tsv"
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) on $(nproc 2>/dev/null) CPUs"
cpu "termfreq" "$REPS" "bin/termfreq $kjv10"
cpu "termfreq -j 1" "$REPS" "bin/termfreq -j 1 $kjv10"
cpu "countwords (optimized C)" "$REPS" "$cw <$kjv10"
cpu "tr | sort | uniq -c" 1 "tr -cs 'A-Za-z' '\n' <$kjv10 | tr A-Z a-z | LC_ALL=C sort | uniq -c | sort -rn"
if [ -x $PY ]; then
	cpu "python Counter(re.findall)" 1 "$PY -c 'import re,sys,collections; c=collections.Counter(re.findall(r\"\\w+\", open(sys.argv[1]).read().lower())); [print(w, k) for w, k in c.most_common()]' $kjv10"
	$PY -c 'import sklearn' 2>/dev/null &&
		cpu "sklearn CountVectorizer" 1 "$PY -c 'import sys; from sklearn.feature_extraction.text import CountVectorizer as V; v=V(); x=v.fit_transform(open(sys.argv[1])); s=x.sum(axis=0).A1; [print(w, s[i]) for w, i in sorted(v.vocabulary_.items())]' $kjv10"
fi
for p in "countwords (optimized C)" "tr | sort | uniq -c" "python Counter(re.findall)" "sklearn CountVectorizer"; do
	cpu_ratio "termfreq" "$p"
	cpu_ratio "termfreq -j 1" "$p"
done

# Instructions per input byte, default options, on kjvbible.txt; callgrind
# counts every thread's instructions (the sum: threads add the copy of the
# text into batches and a table per thread to fill and add up).
instructions "termfreq -j 1" "$src" kjvbible.txt 'bin/termfreq -j 1 "$src"'
instructions "termfreq (threads, summed)" "$src" kjvbible.txt 'bin/termfreq "$src"'
instructions countwords "$src" kjvbible.txt '"$cw" <"$src"'

# Memory follows the vocabulary: peak RSS on 43 MB and on 430 MB.
kjv100=$BENCH_OUT/kjv100.txt
if [ "$(df -Pk "$BENCH_OUT" | awk 'NR == 2 { print $4 }')" -gt 1000000 ]; then
	make_input "$kjv100" 10 "$kjv10"
	REPS=1
	measure "termfreq (430 MB)" "$(wc -c <"$kjv100")" "bin/termfreq $kjv100"
	measure "termfreq -j 1 (430 MB)" "$(wc -c <"$kjv100")" "bin/termfreq -j 1 $kjv100"
	REPS=$reps
	rm -f "$kjv100"
else
	echo "  less than 1 GB free in $BENCH_OUT: the 430 MB run is skipped"
fi
