#!/bin/sh
# Memory follows the longest turn, not the document: a transcript of some
# 50 MB of short turns, read as one document, must run in about the memory a
# 5 MB one needs (peak RSS, /usr/bin/time -f %M), from a file or a pipe.  Before the document was
# streamed, the 50 MB one took over 100 MB.  The rows are counted too, so that
# a run that stops early cannot pass.
[ -x /usr/bin/time ] || { echo "/usr/bin/time absent"; exit 77; }
case $TOOLS in
*asan*) echo "peak RSS under AddressSanitizer says nothing of the program's own"; exit 77 ;;
esac
tmp=${TMPDIR:-/tmp}/spk-mem.$$
trap 'rm -f "$tmp".*' EXIT
gen() {
	awk -v n="$1" 'BEGIN {
		print "Press Briefing by Press Secretary Ana Varga"; print ""
		for (i = 1; i <= n; i++)
			printf "Q    Ana, on the harbour plan, item %d: when will the council vote on it?\n\nMS. VARGA:  The council meets on Thursday, and the vote is on its agenda.  (Laughter.)\n\n", i
	}' >"$2"
}
run() {
	if [ "$3" = pipe ]; then
		cat "$1" | /usr/bin/time -f %M -o "$tmp.rss" "$BIN/speakers" -N -s - >"$tmp.out"
	else
		/usr/bin/time -f %M -o "$tmp.rss" "$BIN/speakers" -N -s "$1" >"$tmp.out"
	fi || { echo "status $? on $1"; exit 1; }
	rows=$(wc -l <"$tmp.out")
	[ "$rows" -eq $((2 * $2)) ] || { echo "$rows rows for $2 exchanges"; exit 1; }
	tail -1 "$tmp.rss"
}
gen 30000 "$tmp.small"
gen 300000 "$tmp.big"
small=$(run "$tmp.small" 30000) || { echo "$small"; exit 1; }
big=$(run "$tmp.big" 300000) || { echo "$big"; exit 1; }
# a pipe: the document is spooled, and the input's buffer must not grow either
piped=$(run "$tmp.big" 300000 pipe) || { echo "$piped"; exit 1; }
echo "peak RSS: $small kB on $(wc -c <"$tmp.small") bytes, $big kB on $(wc -c <"$tmp.big") bytes, $piped kB from a pipe"
[ "$big" -le $((small + 8192)) ] || { echo "memory grows with the document"; exit 1; }
[ "$piped" -le $((small + 8192)) ] || { echo "memory grows with a piped document"; exit 1; }
# The spool needs a temporary directory: without one, a clear error, status 1.
TMPDIR=/nonexistent/spk-tmp "$BIN/speakers" "$tmp.small" >/dev/null 2>"$tmp.err"
st=$?
[ $st -eq 1 ] || { echo "status $st without a temporary directory"; exit 1; }
grep -q '^speakers: cannot create a temporary file in /nonexistent/spk-tmp' "$tmp.err" ||
	{ echo "message: $(cat "$tmp.err")"; exit 1; }
