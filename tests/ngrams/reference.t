#!/bin/sh
# On ASCII text, ngrams counts what an independent script counts with the same
# rules (ngrams_ref.py: tokens, clause boundaries and windows written anew;
# only the sentence splitter is shared, through `segment`).  The text: real
# briefings of $CORPUS folded to ASCII (curly quotes and dashes to their
# ASCII forms, anything else non-ASCII to a space).
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
py=/usr/bin/python3
[ -x $py ] || py=$(command -v python3) || { echo "no python3"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
ls "$CORPUS"/*/*.txt 2>/dev/null | awk 'NR % 7 == 1' | head -50 >"$t/list"
[ -s "$t/list" ] || { echo "no transcripts in $CORPUS"; exit 77; }
$py - "$t" <<'PY' || exit 1
import sys, os
out = sys.argv[1]
sys.stdin = open(os.path.join(out, "list"), encoding="utf-8")
fold = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " -- ",
        "\u2013": " -- ", "\u2026": "...", "\u00a0": " "}
for i, path in enumerate(l.strip() for l in sys.stdin):
    s = open(path, encoding="utf-8").read()
    s = "".join(c if ord(c) < 128 else fold.get(c, " ") for c in s)
    open(os.path.join(out, "%03d.txt" % i), "w", encoding="ascii").write(s)
PY
fail=0
for f in "$t"/[0-9]*.txt; do
	segment "$f"
done | awk 'NR == 1 || $0 !~ /^doc\tpara\tsent\tstart\tend\ttext$/' >"$t/sentences.tsv"
$py ./ngrams_ref.py 3 <"$t/sentences.tsv" | LC_ALL=C sort >"$t/want"
ngrams -N -n 1-3 "$t"/[0-9]*.txt | cut -f1-3 | LC_ALL=C sort >"$t/got"
if ! cmp -s "$t/want" "$t/got"; then
	echo "ngrams and ngrams_ref.py differ (< reference, > ngrams):"
	diff "$t/want" "$t/got" | head -20
	fail=1
fi
n=$(wc -l <"$t/got")
[ "$n" -gt 10000 ] || { echo "only $n n-grams: the comparison proves little"; fail=1; }
echo "$(wc -l <"$t/list") transcripts, $n distinct n-grams compared"
exit $fail
