#!/bin/sh
# Property over every transcript of $CORPUS: the rows of `speakers`, in order,
# cover every non-blank byte of the document, each row's text is exactly the
# bytes [start, end) of its document, and each label sits right before its
# text (checked by tests/tools/spk_check).  The same on the fixtures here.
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
check=$TOOLS/tests/spk_check
[ -x "$check" ] || { echo "spk_check not built"; exit 1; }
tmp=${TMPDIR:-/tmp}/spk-cov.$$
trap 'rm -f "$tmp"' EXIT
n=0
for f in "$CORPUS"/*/*.txt *.txt; do
	[ -f "$f" ] || continue
	case $f in invalid.txt | nul.txt) continue ;; esac
	"$BIN/speakers" "$f" >"$tmp" || { echo "speakers failed on $f"; exit 1; }
	"$check" "$tmp" >/dev/null || { echo "coverage broken in $f"; exit 1; }
	# and with --speech, the labels still sit before their texts
	"$BIN/speakers" --speech "$f" >"$tmp" && "$check" -s "$tmp" >/dev/null ||
		{ echo "--speech rows broken in $f"; exit 1; }
	# the shared offset checker agrees (it does not know labels: no --cover)
	if [ -x "$TOOLS/tests/checkspans" ]; then
		"$BIN/speakers" "$f" | ASAN_OPTIONS=detect_leaks=0 "$TOOLS/tests/checkspans" "$f" || { echo "checkspans: $f"; exit 1; }
	fi
	n=$((n + 1))
done
[ "$n" -gt 300 ] || { echo "only $n documents checked"; exit 1; }
echo "$n documents covered"
