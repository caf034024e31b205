/* ng_assoc.h - association scores of an n-gram against its parts (ngrams --assoc).
 *
 * A bigram w1 w2 is scored from the 2x2 table NLTK's BigramAssocMeasures uses:
 *   o = count(w1 w2), a = count(w1), b = count(w2), total = tokens of the group.
 * An n-gram with n > 2 is scored as every binary split (w1..wk | wk+1..wn) of it,
 * each part counted as a unit; the split reported is the weakest one (lowest g2),
 * so a long formula is only as strong as its loosest joint. */
#ifndef NG_ASSOC_H
#define NG_ASSOC_H
#include <stdint.h>

typedef struct ng_scores {
	double pmi;       /* log2(o * total / (a * b)) */
	double t_score;   /* (o - a*b/total) / sqrt(o) */
	double g2;        /* log-likelihood, signed: negative when o < expected */
	double log_dice;  /* 14 + log2(2o / (a + b)) (Rychly 2008) */
} ng_scores;

/* Scores one split.  Needs o >= 1, a >= o, b >= o, total >= 1. */
void ng_assoc_score(uint64_t o, uint64_t a, uint64_t b, uint64_t total, ng_scores *s);

#endif
