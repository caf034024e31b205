#!/bin/sh
# On every file of the real corpus: segment | segment (re-segmenting its own
# output) gives the same spans as segment alone.
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0 fail=0
for f in "$CORPUS"/*/*.txt; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	segment "$f" | cut -f1,4,5 >"$tmp/once"
	segment "$f" | segment | cut -f1,4,5 >"$tmp/twice"
	if ! cmp -s "$tmp/once" "$tmp/twice"; then
		echo "differs: $f"
		diff "$tmp/once" "$tmp/twice" | head -5
		fail=1
	fi
done
[ $n -gt 0 ] || { echo "no .txt files under $CORPUS"; exit 77; }
echo "$n files"
exit $fail
