#!/usr/bin/python3
"""Compares `ngrams --assoc` with NLTK's BigramAssocMeasures on the same input.

usage: ngrams_nltk_assoc.py SENTENCES.tsv NGRAMS_ASSOC.tsv

SENTENCES.tsv is `segment` output; its sentences are cut into the runs no
n-gram crosses by tests/ngrams/ngrams_ref.py (an independent reading of the
boundary rules) and handed to NLTK's BigramCollocationFinder.from_documents,
whose marginals are ngrams' own: word counts over all tokens, N = tokens.
Every bigram's four scores are compared; prints the largest differences."""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "ngrams"))
from ngrams_ref import runs  # noqa: E402
from nltk.collocations import BigramCollocationFinder  # noqa: E402
from nltk.metrics import BigramAssocMeasures as M  # noqa: E402

with open(sys.argv[1], encoding="utf-8") as f:
    finder = BigramCollocationFinder.from_documents(list(runs(f)))
scores = {name: dict(finder.score_ngrams(fn)) for name, fn in
          (("pmi", M.pmi), ("t_score", M.student_t), ("g2", M.likelihood_ratio),
           ("dice", M.dice))}
worst = {"pmi": 0.0, "t_score": 0.0, "g2": 0.0, "log_dice": 0.0}
seen = 0
with open(sys.argv[2], encoding="utf-8") as f:
    col = {name: i for i, name in enumerate(f.readline().rstrip("\n").split("\t"))}
    for line in f:
        r = line.rstrip("\n").split("\t")
        if r[col["n"]] != "2":
            continue
        key = tuple(r[col["term"]].split(" "))
        if key not in scores["pmi"]:
            print(f"  bigram {key} unknown to NLTK")
            sys.exit(1)
        seen += 1
        want = {"pmi": scores["pmi"][key], "t_score": scores["t_score"][key],
                "g2": scores["g2"][key], "log_dice": 14 + math.log2(scores["dice"][key])}
        got = {k: float(r[col[k]]) for k in worst}
        got["g2"] = abs(got["g2"])  # NLTK's is unsigned
        for k in worst:
            worst[k] = max(worst[k], abs(got[k] - want[k]))
if seen != len(scores["pmi"]):
    print(f"  ngrams has {seen} bigrams, NLTK {len(scores['pmi'])}")
    sys.exit(1)
print(f"  --assoc vs NLTK BigramAssocMeasures: {seen} bigrams, largest differences: " +
      ", ".join(f"{k} {v:.2g}" for k, v in worst.items()) + " (ngrams prints 4 decimals)")
sys.exit(0 if max(worst.values()) < 1e-4 else 1)
