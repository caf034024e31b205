#!/bin/sh
# A batch over the whole real corpus, for every program: status 0, and for the
# row-level programs the offset invariant on every row (checkspans).
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
find "$CORPUS" -name '*.txt' -type f | sort >"$t/list"
n=$(wc -l <"$t/list")
[ "$n" -gt 0 ] || { echo "no transcripts in $CORPUS"; exit 77; }
fail=0
for p in "$BIN"/*; do
	name=$(basename "$p")
	"$p" --files-from="$t/list" >"$t/out" 2>"$t/err"
	st=$?
	if [ $st != 0 ] || [ -s "$t/err" ]; then
		echo "FAIL $name over $n files: status $st"; head -5 "$t/err"; fail=1; continue
	fi
	if head -1 "$t/out" | grep -q "	start	end	text$"; then
		# checkspans takes the documents in the order of the list
		tr '\n' '\0' <"$t/list" |
			xargs -0 sh -c 'exec "$0" "$@" <"'"$t/out"'"' "$TOOLS/tests/checkspans" >"$t/chk" 2>&1 ||
			{ echo "FAIL $name: offsets"; head -5 "$t/chk"; fail=1; continue; }
	fi
	echo "ok $name: $n files, $(($(wc -l <"$t/out") - 1)) rows"
done
exit $fail
