#!/bin/sh
# What every briefkit program owes its users (DESIGN.md, "Conventions"):
# --help and --version, status 2 on bad usage, status 1 with FILE:LINE:COL on
# invalid UTF-8 and NUL bytes, U+FFFD with --invalid=replace, status 1 on a full
# disk, a quiet status 0 on a closed pipe, an empty input, BOM and CRLF.
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
bad() { echo "FAIL $*"; fail=1; }

printf 'Good afternoon. The ministry held 3 briefings.\n' >"$t/ok.txt"
printf 'Good after\200noon.\n' >"$t/bad.txt"
printf 'Good\000afternoon.\n' >"$t/nul.txt"
: >"$t/empty.txt"
i=0
while [ $i -lt 3000 ]; do echo "Sentence number $i is here. Another sentence follows it."; i=$((i + 1)); done >"$t/long.txt"

for p in "$BIN"/*; do
	[ -x "$p" ] || continue
	n=$(basename "$p")
	"$p" --help >"$t/o" 2>"$t/e" || bad "$n --help: status $?"
	grep -q "^Usage: $n" "$t/o" || bad "$n --help: no 'Usage: $n' line"
	"$p" --version >"$t/o" 2>"$t/e" || bad "$n --version: status $?"
	grep -q "^$n (briefkit) [0-9]" "$t/o" || bad "$n --version: $(cat "$t/o")"
	"$p" --no-such-option <"$t/ok.txt" >"$t/o" 2>"$t/e"
	[ $? = 2 ] || bad "$n: unknown option should exit 2"
	grep -q "Try '$n --help'" "$t/e" || bad "$n: unknown option message: $(cat "$t/e")"
	"$p" "$t/no-such-file" >"$t/o" 2>"$t/e"
	[ $? = 1 ] || bad "$n: missing file should exit 1"
	grep -q "^$n: $t/no-such-file: No such file or directory" "$t/e" || bad "$n: missing file message: $(cat "$t/e")"

	"$p" "$t/bad.txt" >"$t/o" 2>"$t/e"
	[ $? = 1 ] || bad "$n: invalid UTF-8 should exit 1"
	grep -q "^$n: $t/bad.txt:1:11: invalid UTF-8 (byte 0x80)" "$t/e" || bad "$n: invalid UTF-8 message: $(cat "$t/e")"
	"$p" --invalid=replace "$t/bad.txt" >"$t/o" 2>"$t/e" || bad "$n --invalid=replace: status $?"
	grep -q "warning: invalid UTF-8 replaced" "$t/e" || bad "$n --invalid=replace: no warning"
	"$p" "$t/nul.txt" >"$t/o" 2>"$t/e"
	[ $? = 1 ] || bad "$n: NUL byte should exit 1"
	grep -q "1:5: NUL byte" "$t/e" || bad "$n: NUL message: $(cat "$t/e")"

	"$p" "$t/empty.txt" >"$t/o" 2>"$t/e" || bad "$n: empty file: status $?"
	[ -s "$t/e" ] && bad "$n: empty file: stderr $(cat "$t/e")"
	"$p" -N "$t/empty.txt" >"$t/o" 2>&1 || bad "$n -N: status $?"

	"$p" "$t/ok.txt" >/dev/full 2>"$t/e"
	[ $? = 1 ] || bad "$n: /dev/full should exit 1"
	grep -q "^$n: write error: No space left on device" "$t/e" || bad "$n: /dev/full message: $(cat "$t/e")"

	# a closed pipe: the program ends quietly, with status 0
	st=$( { "$p" "$t/long.txt" "$t/long.txt" 2>"$t/e"; echo $? >"$t/st"; } | head -1 >/dev/null; cat "$t/st")
	[ "$st" = 0 ] || bad "$n: closed pipe: status $st"
	[ -s "$t/e" ] && bad "$n: closed pipe: stderr $(cat "$t/e")"

	# standard input by '-' and by no operand give the same result
	"$p" - <"$t/ok.txt" >"$t/o1" 2>/dev/null
	"$p" <"$t/ok.txt" >"$t/o2" 2>/dev/null
	cmp -s "$t/o1" "$t/o2" || bad "$n: '-' and no operand differ"
done
exit $fail
