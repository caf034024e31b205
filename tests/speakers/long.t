#!/bin/sh
# A 10 MB document on one line, with no label: one unknown turn, offsets exact.
# The same line after a label: one turn of that speaker.  A closed pipe ends
# quietly with status 0.
tmp=${TMPDIR:-/tmp}/spk-long.$$
trap 'rm -f "$tmp" "$tmp.out"' EXIT
awk 'BEGIN { s = "The committee met again today and agreed on the plan. "; n = int(10000000 / length(s)) + 1; for (i = 0; i < n; i++) printf "%s", s; printf "\n" }' >"$tmp"
"$BIN/speakers" -N "$tmp" >"$tmp.out" || { echo "status $? on a 10 MB line"; exit 1; }
[ "$(wc -l <"$tmp.out")" -eq 1 ] || { echo "expected one row"; exit 1; }
size=$(wc -c <"$tmp")
awk -F'\t' -v e=$((size - 2)) '$4 == "unknown" && $6 == 0 && $7 == e { ok = 1 } END { exit !ok }' "$tmp.out" ||
	{ echo "row is not one unknown turn over the line:"; cut -f1-7 "$tmp.out"; exit 1; }
{ printf 'MS. VARGA:  '; cat "$tmp"; } >"$tmp.2" && mv "$tmp.2" "$tmp"
"$BIN/speakers" -N "$tmp" | cut -f2-5 >"$tmp.out"
[ "$(cat "$tmp.out")" = "$(printf '1\tVarga\tofficial\tMS. VARGA:')" ] ||
	{ echo "labelled long line: $(cat "$tmp.out")"; exit 1; }
# a closed pipe: no message (the status of a pipeline is that of head)
"$BIN/speakers" --raw "$tmp" "$tmp" "$tmp" 2>"$tmp.out" | head -c 10 >/dev/null
[ ! -s "$tmp.out" ] || { echo "message on a closed pipe: $(cat "$tmp.out")"; exit 1; }
# a full disk
if [ -w /dev/full ]; then
	"$BIN/speakers" statement.txt >/dev/full 2>"$tmp.out" && { echo "no failure on /dev/full"; exit 1; }
	grep -q 'speakers:' "$tmp.out" || { echo "no message on /dev/full"; exit 1; }
fi
echo "10 MB line ok"
