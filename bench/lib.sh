# bench/lib.sh - shared measuring for the benchmark scripts (sourced, POSIX sh).
#
#   measure NAME BYTES 'COMMAND'   runs COMMAND (stdout to /dev/null) $REPS times,
#                                  records the median wall time and the largest
#                                  peak RSS, prints a row: name, median s, MB/s, MB RSS
#   measure_after_pause NAME BYTES SECONDS 'COMMAND'
#                                  the same, each run after SECONDS idle
#   measure_rounds ROUNDS 'NAME|BYTES|REPS|COMMAND'...
#                                  the same for several commands taken in turn:
#                                  ROUNDS rounds, each running every command
#                                  its REPS times; medians over all rounds (so
#                                  that a spell of load on the shared machine
#                                  falls on all of them, not on one alone)
#   ratio NAME_A NAME_B            prints how many times faster A's median is than B's
#
# Medians, not means: the machine is shared and noisy.  Speeds are MB/s of input
# (1 MB = 10^6 bytes).  Results accumulate in $BENCH_OUT/results.tsv.
REPS=${REPS:-5}
BENCH_OUT=${BENCH_OUT:-bench/out}
mkdir -p "$BENCH_OUT"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# cc_once OUT SOURCE: a helper program of the bench, compiled unless OUT is
# newer than SOURCE
cc_once() { [ "$1" -nt "$2" ] || ${CC:-cc} -O2 -o "$1" "$2"; }

# The timer: bench/walltime.c (microseconds), built once into $BENCH_OUT;
# without a compiler, GNU time (hundredths, truncated: runs of a quarter of
# a second then read some 2% fast).
WALLTIME=$BENCH_OUT/.walltime
cc_once "$WALLTIME" bench/walltime.c 2>/dev/null || WALLTIME=

# one run of COMMAND: its wall time appended to file TIMES, its peak RSS (KB)
# to file RSS
run_once() {
	if [ -n "$WALLTIME" ]; then
		"$WALLTIME" "$BENCH_OUT/.one.$$" sh -c "$1" >/dev/null 2>"$BENCH_OUT/.err.$$"
	else
		/usr/bin/time -f '%e %M' -o "$BENCH_OUT/.one.$$" sh -c "$1" >/dev/null 2>"$BENCH_OUT/.err.$$"
	fi
	st=$?
	if [ $st != 0 ]; then
		echo "  $1: failed (status $st): $(tail -2 "$BENCH_OUT/.err.$$")" >&2
		return 1
	fi
	read -r t m <"$BENCH_OUT/.one.$$"
	echo "$t" >>"$2"
	echo "$m" >>"$3"
	rm -f "$BENCH_OUT/.one.$$" "$BENCH_OUT/.err.$$"
}

# the row of NAME (BYTES of input) from its files of times and of RSS (then
# removed)
row() {
	med=$(median <"$3")
	rss=$(sort -n "$4" | tail -1)
	mb=$(awk -v k="$rss" 'BEGIN { print k / 1024 }')
	mbs=$(awk -v b="$2" -v t="$med" 'BEGIN { printf "%.1f", (t > 0 ? b / 1e6 / t : 0) }')
	printf '%s\t%s\t%s\t%.1f\n' "$1" "$med" "$mbs" "$mb" >>"$BENCH_OUT/results.tsv"
	printf '  %-40s %8.3f s  %9s MB/s  %8.1f MB peak RSS\n' "$1" "$med" "$mbs" "$mb"
	rm -f "$3" "$4"
}

measure() { measure_after_pause "$1" "$2" 0 "$3"; }

# measure_after_pause NAME BYTES SECONDS 'COMMAND': measure's row for runs
# that each come after SECONDS idle, as a user's single run does: memory
# freed meanwhile has gone back to a virtual machine's host, and fresh pages
# cost more to fault in than those of a run just before.
measure_after_pause() {
	: >"$BENCH_OUT/.times.$$"
	: >"$BENCH_OUT/.rss.$$"
	i=0
	while [ $i -lt "$REPS" ]; do
		[ "$3" = 0 ] || sleep "$3"
		run_once "$4" "$BENCH_OUT/.times.$$" "$BENCH_OUT/.rss.$$" || return 1
		i=$((i + 1))
	done
	row "$1" "$2" "$BENCH_OUT/.times.$$" "$BENCH_OUT/.rss.$$"
}

field() { printf '%s\n' "$1" | cut -d'|' -f"$2"; }

measure_rounds() {
	rounds=$1
	shift
	r=0
	while [ $r -lt "$rounds" ]; do
		k=0
		for spec in "$@"; do
			[ $r = 0 ] && : >"$BENCH_OUT/.times.$$.$k" && : >"$BENCH_OUT/.rss.$$.$k"
			reps=$(field "$spec" 3)
			i=0
			while [ $i -lt "$reps" ]; do
				run_once "$(field "$spec" 4-)" "$BENCH_OUT/.times.$$.$k" "$BENCH_OUT/.rss.$$.$k" || return 1
				i=$((i + 1))
			done
			k=$((k + 1))
		done
		r=$((r + 1))
	done
	k=0
	for spec in "$@"; do
		row "$(field "$spec" 1)" "$(field "$spec" 2)" "$BENCH_OUT/.times.$$.$k" "$BENCH_OUT/.rss.$$.$k"
		k=$((k + 1))
	done
}

ratio() {
	a=$(awk -F'\t' -v n="$1" '$1 == n { t = $2 } END { print t }' "$BENCH_OUT/results.tsv")
	b=$(awk -F'\t' -v n="$2" '$1 == n { t = $2 } END { print t }' "$BENCH_OUT/results.tsv")
	[ -n "$a" ] && [ -n "$b" ] || { echo "  $1 vs $2: not measured"; return 0; }
	awk -v a="$a" -v b="$b" -v na="$1" -v nb="$2" 'BEGIN { printf "  %s is %.1fx faster than %s\n", na, (a > 0 ? b / a : 0), nb }'
}

# speedup A BYTES_A B BYTES_B: how many times A's speed (bytes per second of
# median time) is B's, when they ran on inputs of different sizes (slow peers
# get a slice); computed from the times, as their MB/s round to 0.
speedup() {
	ta=$(awk -F'\t' -v n="$1" '$1 == n { v = $2 } END { print v }' "$BENCH_OUT/results.tsv")
	tb=$(awk -F'\t' -v n="$3" '$1 == n { v = $2 } END { print v }' "$BENCH_OUT/results.tsv")
	if [ -z "$ta" ] || [ -z "$tb" ]; then echo "  $1 vs $3: not measured"; return 0; fi
	awk -v ta="$ta" -v ba="$2" -v tb="$tb" -v bb="$4" -v na="$1" -v nb="$3" 'BEGIN {
		sa = (ta > 0 ? ba / ta : 0); sb = (tb > 0 ? bb / tb : 0)
		printf "  %s: %.3f MB/s; %s is %.1fx as fast\n", nb, sb / 1e6, na, (sb > 0 ? sa / sb : 0) }'
}

# make_input FILE TIMES SOURCE...: FILE = the sources concatenated, TIMES times
make_input() {
	f=$1 k=$2
	shift 2
	[ -s "$f" ] && return 0
	: >"$f"
	i=0
	while [ $i -lt "$k" ]; do cat "$@" >>"$f"; i=$((i + 1)); done
}

# instructions NAME FILE WHERE 'COMMAND': instructions COMMAND executes under
# callgrind (every thread counted), per byte of FILE; WHERE names the input in
# the printed row.  A figure that does not drift with the machine's load.
instructions() {
	command -v valgrind >/dev/null 2>&1 || { echo "  $1: valgrind absent, instructions not counted"; return 0; }
	eval "valgrind --tool=callgrind --callgrind-out-file=\"\$BENCH_OUT/cg.out\" $4" >/dev/null 2>"$BENCH_OUT/cg.err"
	ir=$(sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' "$BENCH_OUT/cg.err" | tr -d ,)
	awk -v n="$1" -v i="$ir" -v b="$(wc -c <"$2")" -v w="$3" \
		'BEGIN { printf "  %-40s %12.0f instructions, %.1f per input byte (callgrind, %s)\n", n, i, i / b, w }'
	rm -f "$BENCH_OUT/cg.out" "$BENCH_OUT/cg.err"
}
