#!/bin/sh
# segment -j N writes byte for byte what segment -j 1 writes: the threads
# split batches of about 256 KB in parallel and must put the rows back in
# input order, numbered on across batch boundaries.  Inputs are made large
# enough for many batches: the fixtures repeated (always), and the real
# corpus (when present), as many documents and as one long stream.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

# same NAME INPUT-ARGS...: -j 1 against -j 2, 3, 8 and the default (standard
# input from $STDIN when set)
same() {
	name=$1 bad=0
	shift
	segment -j 1 "$@" <"${STDIN:-/dev/null}" >"$tmp/one" 2>"$tmp/one.err"
	st1=$?
	rows=$(wc -l <"$tmp/one")
	if [ "$rows" -lt 1000 ]; then
		echo "$name: only $rows rows with -j 1 (status $st1)"
		fail=1
		return
	fi
	for j in 2 3 8 default; do
		if [ $j = default ]; then
			segment "$@" <"${STDIN:-/dev/null}" >"$tmp/many" 2>"$tmp/many.err"
		else
			segment -j $j "$@" <"${STDIN:-/dev/null}" >"$tmp/many" 2>"$tmp/many.err"
		fi
		st=$?
		if [ $st != $st1 ] || ! cmp -s "$tmp/one" "$tmp/many" ||
		   ! cmp -s "$tmp/one.err" "$tmp/many.err"; then
			echo "$name: -j $j differs from -j 1 (status $st, not $st1)"
			cmp "$tmp/one" "$tmp/many" 2>&1 | head -2
			fail=1 bad=1
		fi
	done
	[ $bad = 0 ] && echo "$name: $rows rows, the same with 1, 2, 3, 8 and default threads"
}

# the fixtures 200 times over: one raw document of a few MB (many batches)
here=$(pwd)
i=0
: >"$tmp/fixtures.txt"
while [ $i -lt 200 ]; do
	cat "$here"/*.txt "$here"/../../examples/*.txt >>"$tmp/fixtures.txt" 2>/dev/null
	i=$((i + 1))
done
size=$(wc -c <"$tmp/fixtures.txt")
[ "$size" -gt 1000000 ] || { echo "fixtures make only $size bytes"; exit 1; }
same "fixtures (one document)" --invalid=replace "$tmp/fixtures.txt"
same "fixtures -u paragraph" --invalid=replace -u paragraph "$tmp/fixtures.txt"
same "fixtures --newline=always" --invalid=replace --newline=always "$tmp/fixtures.txt"
STDIN=$tmp/fixtures.txt same "fixtures --newline=never, stdin" --invalid=replace --newline=never -
# a paragraph of over 1 MB (one line) between ordinary ones: split by the
# reader itself once the batches before it are written
printf '%s' 'The minister said the talks went well, and Mr. Li agreed. ' >"$tmp/line"
i=0
while [ $i -lt 15 ]; do cat "$tmp/line" "$tmp/line" >"$tmp/line2"; mv "$tmp/line2" "$tmp/line"; i=$((i + 1)); done
{ cat "$tmp/fixtures.txt"; printf '\n\n'; cat "$tmp/line"; printf '\n\n'; cat "$tmp/fixtures.txt"
  printf '\n\n'; cat "$tmp/line"; } >"$tmp/huge.txt"
same "a 1.9 MB paragraph among others" --invalid=replace "$tmp/huge.txt"
# TSV: every paragraph a record, re-segmented (pass-through columns, fragments)
segment -j 1 -u paragraph --invalid=replace "$tmp/fixtures.txt" 2>/dev/null | cut -f1,4- >"$tmp/paras.tsv"
same "fixtures, TSV of paragraphs" "$tmp/paras.tsv"
# many small documents, and an input that fails in the middle (status 1)
set --
for f in "$here"/*.txt "$here"/../../examples/*.txt; do set -- "$@" "$f"; done
args="$*"
set --
i=0
while [ $i -lt 40 ]; do
	for f in $args; do set -- "$@" "$f"; done
	i=$((i + 1))
done
same "fixtures as $# documents" "$@"

if [ -d "$CORPUS" ]; then
	set --
	for f in "$CORPUS"/*/*.txt; do [ -f "$f" ] && set -- "$@" "$f"; done
	if [ $# -gt 0 ]; then
		same "corpus, $# documents" "$@"
		same "corpus, $# documents, -u paragraph" -u paragraph "$@"
		same "corpus, $# documents, --meta" --meta "$@"
		cat "$@" >"$tmp/corpus.txt"
		STDIN=$tmp/corpus.txt same "corpus as one stream" --doc=all -
	fi
else
	echo "no corpus at $CORPUS: fixtures only"
fi
exit $fail
