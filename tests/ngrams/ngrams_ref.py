#!/usr/bin/python3
"""An independent count of n-grams for ASCII text (tests/ngrams/reference.t).

Reads `segment` output (one sentence a row) on stdin and prints
"term<TAB>n<TAB>count" for n = 1..N, N the first argument.  It shares only the
sentence splitter with ngrams; the rest is written from DESIGN.md's rules:
  - tokens: UAX #29 words as they fall on ASCII (letters and digits, joined by
    : . ' between letters, by . , ; ' between digits, by _), two tokens joined
    by a single hyphen are one, a token holds a letter or a digit;
  - terms: the token lower-cased;
  - no n-gram spans , ; : ( ) [ ] { } " or a dash ("--", " - ") between words.
"""
import re
import sys
from collections import Counter

TOKEN = re.compile(
    r"[A-Za-z0-9_]+(?:(?:(?<=[A-Za-z])[:.'](?=[A-Za-z])"
    r"|(?<=[0-9])[.,;'](?=[0-9])"
    r"|(?<=[A-Za-z0-9])-(?=[A-Za-z0-9]))[A-Za-z0-9_]+)*")
CLAUSE = re.compile(r'[,;:()\[\]{}"]|--|\s-\s')


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
                  .get(m.group(1), "\\" + m.group(1)), s)


def runs(stream):
    """The runs of terms no n-gram crosses, from `segment` output."""
    header = stream.readline().rstrip("\n").split("\t")
    col = header.index("text")
    for line in stream:
        text = unescape(line.rstrip("\n").split("\t")[col])
        run, prev_end = [], None
        for m in TOKEN.finditer(text):
            if not re.search(r"[A-Za-z0-9]", m.group()):
                continue
            if prev_end is not None and CLAUSE.search(text[prev_end:m.start()]):
                yield run
                run = []
            run.append(m.group().lower())
            prev_end = m.end()
        yield run


def main():
    nmax = int(sys.argv[1])
    counts = Counter()
    for r in runs(sys.stdin):
        for n in range(1, nmax + 1):
            for i in range(len(r) - n + 1):
                counts[(" ".join(r[i:i + n]), n)] += 1
    out = sys.stdout
    for (term, n), c in counts.items():
        out.write(f"{term}\t{n}\t{c}\n")


if __name__ == "__main__":
    main()
