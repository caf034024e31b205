#!/bin/sh
# On every file of the real corpus: the sentences of paragraph k lie inside
# paragraph k and cover it from its first byte to its last (with --cover in
# corpus-offsets.t: every non-blank byte of each paragraph is in a sentence).
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0 fail=0
for f in "$CORPUS"/*/*.txt; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	segment -N -u paragraph "$f" | cut -f2,4,5 >"$tmp/p"
	segment -N "$f" | cut -f2,4,5 >"$tmp/s"
	awk -F'\t' -v f="$f" '
	NR == FNR { ps[$1] = $2; pe[$1] = $3; np++; next }
	{
		if (!($1 in ps) || $2 + 0 < ps[$1] + 0 || $3 + 0 > pe[$1] + 0) {
			print f ": sentence " FNR " (" $2 "," $3 ") outside paragraph " $1; bad = 1
		}
		if (!($1 in lo) || $2 + 0 < lo[$1]) lo[$1] = $2 + 0
		if ($3 + 0 > hi[$1]) hi[$1] = $3 + 0
	}
	END {
		for (k in ps)
			if (lo[k] != ps[k] + 0 || hi[k] != pe[k] + 0) {
				print f ": paragraph " k " (" ps[k] "," pe[k] ") covered " lo[k] "," hi[k]; bad = 1
			}
		exit bad
	}' "$tmp/p" "$tmp/s" || fail=1
done
[ $n -gt 0 ] || { echo "no .txt files under $CORPUS"; exit 77; }
echo "$n files"
exit $fail
