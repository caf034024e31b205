#!/bin/sh
# Every example in the man pages and the README runs, and prints what its gold
# file says.  An example is a line "$ COMMAND" inside a literal display of a
# man page, or an indented "    $ COMMAND" line of README.md; it runs from the
# top of the repository with bin/ first on PATH.  Its gold file is named by the
# page and a checksum of the command, so examples can be added anywhere without
# renaming the others.  UPDATE=1 rewrites the gold.
cd ../.. || exit 1
gold=tests/docs/gold
fail=0 n=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
for page in man/*.[17] README.md; do
	[ -f "$page" ] || continue
	base=$(basename "$page")
	case $page in
	*.md) sed -n 's/^    \$ //p' "$page" ;;
	*) sed -n 's/^\$ //p' "$page" | sed 's/\\e/\\/g; s/\\-/-/g; s/\\(aq/'"'"'/g' ;;
	esac >"$t/examples"
	k=0
	while IFS= read -r cmd; do
		k=$((k + 1)) n=$((n + 1))
		g=$gold/$base.$(printf '%s' "$cmd" | cksum | cut -d' ' -f1)
		echo "$g" >>"$t/used"
		PATH="$BIN:$PATH" sh -c "$cmd" >"$t/out" 2>"$t/err" </dev/null
		st=$?
		{ cat "$t/out"; [ $st = 0 ] || echo "[status $st]"; } >"$t/got"
		if [ -n "${UPDATE:-}" ]; then
			mkdir -p "$gold"
			printf '$ %s\n' "$cmd" >"$g"
			cat "$t/got" >>"$g"
		fi
		printf '$ %s\n' "$cmd" >"$t/want-cmd"
		if [ ! -f "$g" ]; then
			echo "FAIL $page example $k: no gold file $g: $cmd"; fail=1
		elif ! { cat "$t/want-cmd" "$t/got" | cmp -s - "$g"; }; then
			echo "FAIL $page example $k: $cmd"
			cat "$t/want-cmd" "$t/got" | diff -u "$g" - | head -15
			fail=1
		elif [ $st != 0 ]; then
			echo "FAIL $page example $k exits $st: $cmd"; cat "$t/err"; fail=1
		fi
	done <"$t/examples"
done
# a gold file no example uses is left over from an example that changed
for g in "$gold"/*; do
	[ -f "$g" ] || continue
	grep -qxF "$g" "$t/used" 2>/dev/null && continue
	if [ -n "${UPDATE:-}" ]; then rm -f "$g"; else echo "FAIL stale gold file $g"; fail=1; fi
done
echo "$n examples"
exit $fail
