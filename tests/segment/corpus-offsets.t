#!/bin/sh
# On every file of the real corpus: bytes [start,end) of the document equal the
# text of every row, and the rows leave out nothing but whitespace - for
# sentences, for paragraphs, and through two pipeline stages.
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
check=$TOOLS/tests/checkspans
n=0 fail=0
for f in "$CORPUS"/*/*.txt; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	segment "$f" | "$check" --cover "$f" || { echo "sentences: $f"; fail=1; }
	segment -u paragraph "$f" | "$check" --cover "$f" || { echo "paragraphs: $f"; fail=1; }
	segment -u paragraph "$f" | segment | "$check" --cover "$f" || { echo "two stages: $f"; fail=1; }
done
[ $n -gt 0 ] || { echo "no .txt files under $CORPUS"; exit 77; }
echo "$n files"
exit $fail
