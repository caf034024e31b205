#!/bin/sh
# Property over the real corpus: for every row of `numbers`, the bytes
# [start, end) of the document are the unescaped text field; directly on each
# transcript, and through `segment | numbers`, where offsets must still point
# into the original file.  Also: every value, low and high is a plain decimal.
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
ls "$CORPUS"/*/*.txt | awk 'NR % 7 == 1' >"$t/files"
[ -s "$t/files" ] || { echo "no transcripts in $CORPUS"; exit 77; }
numbers --files-from="$t/files" >"$t/direct.tsv" || exit 1
while IFS= read -r f; do segment "$f"; done <"$t/files" | awk 'NR == 1 || !/^doc\tpara/' |
	numbers --tsv >"$t/piped.tsv" || exit 1
exec /usr/bin/python3 - "$t/direct.tsv" "$t/piped.tsv" <<'PY'
import re, sys
def unesc(s):
    return re.sub(r'\\([\\tnr])', lambda m: {'\\': '\\', 't': '\t', 'n': '\n', 'r': '\r'}[m.group(1)], s)
num = re.compile(r'^-?[0-9]+(\.[0-9]*[1-9])?$')
docs, bad, rows = {}, 0, 0
for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8').read().split('\n')
    head = lines[0].split('\t')
    col = {c: i for i, c in enumerate(head)}
    for ln in lines[1:]:
        if not ln:
            continue
        f = ln.split('\t')
        doc = f[col['doc']]
        if doc not in docs:
            docs[doc] = open(doc, 'rb').read()
        s, e = int(f[col['start']]), int(f[col['end']])
        text = unesc(f[col['text']]).encode('utf-8')
        rows += 1
        if docs[doc][s:e] != text:
            bad += 1
            if bad < 10:
                print('offset mismatch %s %d-%d: %r vs %r' % (doc, s, e, docs[doc][s:e], text))
        for c in ('value', 'low', 'high'):
            v = f[col[c]]
            if v and f[col['kind']] not in ('date', 'time') and not v.startswith(('end', 'current')) and not num.match(v):
                bad += 1
                print('not a plain decimal: %s %r in %s' % (c, v, ln[:200]))
print('%d rows checked, %d bad' % (rows, bad))
sys.exit(1 if bad or rows == 0 else 0)
PY
