"""Scores segment on a JSONL suite of {"id", "text", "sentences"} cases.

Usage: score_sentences.py SUITE.jsonl SEGMENT [-v]
Each case's text goes through `SEGMENT -N --raw`; the text column (unescaped)
gives the sentences.  Whitespace runs fold to one space on both sides."""
import json
import re
import subprocess
import sys


def unescape(field):
    return re.sub(r"\\([\\tnr])",
                  lambda m: {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[m.group(1)],
                  field)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    suite, segment = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    passed = total = 0
    for line in open(suite, encoding="utf-8"):
        if not line.strip():
            continue
        case = json.loads(line)
        total += 1
        out = subprocess.run([segment, "-N", "--raw"], input=case["text"].encode(),
                             stdout=subprocess.PIPE, check=True).stdout.decode()
        got = [fold(unescape(r.split("\t")[-1])) for r in out.splitlines()]
        want = [fold(s) for s in case["sentences"]]
        if got == want:
            passed += 1
        elif verbose:
            print(f"FAIL {case['id']} {case.get('name', '')}")
            print(f"  want {want}")
            print(f"  got  {got}")
    print(f"sentences-golden-en: {passed}/{total} cases pass")


if __name__ == "__main__":
    main()
