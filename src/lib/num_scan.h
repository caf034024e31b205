/* num_scan.h - finds the numeric expressions of one sentence and resolves them:
 * kind, exact value or range, comparison and hedge, scale word, unit or
 * currency, and the noun phrase that says what is counted. */
#ifndef NUM_SCAN_H
#define NUM_SCAN_H
#include <stddef.h>
#include "num_dec.h"

enum num_kind {
	NK_CARDINAL, NK_ORDINAL, NK_PERCENT, NK_MONEY, NK_YEAR, NK_DATE, NK_TIME,
	NK_FRACTION, NK_NAME, NK_NKINDS
};

extern const char *const num_kind_names[]; /* indexed by enum num_kind */

typedef struct num_expr {
	int kind;
	num_dec value;           /* unset for a range (low and high set instead) */
	num_dec low, high;       /* unset when absent */
	const char *vtext;       /* a value that is not a number: 2020-10-27, 14:14, end-1 */
	const char *cmp;         /* = ~ > >= < <= */
	const char *unit;        /* "%", an ISO currency, a unit of measurement, or "" */
	const char *refused;     /* not written, for this reason (a value that cannot be exact) */
	/* spans relative to the sentence; s == e when absent */
	size_t start, end;       /* the expression as written (hedge, number, scale, currency) */
	size_t hedge_s, hedge_e; /* "more than", "about", "or more" */
	size_t hedge2_s, hedge2_e; /* a second hedge after the number: "about 500 [or more]" */
	size_t scale_s, scale_e; /* "million", "hundreds of" */
	size_t noun_s, noun_e;   /* the head noun of what is counted */
	size_t phrase_s, phrase_e; /* its noun phrase */
} num_expr;

typedef struct num_scanner num_scanner;

typedef void num_emit_fn(void *ctx, const num_expr *e, const char *sentence);

enum { NUM_SCAN_RELATIVE = 1 }; /* also "last", "next", "previous" as ordinals */

num_scanner *num_scanner_new(int flags);
void num_scanner_free(num_scanner *s);
/* The offset of the first place in p[0..n) where an expression may start;
 * n when there is none, so that the caller can skip the text.  (A fast pass.) */
size_t num_scan_first(const num_scanner *s, const char *p, size_t n);
/* Calls emit for each expression of the sentence p[0..n), in text order.
 * Values live until the next call. */
void num_scan(num_scanner *s, const char *p, size_t n, num_emit_fn *emit, void *ctx);

#endif
