#!/bin/sh
# On pure-ASCII text termfreq counts what an independent ~20-line Python
# reference of the same rules counts (UAX #29 on ASCII: letters, digits and
# '_' stick together; ':' '.' ''' join letters, ',' ';' '.' ''' join digits;
# a single '-' joins two tokens; a token holds a letter or a digit; terms are
# lower-cased).  Random texts always; the ASCII lines of $CORPUS when present.
PY=/usr/bin/python3
[ -x $PY ] || { echo "no /usr/bin/python3"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cat >"$t/ref.py" <<'PYEOF'
import sys, collections
L = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"); D = set("0123456789")
W = L | D | {"_"}
def tokens(s):
    segs, i, n = [], 0, len(s)
    while i < n:
        if s[i] not in W: i += 1; continue
        j = i
        while True:
            while j < n and s[j] in W: j += 1
            if j + 1 < n and ((s[j-1] in L and s[j+1] in L and s[j] in ":.'") or
                              (s[j-1] in D and s[j+1] in D and s[j] in ",;.'")):
                j += 1; continue
            break
        segs.append((i, j, any(c in L or c in D for c in s[i:j]))); i = j
    out = []
    for k, (a, b, tok) in enumerate(segs):
        if not tok: continue
        if out and out[-1][1] + 1 == a and s[a-1] == "-" and out[-1][2] == k - 1:
            out[-1] = (out[-1][0], b, k)
        else:
            out.append((a, b, k))
    return [s[a:b].lower() for a, b, _ in out]
c = collections.Counter()
for line in open(sys.argv[1], encoding="ascii"):
    c.update(tokens(line))
for w, k in sorted(c.items()): print(f"{w}\t{k}")
PYEOF
cat >"$t/gen.py" <<'PYEOF'
import random, sys
random.seed(int(sys.argv[1]))
atoms = ["a", "b", "Z", "q", "0", "7", "_", ".", "'", ":", ",", ";", "-", " ", " ", "\n",
         "\t", "\"", "!", "(", "$", "--", "China's", "Five-Year", "3.5", "1,000", "e.g.", "U.S."]
print("".join(random.choice(atoms) for _ in range(20000)))
PYEOF
fail=0
check() {
	$PY "$t/ref.py" "$1" >"$t/want" || { echo "reference failed on $2"; fail=1; return; }
	termfreq -N --raw "$1" | cut -f1,2 | LC_ALL=C sort >"$t/got"
	LC_ALL=C sort "$t/want" -o "$t/want"
	if ! cmp -s "$t/want" "$t/got"; then
		echo "FAIL: $2 differs from the Python reference:"
		diff "$t/want" "$t/got" | head -10
		fail=1
	fi
}
for seed in 1 2 3 4 5 6 7 8; do
	$PY "$t/gen.py" $seed >"$t/rand.txt"
	check "$t/rand.txt" "random text (seed $seed)"
done
if [ -d "$CORPUS" ]; then
	find "$CORPUS" -name '*.txt' | LC_ALL=C sort | head -200 | xargs cat | LC_ALL=C grep -v '[^ -~	]' >"$t/corpus.txt"
	[ -s "$t/corpus.txt" ] && check "$t/corpus.txt" "ASCII lines of \$CORPUS ($(wc -l <"$t/corpus.txt") lines)"
else
	echo "note: \$CORPUS absent; random texts only"
fi
exit $fail
