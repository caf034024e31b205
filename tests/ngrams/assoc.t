#!/bin/sh
# Every --assoc row of real briefings agrees with the formulas of ngrams(1),
# recomputed here with awk from the counts the row shows; and for n > 2 the
# split shown is the weakest (no other split has a lower g2).
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
ls "$CORPUS"/*/*.txt 2>/dev/null | awk 'NR % 10 == 0' | head -20 >"$t/files"
[ -s "$t/files" ] || { echo "no transcripts in $CORPUS"; exit 77; }
ngrams -n 1-4 --assoc --files-from "$t/files" >"$t/out" || exit 1
awk -F'\t' '
function log2(x) { return log(x) / log(2) }
function cell(o, e) { return o > 0 && e > 0 ? o * log(o / e) : 0 }
function g2(o, a, b, n,   e, g) {
	e = a * b / n
	g = cell(o, e) + cell(a - o, a * (n - b) / n) + cell(b - o, (n - a) * b / n)
	g = 2 * (g + cell(n - a - b + o, (n - a) * (n - b) / n))
	if (g < 0) g = 0
	return o < e ? -g : g
}
function near(x, y) { d = x - y; if (d < 0) d = -d; return d <= 0.00006 + 1e-9 * (y < 0 ? -y : y) }
NR == 1 { next }
{ count[$1] = $3 }
$2 == 1 && ($8 != "" || $12 != "") { print "unigram with scores: " $0; bad++ }
$2 > 1 { rows[++nr] = $0 }
END {
	for (i = 1; i <= nr; i++) {
		split(rows[i], f, "\t")
		o = f[3]; k = f[8]; a = f[9]; b = f[10]; n = f[11]
		nw = split(f[1], w, " ")
		left = w[1]; for (j = 2; j <= k; j++) left = left " " w[j]
		right = w[k + 1]; for (j = k + 2; j <= nw; j++) right = right " " w[j]
		if (count[left] != a || count[right] != b) { print "parts miscounted: " rows[i]; bad++ }
		e = a * b / n
		ok = near(f[12], log2(o * n / (a * b))) && near(f[13], (o - e) / sqrt(o))
		ok = ok && near(f[14], g2(o, a, b, n)) && near(f[15], 14 + log2(2 * o / (a + b)))
		if (!ok) {
			print "scores differ: " rows[i]; bad++
		}
		for (s = 1; s < nw; s++) {
			l = w[1]; for (j = 2; j <= s; j++) l = l " " w[j]
			r = w[s + 1]; for (j = s + 2; j <= nw; j++) r = r " " w[j]
			if (g2(o, count[l], count[r], n) < f[14] - 0.00006) { print "not the weakest split: " rows[i]; bad++ }
		}
		checked++
		if (bad > 10) exit 1
	}
	print checked " rows checked"
	exit bad > 0 || checked < 1000
}' "$t/out"
