#!/bin/sh
# No page debris inside a speech turn, over every transcript of $CORPUS: the
# footers, share buttons, front matter, END marks and editorial notes that the
# corpus families carry must land in title/meta/junk rows, never in speech.
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
tmp=${TMPDIR:-/tmp}/spk-debris.$$
trap 'rm -f "$tmp"' EXIT
for f in "$CORPUS"/*/*.txt; do "$BIN/speakers" -N --speech "$f"; done >"$tmp" || exit 1
bad=$(cut -f8 "$tmp" | grep -n -E 'Suggest to a friend|Related News:|Print E-mail|Adjust font size|Comment\(s\)|Copyright|Contact us Address|All News|Type Your Search|Privacy Policy|Follow on Twitter|Bookmark and Share|published_time:|source_url:|^---|\\n---|\\###|(^|\\n)END( |\\n|$)|(^|\\n)[0-9]{1,2}:[0-9]{2} [AP]\.M\.? [A-Z]{2,4}$|question was raised after|Home > ' | head -5)
if [ -n "$bad" ]; then
	echo "debris in speech turns:"
	echo "$bad" | cut -c1-200
	exit 1
fi
# the debris is there, in junk rows
for f in "$CORPUS"/*/*.txt; do "$BIN/speakers" -N "$f"; done | awk -F'\t' '$4 == "junk"' |
	grep -q 'Suggest to a friend' || { echo "mfa footers not found in junk rows"; exit 1; }
echo "no debris in $(wc -l <"$tmp") speech turns"
