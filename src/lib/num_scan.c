/* num_scan.c - the numeric expressions of a sentence (see num_scan.h).
 *
 * The sentence is tokenized (num_tok.c); then, left to right, each token that
 * can start a number is tried: dates and times first, then a number core
 * (digits with separators, or spelled words), its scale words, currency, percent
 * or unit, a range partner, and the hedges before and after it.  What is left
 * decides the kind, and the words after it give the counted noun. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num_noun.h"
#include "num_scan_int.h"

const char *const num_kind_names[] = {
	"cardinal", "ordinal", "percent", "money", "year", "date", "time", "fraction", "name"
};

num_scanner *
num_scanner_new(int flags)
{
	num_scanner *s = bk_xcalloc(1, sizeof *s);
	s->A = num_arena_new();
	s->flags = flags;
	return s;
}

void
num_scanner_free(num_scanner *s)
{
	if (s == NULL)
		return;
	free(s->tk.v);
	bk_buf_free(&s->digits);
	num_arena_free(s->A);
	free(s);
}


/* ---- the expression ---- */

struct expr {
	num_expr e;
	struct core c;
	size_t i, j;             /* tokens [i, j) of the whole span */
	int cur, pct;
};

/* Is this core the idiomatic "one" that counts nothing ("one of the", "no one")? */
static int
idle_one(const num_scanner *S, const struct core *c)
{
	size_t i = c->i, j = c->j;
	static const char *const prev[] = {
		"no", "any", "every", "the", "which", "each", "last", "next",
		"another", "someone", "anyone", "little", "big", "that's", "no-", "such", "what", NULL
	};
	static const char *const next[] = {
		"another", "thing", "things", "point", "way", "hand", "side", "after", "by", "day",
		"time", "moment", "sort", "kind", "reason", "question", "more", NULL
	};
	if (i > 0)
		for (size_t k = 0; prev[k] != NULL; k++)
			if (is_word(S, i - 1, prev[k]))
				return 1;
	if (is_punct(S, j, '-') && glued(S, j))
		return 0;
	if (j >= NT || T(j).t != T_WORD)
		return 1;
	if (is_word(S, j, "last"))
		return 0; /* one last time */
	for (size_t k = 0; next[k] != NULL; k++)
		if (is_word(S, j, next[k]))
			return !(is_word(S, j, "more") || is_word(S, j, "last")) ? 1 :
			       !(i > 0 && (is_word(S, i - 1, "than") || is_word(S, i - 1, "least")));
	if (T(j).w != NULL && (T(j).w->flags & (NF_STOP | NF_VERB)) && role(S, j) != NW_A)
		return !(is_word(S, j, "or") && ns_core_start(S, j + 1)) &&
		       !(is_word(S, j, "and") && ns_core_start(S, j + 1)) &&
		       !(is_word(S, j, "in") && ns_core_start(S, j + 1));
	return 0;
}

static int
time_unit(const num_scanner *S, size_t j)
{
	static const char *const units[] = {
		"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
		"time", "term", "dose", "shot", "page", "point", "percent", NULL
	};
	for (size_t k = 0; units[k] != NULL; k++)
		if (is_word(S, j, units[k]))
			return 1;
	return 0;
}

/* Label words before a number that make it a name: Article 23, Resolution 2231. */
static int
label_before(const num_scanner *S, size_t i)
{
	static const char *const labels[] = {
		"article", "resolution", "chapter", "section", "title", "phase", "room", "paragraph",
		"rule", "annex", "protocol", "no", "number", "flight", "route", "level", "stage",
		"category", "item", "clause", "building", "gate", "terminal", "line", "version",
		"amendment", "part", "volume", "page", "case", "exhibit", "schedule", "highway",
		"interstate", "tier", "grade", "unit", "block", "district", "precinct", NULL
	};
	if (i == 0 || !T(i - 1).cap || T(i - 1).t != T_WORD)
		return 0;
	for (size_t k = 0; labels[k] != NULL; k++)
		if (is_word(S, i - 1, labels[k]))
			return 1;
	return 0;
}

static void
set_bounds(num_expr *e)
{
	if (strcmp(e->cmp, ">") == 0 || strcmp(e->cmp, ">=") == 0)
		e->low = e->value;
	else if (strcmp(e->cmp, "<") == 0 || strcmp(e->cmp, "<=") == 0)
		e->high = e->value;
}

/* The noun phrase of an expression ending at token j. */
static void
noun(num_scanner *S, num_expr *e, size_t j, int singular)
{
	num_np np;
	size_t k = j;
	if (e->kind == NK_PERCENT || (e->kind == NK_FRACTION && is_word(S, k, "of"))) {
		/* 45 percent of Americans; two thirds of the members; but three and a
		 * half years counts years */
		if (!is_word(S, k, "of"))
			return;
		k++;
		static const char *const det[] = {
			"the", "all", "our", "those", "these", "their", "your", "its", "his", "her", "my",
			"this", "that", "them", "us", NULL
		};
		for (size_t d = 0; det[d] != NULL; d++)
			if (is_word(S, k, det[d])) {
				k++;
				break;
			}
		singular = 0;
	} else if (is_punct(S, k, '-') && glued(S, k) && k + 1 < NT && T(k + 1).t == T_WORD && glued(S, k + 1)) {
		/* a 14-day period: the counted unit is "day" */
		k++;
		e->noun_s = e->phrase_s = T(k).s;
		e->noun_e = e->phrase_e = T(k).e;
		return;
	}
	if (!num_noun_phrase(S->p, &S->tk, k, NT, singular, &np))
		return;
	e->noun_s = T(np.head).s;
	e->noun_e = T(np.head).e;
	e->phrase_s = T(np.first).s;
	e->phrase_e = T(np.last).e;
}

/* Capitalized words after a digit ordinal: the 13th Five-Year Plan.  Returns
 * the token after the name, or j when there is none. */
static size_t
name_after(const num_scanner *S, size_t j)
{
	size_t k = j;
	while (k < NT && T(k).t == T_WORD && (T(k).cap || (k > j && T(k).t == T_WORD && !T(k).sp))) {
		if (role(S, k) == NW_MONTH)
			break;
		k++;
		while (is_punct(S, k, '-') && glued(S, k) && k + 1 < NT && glued(S, k + 1) && T(k + 1).t == T_WORD)
			k += 2;
	}
	return k;
}

static int
try_expr(num_scanner *S, size_t i0, size_t *next)
{
	num_arena *A = S->A;
	struct expr x;
	memset(&x, 0, sizeof x);
	num_expr *e = &x.e;
	size_t i = i0, j;
	int neg = 0;
	e->unit = "";
	e->cmp = "=";

	/* currency sign or code, then sign */
	x.cur = ns_currency_before(S, i, &j);
	if (x.cur)
		i = j;
	if ((is_punct(S, i, '-') || is_punct(S, i, 0x2212)) && is_num(S, i + 1) && glued(S, i + 1) &&
	    (T(i).sp || i == 0) && !x.cur) {
		neg = 1;
		i++;
	} else if (role(S, i) == NW_NEG && ns_core_start(S, i + 1) && !x.cur) {
		neg = 1;
		i++;
	}
	if (!ns_core_start(S, i))
		return 0;
	size_t ce = ns_parse_core(S, i, &x.c);
	if (ce == i)
		return 0;
	struct core *c = &x.c;
	if (c->refused != NULL) {
		e->refused = c->refused;
		e->start = T(i0).s;
		e->end = T(ce - 1).e;
		S->emit(S->ctx, e, S->p);
		*next = ce;
		return 1;
	}
	if (neg)
		c->v.neg = num_dec_is_zero(&c->v) ? 0 : 1;
	j = ce;

	/* glued name prefixes: G20, COVID-19, H1N1 */
	if (c->digits && i > 0 && !T(i).sp && !x.cur && !neg) {
		size_t s = i;
		if (T(i - 1).t == T_WORD)
			s = i - 1;
		else if (is_dash(S, i - 1) && i >= 2 && !T(i - 1).sp && T(i - 2).t == T_WORD)
			s = i - 2;
		if (s != i && (wflags(S, s) & (NF_STOP | NF_VERB)))
			s = i; /* 42-and-0 */
		if (s != i && s >= S->floor) {
			if (is_word(S, s, "mid") || is_word(S, s, "post") || is_word(S, s, "pre")) {
				/* mid-2019: a year, said below */
			} else {
				while (s > S->floor && !T(s).sp && (T(s - 1).t == T_WORD || T(s - 1).t == T_NUM ||
				       (is_dash(S, s - 1) && s >= 2)))
					s--;
				c->name = 1;
				x.i = s;
			}
		}
	}
	if (c->name) {
		if (x.i == 0 && x.c.i != 0 && !(i > 0 && T(i - 1).t == T_WORD && !T(i).sp))
			x.i = i;
		if (x.i == 0)
			x.i = i;
		while (j < NT && !T(j).sp && (T(j).t == T_WORD || T(j).t == T_NUM ||
		       (is_dash(S, j) && j + 1 < NT && !T(j + 1).sp && T(j + 1).t != T_PUNCT)))
			j++;
		e->kind = NK_NAME;
		e->value = c->v;
		e->start = T(x.i).s;
		e->end = T(j - 1).e;
		S->emit(S->ctx, e, S->p);
		*next = j;
		return 1;
	}
	/* people-first, number-one: a spelled number inside a compound word */
	if (c->word && i > 1 && is_punct(S, i - 1, '-') && glued(S, i - 1) && glued(S, i) &&
	    T(i - 2).t == T_WORD && !is_spelled(role(S, i - 2)) && role(S, i - 2) != NW_HUNDRED)
		return 0;
	/* one-stop, one-and-done: only one-year, one-day... count */
	if (c->one && is_punct(S, ce, '-') && glued(S, ce) && glued(S, ce + 1) && !time_unit(S, ce + 1))
		return 0;
	if (c->ordinal && c->word && (is_word(S, ce, "lady") || is_word(S, ce, "ladies") ||
	    is_word(S, ce, "responders") || is_word(S, ce, "responder") || is_word(S, ce, "gentleman")))
		return 0; /* titles, not ranks: First Lady, first responders */
	if (c->one && idle_one(S, c) && !x.cur && !neg) {
		/* "at least one of them" counts; "brought about one of the" does not */
		size_t hs;
		const char *hc = ns_hedge_before(S, i0, &hs);
		if (hc == NULL || strcmp(hc, "~") == 0)
			return 0;
	}

	/* suffixes: currency word, percent, unit */
	j = ns_suffixes(S, j, &x.cur, &x.pct, &c->unit);
	/* 132-plus */
	size_t plus = 0;
	if (is_punct(S, j, '-') && glued(S, j) && is_word(S, j + 1, "plus") && glued(S, j + 1)) {
		plus = j + 1;
		j += 2;
	}
	/* a trillion-dollar package, a 10-percent cut */
	if (is_punct(S, j, '-') && glued(S, j) && glued(S, j + 1) && !x.cur && !x.pct) {
		size_t nx2;
		int k;
		if ((k = ns_currency_after(S, j + 1, &nx2)) != 0 && nx2 == j + 2) {
			x.cur = k;
			j = nx2;
		} else if ((k = ns_percent_after(S, j + 1, &nx2)) != 0) {
			x.pct = k;
			j = nx2;
		}
	}
	if (x.cur && c->unit)
		c->unit = NULL;

	/* hedge before */
	size_t hs = (size_t)-1;
	const char *cmp = NULL;
	int modifier = is_punct(S, j, '-') && glued(S, j) && j + 1 < NT && T(j + 1).t == T_WORD && glued(S, j + 1) &&
	               !is_word(S, j + 1, "plus");
	if (!modifier && !c->ordinal)
		cmp = ns_hedge_before(S, i0, &hs);
	x.i = hs != (size_t)-1 ? hs : i0;

	/* ranges: 3 to 5 percent, 2016-2020, between 20 and 30, $3 billion to $5 billion,
	 * and suspended hyphens: 5- to 10,000 */
	int between = hs != (size_t)-1 && (is_word(S, hs, "between"));
	if (!between && i0 > S->floor && (is_word(S, i0 - 1, "between") || is_word(S, i0 - 1, "from"))) {
		if (i0 - 1 >= S->floor) {
			between = is_word(S, i0 - 1, "between") ? 1 : 2;
			x.i = i0 - 1;
		}
	}
	size_t rj = j;
	int suspended = 0;
	if (c->digits && is_punct(S, rj, '-') && glued(S, rj) && rj + 1 < NT && T(rj + 1).sp &&
	    (is_word(S, rj + 1, "to") || is_word(S, rj + 1, "or") || is_word(S, rj + 1, "and"))) {
		suspended = 1;
		rj++;
	}
	int range = 0;
	struct core c2;
	int cur2 = 0, pct2 = 0;
	size_t r2 = rj;
	if (!c->ordinal && !c->decade && !(c->one && modifier)) {
		int conn = 0;
		if (is_word(S, rj, "to") || is_word(S, rj, "through") || is_word(S, rj, "thru") ||
		    (suspended && (is_word(S, rj, "or") || is_word(S, rj, "and"))))
			conn = 1;
		else if (between == 1 && is_word(S, rj, "and"))
			conn = 1;
		else if ((is_dash(S, rj) && (glued(S, rj) == glued(S, rj + 1)) && !modifier) || is_punct(S, rj, '~'))
			conn = 1;
		if (between == 2 && !is_word(S, rj, "to"))
			conn = conn && !is_word(S, rj, "and");
		if (conn) {
			size_t k = rj + 1, kn;
			int cb = ns_currency_before(S, k, &kn);
			if (cb)
				k = kn;
			if (ns_core_start(S, k) && T(k).t != T_PUNCT && role(S, k) != NW_A) {
				size_t e2 = ns_parse_core(S, k, &c2);
				if (e2 != k && !c2.ordinal && !c2.name && !c2.decade &&
				    !(is_dash(S, rj) && is_dash(S, e2) && glued(S, e2))) {
					cur2 = cb;
					e2 = ns_suffixes(S, e2, &cur2, &pct2, &c2.unit);
					/* fell 0.25 percentage points to 6.5%: a change, not a range */
					range = !(x.pct && pct2 && x.pct != pct2) && !(x.cur && cur2 && x.cur != cur2) &&
					        !(x.pct && cur2) && !(x.cur && pct2) &&
					        !(c->unit && c2.unit && strcmp(c->unit, c2.unit) != 0) &&
					        num_dec_cmp(S->A, &c->v, &c2.v) < 0 && /* 88-10 is a score */
					        !(i0 > 0 && is_dash(S, rj) && is_dash(S, i0 - 1) && glued(S, i0) && is_num(S, i0 - 2));
					r2 = e2;
				}
			}
		}
	}
	if (suspended && !range)
		return 0;
	if (range) {
		/* the scale, unit and currency of the second apply to the first */
		if (suspended && c2.groups > 0) {
			c->v = num_dec_shift(c->v, 3 * c2.groups);
		} else if (c2.sc_j > c2.sc_i && c->sc_j == c->sc_i && c->digits == c2.digits && c2.sc_j > 0) {
			int32_t k2 = role(S, c2.sc_i) == NW_HUNDRED ? 2 : role(S, c2.sc_i) == NW_SCALE ? (int32_t)T(c2.sc_i).w->val : 0;
			if (k2 > 0 && c2.sc_j == c2.sc_i + 1)
				c->v = num_dec_shift(c->v, k2);
		}
		if (!x.pct)
			x.pct = pct2;
		if (!x.cur)
			x.cur = cur2;
		if (!c->unit)
			c->unit = c2.unit;
		e->low = c->v;
		e->high = c2.v;
		if (between)
			hs = x.i;
		j = r2;
		cmp = "=";
		/* two years: 2016-2020 */
		if (c->ndig == 4 && c2.ndig == 4 && !x.pct && !x.cur && !c->unit) {
			e->kind = NK_YEAR;
			uint64_t a, b;
			if (!(num_dec_to_u64(&c->v, &a) && num_dec_to_u64(&c2.v, &b) && a >= 1000 && a <= 2999 &&
			      b >= a && b <= 2999))
				e->kind = NK_CARDINAL;
		}
	} else {
		e->value = c->v;
		/* hedge after: 18 and over, 100,000 or more; about 500 or more */
		if ((!cmp || strcmp(cmp, "~") == 0) && !modifier) {
			const char *cmp0 = cmp;
			cmp = NULL;
			size_t k;
			const char *hc = ns_hedge_after(S, j, &k);
			if (hc != NULL) {
				cmp = hc;
				e->hedge2_s = T(j).s;
				e->hedge2_e = T(k - 1).e;
				j = k;
			}
			if (!cmp)
				cmp = cmp0;
			if ((!cmp || cmp == cmp0) && is_punct(S, j, '+') && glued(S, j) && !is_num(S, j + 1)) {
				cmp = ">=";
				e->hedge2_s = T(j).s;
				e->hedge2_e = T(j).e;
				j++;
			}
		}
		if ((!cmp || strcmp(cmp, "~") == 0) && plus) {
			cmp = ">=";
			e->hedge2_s = T(plus).s;
			e->hedge2_e = T(plus).e;
		}
		if (cmp)
			e->cmp = cmp;
		if (hs != (size_t)-1 && !between) {
			e->hedge_s = T(hs).s;
			e->hedge_e = T(i0 - 1).e;
		}
		if (between && hs == (size_t)-1)
			x.i = i0;
	}
	if (range && hs != (size_t)-1) {
		e->hedge_s = T(hs).s;
		e->hedge_e = T(i0 - 1).e;
	}
	if (e->cmp == NULL)
		e->cmp = "=";

	/* the kind */
	if (x.pct) {
		e->kind = NK_PERCENT;
		e->unit = x.pct == 2 ? "pp" : "%";
	} else if (x.cur) {
		e->kind = NK_MONEY;
		e->unit = num_cur_iso[x.cur];
	} else if (range && e->kind == NK_YEAR) {
		/* set above */
	} else if (c->ordinal) {
		e->kind = NK_ORDINAL;
	} else if (c->decade) {
		/* the 1990s are years; "in their 80s" is an age */
		e->kind = c->ndig == 4 ? NK_YEAR : NK_CARDINAL;
		e->low = c->v;
		uint64_t y;
		num_dec_to_u64(&c->v, &y);
		e->high = num_dec_u64(A, y + (c->ndig == 4 ? 9 : 9));
		e->value.d = NULL;
	} else if (c->fraction && c->sc_j == c->sc_i) {
		e->kind = NK_FRACTION;
	} else {
		e->kind = NK_CARDINAL;
	}
	if (c->unit && !x.pct && !x.cur)
		e->unit = c->unit;

	/* years: in 2020, the 2018 G20 summit; but 2020 people */
	if (e->kind == NK_CARDINAL && !range && c->ndig == 4 && !neg && !*e->unit && !cmp && !modifier &&
	    c->sc_j == c->sc_i) {
		uint64_t y = 0;
		num_dec_to_u64(&c->v, &y);
		int prep = i0 > 0 && ((wflags(S, i0 - 1) & NF_YEARPREP) || ns_month_at(S, i0 - 1) ||
		                      is_punct(S, i0 - 1, '-') || is_punct(S, i0 - 1, '\''));
		/* "2020 people" is a count, "the 2016 candidacies" a year */
		int counted = j < NT && T(j).t == T_WORD && !T(j).cap && num_noun_plural(S->p, &T(j)) &&
		              !(i0 > 0 && (is_word(S, i0 - 1, "the") || is_word(S, i0 - 1, "its") ||
		                           is_word(S, i0 - 1, "their") || is_word(S, i0 - 1, "this")));
		if (y >= 1000 && y <= 2999 && !counted && (prep || (y >= 1900 && y <= 2100)))
			e->kind = NK_YEAR;
	}
	if (range && e->kind == NK_YEAR)
		e->value.d = NULL;

	/* a digit ordinal before capitalized words names something: the 13th Five-Year Plan */
	size_t name_end = j;
	if (e->kind == NK_ORDINAL && c->digits && (name_end = name_after(S, j)) > j) {
		e->kind = NK_NAME;
		e->phrase_s = T(j).s;
		e->phrase_e = T(name_end - 1).e;
		e->noun_s = T(name_end - 1).s;
		e->noun_e = T(name_end - 1).e;
	}
	/* World War Two, Air Force One: a capitalized number word inside a name */
	if (e->kind == NK_CARDINAL && c->word && T(i).cap && i > S->floor && i0 == i && T(i - 1).t == T_WORD &&
	    T(i - 1).cap && tlen(S, i - 1) >= 3 && T(i).s - T(i - 1).e == 1 && hs == (size_t)-1 && !range)
		e->kind = NK_NAME;
	/* Article 23, Resolution 2231 */
	if ((e->kind == NK_CARDINAL || e->kind == NK_YEAR) && c->digits && !range && label_before(S, i0) &&
	    hs == (size_t)-1 && i0 - 1 >= S->floor) {
		e->kind = NK_NAME;
		x.i = i0 - 1;
	}

	/* "First, ...", "first build roads": a spelled ordinal with no determiner
	 * before it is an adverb, and counts no noun */
	int adverb = e->kind == NK_ORDINAL && c->word &&
	             !(i0 > 0 && T(i0 - 1).t == T_WORD && (is_word(S, i0 - 1, "the") || is_word(S, i0 - 1, "a") ||
	               is_word(S, i0 - 1, "its") || is_word(S, i0 - 1, "their") || is_word(S, i0 - 1, "his") ||
	               is_word(S, i0 - 1, "her") || is_word(S, i0 - 1, "our") || is_word(S, i0 - 1, "this") ||
	               is_word(S, i0 - 1, "that") || is_word(S, i0 - 1, "every") || is_word(S, i0 - 1, "my") ||
	               is_word(S, i0 - 1, "your") || is_word(S, i0 - 1, "china's") || (T(i0 - 1).cap && !is_word(S, i0 - 1, "the"))));
	if (e->kind != NK_NAME && e->kind != NK_YEAR && e->kind != NK_MONEY && !*e->unit && !adverb) {
		uint64_t one = 0;
		int singular = e->kind == NK_ORDINAL ||
		               (num_dec_set(&e->value) && num_dec_to_u64(&e->value, &one) && one == 1);
		noun(S, e, j, singular);
		/* "14 or 15 deliveries", "14, 15, 16 months": the noun of the last */
		size_t k = j;
		for (int n = 0; n < 4 && e->noun_e == e->noun_s && e->kind == NK_CARDINAL; n++) {
			struct core c3;
			if (!(is_word(S, k, "or") || is_word(S, k, "and") || is_punct(S, k, ',')) ||
			    !is_num(S, k + 1) != !c->digits)
				break;
			size_t e3 = ns_parse_core(S, k + 1, &c3);
			if (e3 == k + 1 || c3.ordinal || c3.name || c3.fraction || c3.sc_j > c3.sc_i)
				break;
			k = e3;
			noun(S, e, k, 0);
		}
	}
	if (c->sc_j > c->sc_i) {
		e->scale_s = T(c->sc_i).s;
		e->scale_e = T(c->sc_j - 1).e;
	}
	if (range)
		e->value.d = NULL;
	else
		set_bounds(e);
	e->start = T(x.i).s;
	e->end = T(j - 1).e;
	S->emit(S->ctx, e, S->p);
	*next = e->kind == NK_NAME && name_end > j ? name_end : j;
	return 1;
}

/* hundreds of, thousands of, millions of, dozens of, tens of thousands of */
static int
vague(num_scanner *S, size_t i, size_t *next)
{
	size_t k = i;
	int pow = 0;
	if (is_word(S, k, "tens") && is_word(S, k + 1, "of") && role(S, k + 2) == NW_SCALE &&
	    (wflags(S, k + 2) & NF_PLURAL)) {
		pow = 1 + (int)T(k + 2).w->val;
		k += 3;
	} else if ((role(S, k) == NW_HUNDRED || role(S, k) == NW_SCALE) && (wflags(S, k) & NF_PLURAL)) {
		pow = (int)T(k).w->val;
		k++;
	} else if (role(S, k) == NW_DOZEN && (wflags(S, k) & NF_PLURAL) && is_word(S, k, "dozens")) {
		pow = -1;
		k++;
	} else {
		return 0;
	}
	if (!is_word(S, k, "of"))
		return 0;
	k++;
	/* hundreds of thousands of: the two multiply */
	if (pow > 0 && role(S, k) == NW_SCALE && (wflags(S, k) & NF_PLURAL) && is_word(S, k + 1, "of")) {
		pow += (int)T(k).w->val;
		k += 2;
	}
	num_expr e;
	memset(&e, 0, sizeof e);
	e.kind = NK_CARDINAL;
	e.cmp = ">=";
	e.unit = "";
	/* "hundreds of" is at least two hundred */
	if (pow == -1)
		e.low = num_dec_u64(S->A, 24);
	else
		e.low = num_dec_shift(num_dec_u64(S->A, 2), pow);
	e.start = T(i).s;
	e.end = T(k - 1).e;
	e.scale_s = e.start;
	e.scale_e = e.end;
	/* billions of dollars: money */
	size_t nx;
	int cur = ns_currency_after(S, k, &nx);
	if (cur) {
		e.kind = NK_MONEY;
		e.unit = num_cur_iso[cur];
		e.end = T(nx - 1).e;
		k = nx;
	} else {
		noun(S, &e, k, 0);
	}
	S->emit(S->ctx, &e, S->p);
	*next = k;
	return 1;
}

/* percent of twenty: the percent word before its number */
static int
percent_of(num_scanner *S, size_t i, size_t *next)
{
	size_t k = i;
	if (is_word(S, k, "per") && is_word(S, k + 1, "cent"))
		k += 2;
	else if (role(S, k) == NW_PERCENT && !is_word(S, k, "pct"))
		k++;
	else
		return 0;
	if (!is_word(S, k, "of") || (i > 0 && (is_num(S, i - 1) || role(S, i - 1) != NW_NONE)))
		return 0;
	struct core c;
	size_t e = ns_parse_core(S, k + 1, &c);
	if (e == k + 1 || !at_boundary(S, e) || c.ordinal || c.name)
		return 0;
	num_expr x;
	memset(&x, 0, sizeof x);
	x.kind = NK_PERCENT;
	x.cmp = "=";
	x.unit = "%";
	x.value = c.v;
	x.start = T(i).s;
	x.end = T(e - 1).e;
	S->emit(S->ctx, &x, S->p);
	*next = e;
	return 1;
}

/* Words of time after a count: "2 in 10 days" is not a fraction. */
static int
time_after(const num_scanner *S, size_t j)
{
	static const char *const w[] = {
		"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
		"minute", "minutes", "seconds", "decade", "decades", NULL
	};
	for (size_t i = 0; w[i] != NULL; i++)
		if (is_word(S, j, w[i]))
			return 1;
	return 0;
}

/* "one over three", "one out of three", "one in five": a fraction read aloud;
 * "over" only when the denominator ends the phrase ("$2000 over 3 years" is
 * not one). */
static int
over_fraction(num_scanner *S, size_t i, size_t *next)
{
	struct core a, b;
	size_t e = ns_parse_core(S, i, &a);
	if (e == i || a.ordinal || a.name || a.fraction || a.decade)
		return 0;
	size_t k = e;
	int in = 0;
	if (is_word(S, k, "over"))
		k++;
	else if (is_word(S, k, "out") && is_word(S, k + 1, "of"))
		k += 2;
	else if (is_word(S, k, "in") && !a.vague && a.sc_i == a.sc_j) {
		/* one in five Americans, 1 in every 10 adults */
		k++;
		in = 1;
		if (is_word(S, k, "every"))
			k++;
	} else
		return 0;
	size_t e2 = ns_parse_core(S, k, &b);
	uint64_t den;
	if (e2 == k || b.ordinal || b.fraction || b.name || b.decade || b.vague || !num_dec_to_u64(&b.v, &den) ||
	    den == 0)
		return 0;
	if (!is_word(S, e, "over") && num_dec_cmp(S->A, &a.v, &b.v) >= 0)
		return 0; /* 12 out of 10 */
	if (is_word(S, e - 0, "over") && !at_boundary(S, e2))
		return 0;
	if (in && (b.ndig == 4 || b.cur || b.unit != NULL || is_punct(S, e2, '%') || role(S, e2) == NW_PERCENT ||
	           time_after(S, e2) || (is_punct(S, e2, '-') && glued(S, e2))))
		return 0; /* 3 in 2020, 2 in 10 days, 1 in 5 percent, 5 in 10-year bonds */
	num_expr x;
	memset(&x, 0, sizeof x);
	x.kind = NK_FRACTION;
	x.cmp = "=";
	x.unit = "";
	if (!num_dec_div_u64(S->A, &a.v, den, &x.value))
		return 0;
	if (i > 0 && role(S, i - 1) == NW_NEG) {
		x.value.neg = 1;
		i--;
	}
	/* about two out of three, nearly 1 in 4 */
	size_t hs = (size_t)-1;
	const char *hc = ns_hedge_before(S, i, &hs);
	if (hc != NULL && hs != (size_t)-1 && hs >= S->floor && !is_word(S, hs, "between")) {
		x.cmp = hc;
		x.hedge_s = T(hs).s;
		x.hedge_e = T(i - 1).e;
		i = hs;
	}
	set_bounds(&x);
	x.start = T(i).s;
	x.end = T(e2 - 1).e;
	noun(S, &x, e2, 0);
	S->emit(S->ctx, &x, S->p);
	*next = e2;
	return 1;
}

/* Suspended lists: 20-, 30-, 40,000 people.  Each takes the magnitude of the last. */
static int
suspended_list(num_scanner *S, size_t i, size_t *next)
{
	size_t k = i, items[16], n = 0;
	while (n < 16 && is_num(S, k) && is_punct(S, k + 1, '-') && glued(S, k + 1) && is_punct(S, k + 2, ',') &&
	       glued(S, k + 2)) {
		items[n++] = k;
		k += 3;
		if (is_word(S, k, "and") || is_word(S, k, "or"))
			k++;
	}
	if (n == 0 || !is_num(S, k))
		return 0;
	struct core last;
	ns_parse_core(S, k, &last);
	if (last.groups == 0)
		return 0;
	for (size_t m = 0; m < n; m++) {
		num_expr x;
		memset(&x, 0, sizeof x);
		x.kind = NK_CARDINAL;
		x.cmp = "=";
		x.unit = "";
		struct core c;
		ns_parse_digits(S, items[m], &c);
		x.value = num_dec_shift(c.v, 3 * last.groups);
		x.start = T(items[m]).s;
		x.end = T(items[m] + 1).e;
		noun(S, &x, last.j, 0);
		S->emit(S->ctx, &x, S->p);
	}
	*next = k;
	return 1;
}

static int
url_start(const num_scanner *S, size_t i)
{
	if ((is_word(S, i, "http") || is_word(S, i, "https") || is_word(S, i, "ftp")) &&
	    is_punct(S, i + 1, ':') && glued(S, i + 1))
		return 1;
	if (is_word(S, i, "www") && is_punct(S, i + 1, '.') && glued(S, i + 1))
		return 1;
	/* name@example.org */
	return is_punct(S, i + 1, '@') && glued(S, i + 1) && glued(S, i + 2);
}

size_t
num_scan_first(const num_scanner *S, const char *p, size_t n)
{
	/* every word that starts a relative ordinal is a trigger, so --relative
	 * needs the same sentences */
	(void)S;
	return num_text_first(p, n);
}

void
num_scan(num_scanner *S, const char *p, size_t n, num_emit_fn *emit, void *ctx)
{
	S->p = p;
	S->n = n;
	S->emit = emit;
	S->ctx = ctx;
	num_arena_reset(S->A);
	num_tokenize(p, n, &S->tk);
	S->floor = 0;
	size_t i = 0, nx;
	while (i < NT) {
		const ntok *t = &T(i);
		int r = t->t == T_WORD && t->w != NULL ? t->w->role : NW_NONE;
		if (t->t == T_WORD && t->w == NULL && !(t->upper && tlen(S, i) <= 3)) {
			i++; /* most words: nothing to read */
			continue;
		}
		int cand = t->t == T_NUM || t->t == T_VFRAC || (t->t == T_PUNCT && t->ch != ',' && t->ch != '(') ||
		           (t->t == T_WORD && (r != NW_NONE || (t->upper && tlen(S, i) <= 3) ||
		                               (t->w->flags & NF_CAND)));
		if (t->t == T_WORD && t->w != NULL && (t->w->flags & NF_CAND) && url_start(S, i)) {
			/* a web address: its digits are not claims */
			i++;
			while (i < NT && !T(i).sp)
				i++;
			S->floor = i;
			continue;
		}
		if (t->t == T_WORD && t->w != NULL && ((t->w->flags & NF_REL) || r == NW_ORD) &&
		    (nx = ns_relative(S, i, S->flags & NUM_SCAN_RELATIVE)) != i) {
			i = S->floor = nx;
			continue;
		}
		if (!cand) {
			i++;
			continue;
		}
		if ((t->t == T_NUM || r == NW_MONTH) && (nx = ns_date_time(S, i)) != i) {
			i = S->floor = nx;
			continue;
		}
		if (r == NW_MONTH) {
			i++;
			continue;
		}
		if (t->t == T_NUM && is_dash(S, i + 1) && glued(S, i + 1) && is_num(S, i + 2) && glued(S, i + 2) &&
		    is_dash(S, i + 3) && glued(S, i + 3) && is_num(S, i + 4) && glued(S, i + 4)) {
			/* 86-10-65961114: a telephone number, not three claims */
			i += 5;
			while (i + 1 < NT && is_dash(S, i) && glued(S, i) && is_num(S, i + 1) && glued(S, i + 1))
				i += 2;
			S->floor = i;
			continue;
		}
		if (t->t == T_NUM && suspended_list(S, i, &nx)) {
			i = S->floor = nx;
			continue;
		}
		if ((r == NW_HUNDRED || r == NW_SCALE || r == NW_DOZEN || (t->t == T_WORD && is_word(S, i, "tens"))) &&
		    vague(S, i, &nx)) {
			i = S->floor = nx;
			continue;
		}
		if ((r == NW_PERCENT || (t->t == T_WORD && is_word(S, i, "per"))) && percent_of(S, i, &nx)) {
			i = S->floor = nx;
			continue;
		}
		if (((t->t == T_NUM || is_spelled(r)) && over_fraction(S, i, &nx)) ||
		    (r == NW_NEG && (is_num(S, i + 1) || is_spelled(role(S, i + 1))) && over_fraction(S, i + 1, &nx))) {
			i = S->floor = nx;
			continue;
		}
		if (r == NW_A) {
			/* a million, a half, a third of: else "a" starts nothing */
			int r1 = role(S, i + 1);
			if (r1 != NW_HUNDRED && r1 != NW_SCALE && r1 != NW_DOZEN && r1 != NW_HALF &&
			    r1 != NW_QUARTER && r1 != NW_ORD) {
				i++;
				continue;
			}
		}
		if (try_expr(S, i, &nx)) {
			i = S->floor = nx;
			continue;
		}
		i++;
	}
}
