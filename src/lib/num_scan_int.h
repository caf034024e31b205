/* num_scan_int.h - what the parts of the number scanner share: the scanner's
 * state, a number core, token tests, and the functions of each part
 * (num_core.c: numbers; num_hedge.c: hedges; num_affix.c: currency, percent,
 * units; num_date.c: dates, times; num_rel.c: relative ordinals; num_scan.c: the whole
 * expression).  Not for the programs: they use num_scan.h. */
#ifndef NUM_SCAN_INT_H
#define NUM_SCAN_INT_H
#include <stddef.h>
#include "mem.h"
#include "num_dec.h"
#include "num_scan.h"
#include "num_tok.h"

struct num_scanner {
	ntoks tk;
	num_arena *A;
	const char *p;
	size_t n;
	int flags;
	size_t floor;            /* tokens before it belong to earlier expressions */
	bk_buf digits;
	char vtext[2][48];
	num_emit_fn *emit;
	void *ctx;
};

/* A number core: the number itself, before hedges, currency and ranges. */
struct core {
	num_dec v;
	size_t i, j;             /* tokens [i, j) */
	int digits;              /* written with digits */
	int ndig;                /* digits of a plain integer (no separators), else 0 */
	int groups;              /* ",000" groups (for suspended hyphens) */
	int ordinal, fraction, decade, name;
	int one;                 /* the single word "one" */
	int word;                /* spelled with words */
	int vague;               /* "hundreds of" */
	size_t sc_i, sc_j;       /* scale word tokens */
	const char *unit;
	int cur;                 /* currency inside the core (glued) */
	const char *refused;     /* why its value cannot be given exactly */
};

#define T(j) (S->tk.v[(j)])
#define NT (S->tk.n)

/* ---- token tests ---- */

static inline int
role(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_WORD && num_tok_word(S->p, &T(j)) != NULL ? T(j).w->role : NW_NONE;
}

static inline int
wflags(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_WORD && num_tok_word(S->p, &T(j)) != NULL ? T(j).w->flags : 0;
}

static inline int
is_word(const num_scanner *S, size_t j, const char *w)
{
	if (j >= NT || T(j).t != T_WORD)
		return 0;
	size_t n = T(j).e - T(j).s;
	const char *p = S->p + T(j).s;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (w[i] == '\0' || c != w[i])
			return 0;
	}
	return w[n] == '\0';
}

static inline int
is_punct(const num_scanner *S, size_t j, unsigned ch)
{
	return j < NT && T(j).t == T_PUNCT && T(j).ch == ch;
}

static inline int
is_dash(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_PUNCT &&
	       (T(j).ch == '-' || T(j).ch == 0x2013 || T(j).ch == 0x2012 || T(j).ch == 0x2212);
}

static inline int
glued(const num_scanner *S, size_t j)
{
	return j < NT && !T(j).sp;
}

static inline size_t
tlen(const num_scanner *S, size_t j)
{
	return T(j).e - T(j).s;
}

static inline int
is_num(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_NUM;
}

/* The value of a NUM token of at most 9 digits, else -1. */
static inline long
small(const num_scanner *S, size_t j)
{
	if (!is_num(S, j) || tlen(S, j) > 9)
		return -1;
	long v = 0;
	for (uint32_t i = T(j).s; i < T(j).e; i++)
		v = v * 10 + (S->p[i] - '0');
	return v;
}

/* A word token that ends the sentence's phrase: punctuation or the end. */
static inline int
at_boundary(const num_scanner *S, size_t j)
{
	return j >= NT || (T(j).t == T_PUNCT && T(j).ch != '$' && T(j).ch != '-');
}

static inline int
is_spelled(int r)
{
	return r == NW_ZERO || r == NW_DIGIT || r == NW_TEEN || r == NW_TENS;
}

/* num_core.c */
int ns_parse_digits(num_scanner *S, size_t i, struct core *c);
size_t ns_parse_words(num_scanner *S, size_t i, struct core *c, int inner);
int ns_ordinal_suffix(const num_scanner *S, size_t j);
int ns_core_start(const num_scanner *S, size_t i);
size_t ns_parse_core(num_scanner *S, size_t i, struct core *c);

/* num_hedge.c */
const char *ns_hedge_before(const num_scanner *S, size_t i, size_t *hs);
const char *ns_hedge_after(const num_scanner *S, size_t j, size_t *end);
size_t ns_match_after(const num_scanner *S, size_t j, const char *const *w);

/* num_affix.c */
int ns_currency_before(const num_scanner *S, size_t j, size_t *next);
int ns_currency_after(const num_scanner *S, size_t j, size_t *next);
int ns_percent_after(const num_scanner *S, size_t j, size_t *next);
const char *ns_unit_after(const num_scanner *S, size_t j, size_t *next);
size_t ns_suffixes(num_scanner *S, size_t j, int *cur, int *pct, const char **unit);

/* num_date.c */
int ns_month_at(const num_scanner *S, size_t j);
size_t ns_date_time(num_scanner *S, size_t i);

/* num_rel.c: a relative ordinal at token i (all: every last, next, previous,
 * current); returns the token after it, or i */
size_t ns_relative(num_scanner *S, size_t i, int all);

#endif
