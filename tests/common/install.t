#!/bin/sh
# make install PREFIX=... DESTDIR=...: every program, man page and completion
# lands where it should, and every page renders without a warning.
cd ../.. || exit 1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
make -s install-files PREFIX=/opt/bk DESTDIR="$d" BINDIR="$BIN" >"$d/log" 2>&1 ||
	{ cat "$d/log"; exit 1; }
fail=0
for p in "$BIN"/*; do
	n=$(basename "$p")
	[ -x "$d/opt/bk/bin/$n" ] || { echo "missing bin/$n"; fail=1; }
	[ -f "$d/opt/bk/share/man/man1/$n.1" ] || { echo "missing man1/$n.1"; fail=1; }
	[ -f "$d/opt/bk/share/bash-completion/completions/$n" ] || { echo "missing completion $n"; fail=1; }
done
[ -f "$d/opt/bk/share/man/man7/briefkit.7" ] || { echo "missing man7/briefkit.7"; fail=1; }
for m in "$d"/opt/bk/share/man/man*/*; do
	w=$(MANWIDTH=80 man --warnings -l "$m" 2>&1 >/dev/null)
	[ -z "$w" ] || { echo "$m: $w"; fail=1; }
	[ -n "$(MANWIDTH=80 man -l "$m" 2>/dev/null | head -3)" ] || { echo "$m renders empty"; fail=1; }
done
# the installed program runs
printf 'One. Two.\n' | "$d/opt/bk/bin/segment" | grep -q 'Two\.' || { echo "installed segment fails"; fail=1; }
exit $fail
