#!/bin/sh
# A 100 MB input that is one single line: streams through, every sentence
# found, offsets exact.  Built in a temporary folder, removed afterwards.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# 100 bytes, one sentence with an abbreviation, a title, a decimal, a
# grouped number and a "No. 2" in it.
s='Dr. Lee said U.S. output rose 3.5 percent to 8,300 units (No. 2 in Asia) on Jan. 5 at 9 a.m. today. '
[ ${#s} -eq 100 ] || { echo "the sentence is ${#s} bytes, not 100"; exit 1; }
printf '%s' "$s$s$s$s$s$s$s$s$s$s" >"$tmp/k1"            # 1 KB
for i in 1 2 3; do cat "$tmp/k1" "$tmp/k1" "$tmp/k1" "$tmp/k1" "$tmp/k1" \
	"$tmp/k1" "$tmp/k1" "$tmp/k1" "$tmp/k1" "$tmp/k1" >"$tmp/k"; mv "$tmp/k" "$tmp/k1"; done  # 1 MB
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$tmp/k1"; done >"$tmp/m10"                # 10 MB
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$tmp/m10"; done >"$tmp/big"              # 100 MB
rm -f "$tmp/k1" "$tmp/m10"
[ "$(wc -c <"$tmp/big")" -eq 100000000 ] || { echo "input is not 100 MB"; exit 1; }
segment "$tmp/big" >"$tmp/out" || { echo "segment failed"; exit 1; }
rows=$(($(wc -l <"$tmp/out") - 1))
[ "$rows" -eq 1000000 ] || { echo "$rows sentences, want 1000000"; exit 1; }
last=$(tail -1 "$tmp/out" | cut -f4,5)
[ "$last" = "$(printf '99999900\t99999999')" ] || { echo "last span $last"; exit 1; }
"$TOOLS/tests/checkspans" --cover "$tmp/big" <"$tmp/out" || exit 1
echo "100 MB line: 1000000 sentences"
