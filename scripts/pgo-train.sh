#!/bin/sh
# scripts/pgo-train.sh BINDIR - the run that `make release` profiles: each
# program on the example briefings (ours, repeated to some 400 KB so that
# the steady state of the counting loops outweighs starting and reporting),
# with its default options and the common ones.
set -e
bin=$1
tmp=${TMPDIR:-/tmp}/briefkit-pgo.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt 100 ]; do
	cat examples/briefing.txt examples/briefing-2.txt
	i=$((i + 1))
done >"$tmp/train.txt"
t=$tmp/train.txt
"$bin/segment" "$t" >/dev/null
"$bin/speakers" "$t" >"$tmp/turns.tsv"
"$bin/speakers" --summary "$t" >/dev/null
"$bin/termfreq" "$t" >/dev/null
"$bin/termfreq" --by speaker -s "$tmp/turns.tsv" >/dev/null
"$bin/ngrams" "$t" >/dev/null
"$bin/ngrams" -j 1 "$t" >/dev/null
"$bin/ngrams" -n 2-4 --trim-stopwords --assoc "$t" >/dev/null
"$bin/numbers" "$t" >/dev/null
