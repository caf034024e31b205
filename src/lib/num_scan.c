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
#include "mem.h"
#include "num_noun.h"
#include "num_scan.h"
#include "num_tok.h"

const char *const num_kind_names[] = {
	"cardinal", "ordinal", "percent", "money", "year", "date", "time", "fraction", "name"
};

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
};

#define T(j) (S->tk.v[(j)])
#define NT (S->tk.n)

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

/* ---- token tests ---- */

static int
role(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_WORD && num_tok_word(S->p, &T(j)) != NULL ? T(j).w->role : NW_NONE;
}

static int
wflags(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_WORD && num_tok_word(S->p, &T(j)) != NULL ? T(j).w->flags : 0;
}

static int
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

static int
is_punct(const num_scanner *S, size_t j, unsigned ch)
{
	return j < NT && T(j).t == T_PUNCT && T(j).ch == ch;
}

static int
is_dash(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_PUNCT &&
	       (T(j).ch == '-' || T(j).ch == 0x2013 || T(j).ch == 0x2012 || T(j).ch == 0x2212);
}

static int
glued(const num_scanner *S, size_t j)
{
	return j < NT && !T(j).sp;
}

static size_t
tlen(const num_scanner *S, size_t j)
{
	return T(j).e - T(j).s;
}

static int
is_num(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_NUM;
}

/* The value of a NUM token of at most 9 digits, else -1. */
static long
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
static int
at_boundary(const num_scanner *S, size_t j)
{
	return j >= NT || (T(j).t == T_PUNCT && T(j).ch != '$' && T(j).ch != '-');
}

static int
is_spelled(int r)
{
	return r == NW_ZERO || r == NW_DIGIT || r == NW_TEEN || r == NW_TENS;
}

/* ---- numbers written with digits ---- */

static void
add_digits(num_scanner *S, size_t j)
{
	bk_buf_add(&S->digits, S->p + T(j).s, tlen(S, j));
}

/* v^e, exactly: a positive power keeps every digit; a negative one must have
 * a denominator that fits 64 bits. */
static int
power(num_scanner *S, num_dec *v, long e)
{
	uint64_t m;
	num_dec mant = *v;
	mant.exp = 0;
	int32_t x = v->exp;
	if (v->den != 1 || !num_dec_to_u64(&mant, &m) || e > 4096 || e < -64)
		return 0;
	num_dec r = num_dec_u64(S->A, 1);
	if (e >= 0) {
		for (long k = 0; k < e; k++)
			num_dec_mul_u64(S->A, &r, m, &r);
		r = num_dec_shift(r, (int32_t)(x * e));
	} else {
		uint64_t d = 1;
		for (long k = 0; k < -e; k++)
			if (__builtin_mul_overflow(d, m, &d))
				return 0;
		r = num_dec_shift(r, (int32_t)(x * e));
		if (!num_dec_div_u64(S->A, &r, d, &r))
			return 0;
	}
	*v = r;
	return 1;
}

/* Scientific and power notation after a mantissa: 1e10, 12.32e+14, 10^30,
 * 1.3x10^6.  Returns the new end token, and shifts *v. */
static size_t
exponent(num_scanner *S, size_t j, num_dec *v)
{
	size_t k = j;
	int mul10 = 0;
	if (j < NT && T(j).t == T_WORD && glued(S, j) && (is_word(S, j, "e"))) {
		k = j + 1;
	} else if (j < NT && T(j).t == T_WORD && glued(S, j) && is_word(S, j, "x") &&
	           is_num(S, j + 1) && glued(S, j + 1) && small(S, j + 1) == 10 &&
	           is_punct(S, j + 2, '^') && glued(S, j + 2)) {
		k = j + 3;
		mul10 = 1;
	} else if (is_punct(S, j, '^') && glued(S, j)) {
		k = j + 1; /* 10^30, 1.1^23, 2.5^-1 */
		mul10 = 2;
	} else {
		return j;
	}
	int sign = 1;
	if ((is_punct(S, k, '+') || is_dash(S, k)) && glued(S, k)) {
		sign = is_punct(S, k, '+') ? 1 : -1;
		k++;
	}
	long e = small(S, k);
	if (e < 0 || !glued(S, k) || e > 100000)
		return j;
	if (mul10 == 2) {
		if (!power(S, v, sign * e))
			return j;
	} else {
		*v = num_dec_shift(*v, (int32_t)(sign * e));
	}
	return k + 1;
}

/* Glued suffixes that scale a number: 10k, 1.2bn, 10M, 2mil. */
static int
glued_scale(const num_scanner *S, size_t j)
{
	if (j >= NT || T(j).t != T_WORD || !glued(S, j))
		return 0;
	const char *p = S->p + T(j).s;
	size_t n = tlen(S, j);
	if (n == 1 && (*p == 'k' || *p == 'K'))
		return 3;
	if (n == 1 && *p == 'M')
		return 6;
	if (n == 1 && (*p == 'b' || *p == 'B'))
		return 9;
	if (is_word(S, j, "mm") && p[0] == 'M')
		return 6;
	if (is_word(S, j, "mil") || is_word(S, j, "mn") || is_word(S, j, "mln"))
		return 6;
	if (is_word(S, j, "bn") || is_word(S, j, "bln"))
		return 9;
	if (is_word(S, j, "tn") || is_word(S, j, "tln") || is_word(S, j, "trn"))
		return 12;
	return 0;
}

static int
ordinal_suffix(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_WORD && glued(S, j) &&
	       (is_word(S, j, "st") || is_word(S, j, "nd") || is_word(S, j, "rd") ||
	        is_word(S, j, "th"));
}

static int
parse_digits(num_scanner *S, size_t i, struct core *c)
{
	size_t j = i;
	size_t frac = 0;
	S->digits.len = 0;
	memset(c, 0, sizeof *c);
	c->i = i;
	c->digits = 1;
	if (is_punct(S, i, '.')) {
		/* .25 */
		add_digits(S, i + 1);
		frac = tlen(S, i + 1);
		j = i + 2;
	} else {
		add_digits(S, j);
		size_t first = tlen(S, j);
		j++;
		if (first <= 3) {
			while (is_punct(S, j, ',') && glued(S, j) && is_num(S, j + 1) && glued(S, j + 1) &&
			       tlen(S, j + 1) == 3) {
				add_digits(S, j + 1);
				j += 2;
				c->groups++;
			}
			/* 1 234 567 and 40 000: groups of three after a space, when what
			 * precedes is not a number too */
			if (c->groups == 0 && !(i > 0 && is_num(S, i - 1))) {
				while (is_num(S, j) && T(j).sp && tlen(S, j) == 3 &&
				       !is_punct(S, j + 1, '/') && !is_punct(S, j + 1, ':') &&
				       !(is_num(S, j + 1) && tlen(S, j + 1) != 3)) {
					add_digits(S, j);
					j++;
					c->groups++;
				}
			}
		}
		if (c->groups == 0)
			c->ndig = (int)first;
		int chain = i >= 2 && is_punct(S, i - 1, '.') && glued(S, i) && glued(S, i - 1) && is_num(S, i - 2);
		if (is_punct(S, j, '.') && glued(S, j) && is_num(S, j + 1) && glued(S, j + 1)) {
			if (chain || (is_punct(S, j + 2, '.') && glued(S, j + 2) && is_num(S, j + 3) && glued(S, j + 3))) {
				/* 192.168.1.2: not one number */
			} else {
				add_digits(S, j + 1);
				frac = tlen(S, j + 1);
				j += 2;
				c->ndig = 0;
			}
		}
	}
	c->v = num_dec_digits(S->A, S->digits.p, S->digits.len, frac);
	size_t k = exponent(S, j, &c->v);
	if (k != j) {
		j = k;
		c->ndig = 0;
	}
	/* glued letters after the digits; after letters (H-1B, A380) it is a name */
	int lettered = i > 0 && glued(S, i) && (T(i - 1).t == T_WORD ||
	               (is_dash(S, i - 1) && i >= 2 && glued(S, i - 1) && T(i - 2).t == T_WORD));
	if (lettered && j < NT && T(j).t == T_WORD && glued(S, j)) {
		c->name = 1;
		while (j < NT && glued(S, j) && (T(j).t == T_WORD || T(j).t == T_NUM))
			j++;
	} else if (j < NT && T(j).t == T_WORD && glued(S, j)) {
		int sc;
		if (ordinal_suffix(S, j) && frac == 0) {
			c->ordinal = 1;
			j++;
		} else if (is_word(S, j, "s") && frac == 0 && (c->ndig == 4 || c->ndig == 2) &&
		           S->p[T(j - 1).e - 1] == '0') {
			c->decade = 1;
			j++;
		} else if ((sc = glued_scale(S, j)) != 0) {
			c->v = num_dec_shift(c->v, sc);
			c->sc_i = j;
			c->sc_j = j + 1;
			c->ndig = 0;
			j++;
		} else if (role(S, j) == NW_UNIT) {
			c->unit = num_unit_names[T(j).w->val];
			c->ndig = 0;
			j++;
		} else if (role(S, j) == NW_PERCENT) {
			/* 5percent: handled as percent by the caller */
		} else {
			c->name = 1;
			while (j < NT && glued(S, j) && (T(j).t == T_WORD || T(j).t == T_NUM))
				j++;
		}
	} else if (is_punct(S, j, '\'') && glued(S, j) && is_word(S, j + 1, "s") && glued(S, j + 1) &&
	           c->ndig == 4 && S->p[T(j - 1).e - 1] == '0') {
		c->decade = 1; /* the 1990's */
		j += 2;
	}
	c->j = j;
	return 1;
}

/* ---- numbers spelled with words ---- */

static const num_dec *
dec_pow10(num_scanner *S, int k, num_dec *tmp)
{
	*tmp = num_dec_shift(num_dec_u64(S->A, 1), k);
	return tmp;
}

/* Fraction words at j: "a half", "one third", "three quarters", "two thirds",
 * "five eighths", "twenty-three fifths".  *v is the value, returns the end. */
static size_t parse_words(num_scanner *S, size_t i, struct core *c, int inner);

static size_t
frac_words(num_scanner *S, size_t j, num_dec *v)
{
	struct core c;
	size_t e = parse_words(S, j, &c, 1);
	if (e == j || !c.fraction)
		return j;
	*v = c.v;
	return e;
}

/* Is the word after a fraction one that lets "a third", "a quarter" be a
 * fraction rather than an ordinal with its noun ("a third country")? */
static int
frac_context(const num_scanner *S, size_t j)
{
	return at_boundary(S, j) || is_word(S, j, "of") || role(S, j) == NW_AND ||
	       is_word(S, j, "or") || is_word(S, j, "more") || is_word(S, j, "less") ||
	       role(S, j) == NW_SCALE || role(S, j) == NW_DOZEN;
}

enum { L_NONE, L_A, L_UNIT, L_TEEN, L_TENS, L_HUNDRED, L_SCALE, L_FRAC };

static size_t
parse_words(num_scanner *S, size_t i, struct core *c, int inner)
{
	num_arena *A = S->A;
	num_dec total = num_dec_u64(A, 0), cur = num_dec_u64(A, 0), tmp;
	int last = L_NONE, lastk = 0, nwords = 0;
	size_t j = i, end = i;
	memset(c, 0, sizeof *c);
	c->i = i;
	c->word = 1;
	if (role(S, i) == NW_A) {
		int r = role(S, i + 1);
		if (r == NW_HUNDRED || r == NW_SCALE || r == NW_DOZEN) {
			if (wflags(S, i + 1) & (NF_PLURAL | NF_ABBR))
				return i;
		} else if (r == NW_HALF || r == NW_QUARTER ||
		           (r == NW_ORD && (T(i + 1).w->val > 2 || (T(i + 1).w->flags & NF_POW)))) {
			if (wflags(S, i + 1) & NF_PLURAL)
				return i;
			if (!inner && !frac_context(S, i + 2) && !(r == NW_ORD && (wflags(S, i + 1) & NF_POW)))
				return i;
		} else {
			return i;
		}
		cur = num_dec_u64(A, 1);
		last = L_A;
		j = i + 1;
		end = j;
	} else if (role(S, i) == NW_HALF || role(S, i) == NW_QUARTER) {
		/* half a million, half a dozen, quarter million */
		uint64_t den = T(i).w->val;
		size_t k = i + 1;
		if (role(S, k) == NW_A)
			k++;
		int r = role(S, k);
		if ((r == NW_SCALE || r == NW_DOZEN) && !(wflags(S, k) & (NF_PLURAL | NF_ABBR)) &&
		    !(wflags(S, i) & NF_PLURAL)) {
			num_dec one = num_dec_u64(A, 1);
			num_dec_div_u64(A, &one, den, &cur);
			if (r == NW_DOZEN)
				num_dec_mul_u64(A, &cur, 12, &c->v);
			else
				c->v = num_dec_shift(cur, (int32_t)T(k).w->val);
			c->sc_i = k;
			c->sc_j = k + 1;
			c->j = k + 1;
			return k + 1;
		}
		if ((inner && !(i > 0 && role(S, i - 1) == NW_A)) || (wflags(S, i) & NF_PLURAL) || role(S, i) == NW_QUARTER)
			return i;
		if (i > 0 && (role(S, i - 1) == NW_ORD || is_word(S, i - 1, "the")))
			return i; /* the second half of the year: a period */
		/* "half" alone: "more than half", "half of them" */
		if (!is_word(S, i + 1, "of") && !(i > 0 && (is_word(S, i - 1, "than") ||
		    is_word(S, i - 1, "over") || is_word(S, i - 1, "nearly") || is_word(S, i - 1, "almost") ||
		    is_word(S, i - 1, "about") || is_word(S, i - 1, "by"))))
			return i;
		num_dec one = num_dec_u64(A, 1);
		num_dec_div_u64(A, &one, 2, &c->v);
		c->fraction = 1;
		c->j = i + 1;
		return i + 1;
	}
	for (;;) {
		int r = role(S, j);
		const num_word *w = j < NT && T(j).t == T_WORD ? T(j).w : NULL;
		if (r == NW_ZERO || r == NW_DIGIT) {
			if (last == L_UNIT || last == L_TEEN || last == L_A || last == L_FRAC)
				break;
			num_dec d = num_dec_u64(A, w->val);
			num_dec_add(A, &cur, &d, &cur);
			last = L_UNIT;
		} else if (r == NW_TEEN || r == NW_TENS) {
			if (last == L_UNIT || last == L_TEEN || last == L_TENS || last == L_A || last == L_FRAC)
				break;
			num_dec d = num_dec_u64(A, w->val);
			num_dec_add(A, &cur, &d, &cur);
			last = r == NW_TEEN ? L_TEEN : L_TENS;
		} else if (r == NW_HUNDRED) {
			if (last == L_NONE || last == L_HUNDRED || last == L_SCALE || last == L_FRAC ||
			    (w->flags & NF_PLURAL))
				break;
			num_dec_mul_u64(A, &cur, 100, &cur);
			last = L_HUNDRED;
			c->sc_i = j;
			c->sc_j = j + 1;
		} else if (r == NW_SCALE) {
			if (last == L_NONE || (w->flags & (NF_PLURAL | NF_ABBR)))
				break;
			if (last == L_SCALE) {
				total = num_dec_shift(total, (int32_t)w->val);
			} else {
				num_dec x = num_dec_shift(cur, (int32_t)w->val);
				num_dec_add(A, &total, &x, &total);
				cur = num_dec_u64(A, 0);
			}
			lastk = (int)w->val;
			last = L_SCALE;
			c->sc_i = j;
			c->sc_j = j + 1;
		} else if (r == NW_DOZEN) {
			if (last == L_NONE || last == L_FRAC)
				break;
			num_dec_mul_u64(A, &cur, 12, &cur);
			last = L_HUNDRED;
			c->sc_i = j;
			c->sc_j = j + 1;
		} else if (r == NW_AND && last != L_NONE && last != L_A && !inner) {
			/* two hundred and five; one and a half; three million and a half */
			int rn = role(S, j + 1);
			num_dec f;
			size_t fe;
			if ((last == L_HUNDRED || last == L_SCALE) &&
			    (rn == NW_TEEN || rn == NW_TENS || (rn == NW_DIGIT && frac_words(S, j + 1, &f) == j + 1))) {
				j++;
				continue;
			}
			if (last == L_FRAC || (fe = frac_words(S, j + 1, &f)) == j + 1)
				break;
			if (last == L_SCALE && role(S, fe) != NW_SCALE) {
				f = num_dec_shift(f, lastk);
				num_dec_add(A, &total, &f, &total);
			} else {
				num_dec_add(A, &cur, &f, &cur);
			}
			c->fraction = 1;
			j = end = fe;
			last = L_FRAC;
			nwords++;
			continue;
		} else if (is_punct(S, j, '-') && last == L_TENS &&
		           (role(S, j + 1) == NW_DIGIT || role(S, j + 1) == NW_ORD)) {
			j++;
			continue;
		} else if (is_punct(S, j, '-') && (last == L_UNIT || last == L_TEEN || last == L_HUNDRED) &&
		           role(S, j + 1) == NW_ORD && T(j + 1).w->val > 2) {
			j++;
			continue;
		} else if (r == NW_POINT && (last == L_UNIT || last == L_TEEN || last == L_TENS ||
		                             last == L_HUNDRED || last == L_SCALE)) {
			/* two hundred point zero three; five point five */
			size_t k = j + 1;
			S->digits.len = 0;
			while (role(S, k) == NW_DIGIT || role(S, k) == NW_ZERO) {
				bk_buf_addc(&S->digits, (char)('0' + T(k).w->val));
				k++;
			}
			if (S->digits.len == 0 && (role(S, k) == NW_TEEN || role(S, k) == NW_TENS)) {
				unsigned v = T(k).w->val;
				k++;
				if (v >= 20 && is_punct(S, k, '-') && role(S, k + 1) == NW_DIGIT) {
					v += T(k + 1).w->val;
					k += 2;
				} else if (v >= 20 && role(S, k) == NW_DIGIT) {
					v += T(k).w->val;
					k++;
				}
				char b[3] = { (char)('0' + v / 10), (char)('0' + v % 10), 0 };
				bk_buf_add(&S->digits, b, 2);
			}
			if (S->digits.len == 0)
				break;
			num_dec f = num_dec_digits(A, S->digits.p, S->digits.len, S->digits.len);
			num_dec_add(A, &cur, &f, &cur);
			end = j = k;
			nwords++;
			break;
		} else if (r == NW_ORD || r == NW_QUARTER || r == NW_HALF) {
			int plural = (w->flags & NF_PLURAL) != 0;
			int pow = (w->flags & NF_POW) != 0;
			uint64_t o = r == NW_ORD ? w->val : (r == NW_QUARTER ? 4 : 2);
			num_dec sum;
			num_dec_add(A, &total, &cur, &sum);
			if (r != NW_ORD && (last == L_NONE || last == L_HUNDRED || last == L_SCALE || last == L_TENS))
				break;
			if (last == L_NONE) {
				if (plural)
					break;
				c->v = pow ? *dec_pow10(S, (int)o, &tmp) : num_dec_u64(A, o);
				c->ordinal = 1;
			} else if (last == L_TENS && !pow && !(plural && !is_punct(S, j - 1, '-'))) {
				/* twenty-first; twenty-firsts is a denominator */
				num_dec d = num_dec_u64(A, o);
				num_dec_add(A, &sum, &d, &c->v);
				if (plural) {
					if (inner != 2)
						break;
					c->fraction = 1;
				} else {
					c->ordinal = 1;
				}
			} else if (last == L_TENS || ((last == L_HUNDRED || last == L_SCALE) && plural)) {
				/* twenty fifths; one hundred and thirty fifths; a hundred trillionths */
				if (pow)
					num_dec_div_u64(A, &sum, 1, &c->v), c->v = num_dec_shift(c->v, -(int32_t)o);
				else if (!num_dec_div_u64(A, &sum, o, &c->v))
					break;
				c->fraction = 1;
			} else if (last == L_HUNDRED || last == L_SCALE) {
				/* one hundred twenty fifth; a hundred trillionth */
				if (pow) {
					c->v = num_dec_shift(sum, (int32_t)o);
				} else {
					num_dec d = num_dec_u64(A, o);
					num_dec_add(A, &sum, &d, &c->v);
				}
				c->ordinal = 1;
			} else if (last == L_UNIT || last == L_TEEN || last == L_A) {
				uint64_t one;
				int single = (last == L_A || (num_dec_to_u64(&sum, &one) && one == 1)) && !plural;
				if (r == NW_ORD && o <= 2 && !pow)
					break; /* one second, two firsts */
				if (pow && !plural && !single) {
					c->v = num_dec_shift(sum, (int32_t)o); /* three trillionth */
					c->ordinal = 1;
				} else {
					if (single && !pow && r == NW_ORD && !frac_context(S, j + 1))
						break; /* one third world... */
					if (pow)
						c->v = num_dec_shift(sum, -(int32_t)o);
					else if (!num_dec_div_u64(A, &sum, o, &c->v))
						break;
					c->fraction = 1;
				}
			} else {
				break;
			}
			end = j + 1;
			nwords++;
			/* two thirds of a million */
			if (c->fraction && is_word(S, end, "of") && role(S, end + 1) == NW_A &&
			    role(S, end + 2) == NW_SCALE && !(wflags(S, end + 2) & (NF_PLURAL | NF_ABBR))) {
				c->v = num_dec_shift(c->v, (int32_t)T(end + 2).w->val);
				c->fraction = 0;
				c->sc_i = end + 2;
				c->sc_j = end + 3;
				end += 3;
			}
			c->j = end;
			if (nwords == 1 && role(S, i) == NW_DIGIT && T(i).w->val == 1)
				c->one = 0;
			return end;
		} else if (last == L_TENS && is_dash(S, j) && T(j).sp && j + 1 < NT && T(j + 1).sp &&
		           role(S, j + 1) == NW_DIGIT) {
			j++; /* fifty - two */
			continue;
		} else {
			break;
		}
		nwords++;
		j++;
		end = j;
	}
	if (nwords == 0 || (last == L_A))
		return i;
	num_dec_add(A, &total, &cur, &c->v);
	c->j = end;
	c->one = nwords == 1 && role(S, i) == NW_DIGIT && T(i).w->val == 1;
	if (last != L_SCALE && last != L_HUNDRED && !(last == L_FRAC))
		c->sc_i = c->sc_j = 0;
	/* "three twenty-firsts", "one twenty-fifth": a denominator after */
	if (!inner && !c->fraction && (last == L_UNIT || last == L_TEEN) && role(S, end) == NW_TENS) {
		struct core d;
		size_t e = parse_words(S, end, &d, 2);
		uint64_t den, one;
		int single = num_dec_to_u64(&c->v, &one) && one == 1;
		if (e != end && ((d.fraction && !single) || (d.ordinal && single)) &&
		    num_dec_to_u64(&d.v, &den) && den > 0) {
			/* d.v is the compound ordinal, its value the denominator */
			if (num_dec_div_u64(A, &c->v, den, &c->v)) {
				c->fraction = 1;
				c->one = 0;
				c->j = e;
				return e;
			}
		}
	}
	return end;
}

/* ---- hedges ---- */

struct hedge {
	const char *w[6];        /* the words, NULL-terminated */
	const char *cmp;
};

static const struct hedge before[] = {
	{ { "more", "than" }, ">" }, { { "greater", "than" }, ">" }, { { "higher", "than" }, ">" }, { { "larger", "than" }, ">" },
	{ { "bigger", "than" }, ">" }, { { "well", "over" }, ">" }, { { "just", "over" }, ">" }, { { "over" }, ">" },
	{ { "well", "above" }, ">" }, { { "above" }, ">" }, { { "exceeding" }, ">" }, { { "exceed" }, ">" },
	{ { "exceeds" }, ">" }, { { "exceeded" }, ">" }, { { "in", "excess", "of" }, ">" }, { { "upwards", "of" }, ">" },
	{ { "upward", "of" }, ">" }, { { "north", "of" }, ">" }, { { "surpass" }, ">" }, { { "surpassing" }, ">" },
	{ { "greater", "than", "or", "equal", "to" }, ">=" }, { { "more", "than", "or", "equal", "to" }, ">=" },
	{ { "at", "least" }, ">=" }, { { "at", "least", "or", "equal", "to" }, ">=" },
	{ { "bigger", "or", "equal", "than" }, ">=" }, { { "higher", "or", "equal", "than" }, ">=" },
	{ { "greater", "or", "equal", "than" }, ">=" }, { { "larger", "or", "equal", "than" }, ">=" },
	{ { "equal", "to", "or", "more", "than" }, ">=" }, { { "equal", "to", "or", "greater", "than" }, ">=" },
	{ { "smaller", "or", "equal", "than" }, "<=" }, { { "less", "or", "equal", "than" }, "<=" },
	{ { "lower", "or", "equal", "than" }, "<=" }, { { "equal", "to", "or", "less", "than" }, "<=" },
	{ { "equal", "to", "or", "fewer", "than" }, "<=" }, { { "no", "less", "than" }, ">=" }, { { "no", "fewer", "than" }, ">=" },
	{ { "not", "less", "than" }, ">=" }, { { "not", "fewer", "than" }, ">=" }, { { "a", "minimum", "of" }, ">=" },
	{ { "less", "than", "or", "equal", "to" }, "<=" }, { { "fewer", "than", "or", "equal", "to" }, "<=" },
	{ { "up", "to" }, "<=" }, { { "at", "most" }, "<=" }, { { "no", "more", "than" }, "<=" }, { { "not", "more", "than" }, "<=" },
	{ { "a", "maximum", "of" }, "<=" }, { { "as", "many", "as" }, "<=" }, { { "as", "much", "as" }, "<=" }, { { "as", "high", "as" }, "<=" },
	{ { "less", "than" }, "<" }, { { "fewer", "than" }, "<" }, { { "lower", "than" }, "<" }, { { "smaller", "than" }, "<" },
	{ { "just", "under" }, "<" }, { { "under" }, "<" }, { { "just", "below" }, "<" }, { { "below" }, "<" },
	{ { "short", "of" }, "<" },
	{ { "about" }, "~" }, { { "around" }, "~" }, { { "approximately" }, "~" }, { { "approx" }, "~" },
	{ { "roughly" }, "~" }, { { "nearly" }, "~" }, { { "almost" }, "~" }, { { "close", "to" }, "~" },
	{ { "some" }, "~" }, { { "an", "estimated" }, "~" }, { { "estimated" }, "~" }, { { "circa" }, "~" },
	{ { "just", "about" }, "~" }, { { "more", "or", "less" }, "~" }, { { "somewhere", "around" }, "~" },
	{ { "exactly" }, "=" }, { { "precisely" }, "=" }, { { "equal", "to" }, "=" }, { { "equals" }, "=" },
	{ { "equals", "to" }, "=" }, { { "just" }, "=" }, { { "only" }, "=" },
	{ { NULL }, NULL }
};

static const struct hedge after[] = {
	{ { "or", "more" }, ">=" }, { { "and", "more" }, ">=" }, { { "and", "over" }, ">=" }, { { "or", "over" }, ">=" },
	{ { "and", "above" }, ">=" }, { { "or", "above" }, ">=" }, { { "or", "older" }, ">=" }, { { "and", "older" }, ">=" },
	{ { "and", "up" }, ">=" }, { { "or", "greater" }, ">=" }, { { "or", "higher" }, ">=" }, { { "plus" }, ">=" },
	{ { "or", "less" }, "<=" }, { { "or", "fewer" }, "<=" }, { { "and", "under" }, "<=" }, { { "or", "under" }, "<=" },
	{ { "and", "below" }, "<=" }, { { "or", "below" }, "<=" }, { { "or", "younger" }, "<=" }, { { "and", "younger" }, "<=" },
	{ { "or", "so" }, "~" }, { { "or", "thereabouts" }, "~" }, { { "odd" }, "~" },
	{ { NULL }, NULL }
};

/* Matches the words of h ending just before token i (not before floor);
 * returns the first token of the match, or (size_t)-1. */
static size_t
match_before(const num_scanner *S, size_t i, const char *const *w)
{
	size_t nw = 0;
	while (w[nw] != NULL)
		nw++;
	if (nw > i || i - nw < S->floor || !is_word(S, i - 1, w[nw - 1]))
		return (size_t)-1;
	for (size_t k = 0; k + 1 < nw; k++)
		if (!is_word(S, i - nw + k, w[k]))
			return (size_t)-1;
	return i - nw;
}

static size_t
match_after(const num_scanner *S, size_t j, const char *const *w)
{
	for (size_t k = 0; w[k] != NULL; k++)
		if (!is_word(S, j + k, w[k]))
			return (size_t)-1;
	size_t k = 0;
	while (w[k] != NULL)
		k++;
	return j + k;
}

/* Words before "up to" that make it a direction, not a bound. */
static int
motion_verb(const num_scanner *S, size_t j)
{
	static const char *const verbs[] = {
		"rose", "risen", "rise", "rises", "rising", "went", "go", "goes", "going", "gone",
		"jumped", "jump", "climbed", "climb", "moved", "move", "came", "come", "shot",
		"soared", "increased", "grew", "grown", "ramped", "step", "stepped", "add", "added",
		"adds", "sum", "sums", "summed", "built", "build", "scale", "scaled", "bring", "brought",
		"amount", "amounts", "amounted", "live", "lived", "lives", "measure", "measured",
		"stood", "stand", "picked", "pick", NULL
	};
	for (size_t i = 0; verbs[i] != NULL; i++)
		if (is_word(S, j, verbs[i]))
			return 1;
	return 0;
}

/* The hedge before token i: sets *hs (first token) and returns its cmp. */
static const char *
hedge_before(const num_scanner *S, size_t i, size_t *hs)
{
	static uint32_t last_words[27]; /* by first letter: bit n for a last word of n letters */
	if (last_words[0] == 0) {
		last_words[0] = 1;
		for (const struct hedge *h = before; h->w[0] != NULL; h++) {
			size_t n = 0;
			while (h->w[n + 1] != NULL)
				n++;
			last_words[num_word_letter[(unsigned char)h->w[n][0]]] |= 1u << strlen(h->w[n]);
		}
	}
	/* >10, < = 100, >= 30, ≤ 5 */
	if (i > S->floor && T(i - 1).t == T_PUNCT) {
		size_t k = i - 1;
		int eq = 0;
		if (T(k).ch == '=' && k > S->floor && (is_punct(S, k - 1, '<') || is_punct(S, k - 1, '>'))) {
			eq = 1;
			k--;
		}
		if (T(k).ch == '<' || T(k).ch == '>' || T(k).ch == 0x2264 || T(k).ch == 0x2265) {
			if (k > 0 && (is_punct(S, k - 1, '<') || is_punct(S, k - 1, '>') || is_punct(S, k - 1, '=')))
				return NULL; /* <>30, =>30 */
			*hs = k;
			if (T(k).ch == 0x2264)
				return "<=";
			if (T(k).ch == 0x2265)
				return ">=";
			return T(k).ch == '<' ? (eq ? "<=" : "<") : (eq ? ">=" : ">");
		}
		return NULL;
	}
	if (i == 0 || T(i - 1).t != T_WORD || tlen(S, i - 1) >= 32 ||
	    !(last_words[num_word_letter[(unsigned char)S->p[T(i - 1).s]]] >> tlen(S, i - 1) & 1))
		return NULL; /* every hedge ends in a word, and not this one */
	for (const struct hedge *h = before; h->w[0] != NULL; h++) {
		size_t k = match_before(S, i, h->w);
		if (k == (size_t)-1)
			continue;
		if (strcmp(h->w[0], "up") == 0 && k > 0 && motion_verb(S, k - 1))
			continue;
		if (h->w[1] == NULL && (strcmp(h->w[0], "just") == 0 || strcmp(h->w[0], "only") == 0))
			continue; /* kept as words of no comparison */
		*hs = k;
		return h->cmp;
	}
	return NULL;
}

/* ---- currency, percent and units around a core ---- */

/* A currency sign or code at j, before a number: returns the ISO index and the
 * token after it. */
static int
currency_before(const num_scanner *S, size_t j, size_t *next)
{
	if (j >= NT)
		return 0;
	if (T(j).t == T_PUNCT) {
		int cur = T(j).ch == '$' ? CUR_USD : T(j).ch == 0x20AC ? CUR_EUR :
		          T(j).ch == 0xA3 ? CUR_GBP : T(j).ch == 0xA5 ? CUR_JPY : 0;
		if (cur) {
			*next = j + 1;
			return cur;
		}
		return 0;
	}
	if (T(j).t != T_WORD)
		return 0;
	/* US$, HK$, A$, C$ (and "US $" as tokenized news text writes them) */
	if (is_punct(S, j + 1, '$') && (glued(S, j + 1) || tlen(S, j) <= 2)) {
		int cur = is_word(S, j, "us") ? CUR_USD : is_word(S, j, "hk") ? CUR_HKD :
		          is_word(S, j, "a") && (T(j).upper || glued(S, j + 1)) ? CUR_AUD :
		          is_word(S, j, "c") && (T(j).upper || glued(S, j + 1)) ? CUR_CAD : 0;
		if (cur) {
			*next = j + 2;
			return cur;
		}
	}
	if (T(j).upper && tlen(S, j) == 3 && role(S, j) == NW_CUR && (is_num(S, j + 1) || is_punct(S, j + 1, '.'))) {
		*next = j + 1;
		return (int)T(j).w->val;
	}
	return 0;
}

/* A currency word after a number: yuan, US dollars, Hong Kong dollars. */
static int
currency_after(const num_scanner *S, size_t j, size_t *next)
{
	if (is_word(S, j, "us") && role(S, j + 1) == NW_CUR) {
		*next = j + 2;
		return CUR_USD;
	}
	if (is_word(S, j, "u") && is_punct(S, j + 1, '.') && is_word(S, j + 2, "s") &&
	    is_punct(S, j + 3, '.') && is_word(S, j + 4, "dollars")) {
		*next = j + 5;
		return CUR_USD;
	}
	if (is_word(S, j, "hong") && is_word(S, j + 1, "kong") && is_word(S, j + 2, "dollars")) {
		*next = j + 3;
		return CUR_HKD;
	}
	if (is_word(S, j + 1, "dollars")) {
		int cur = is_word(S, j, "australian") ? CUR_AUD : is_word(S, j, "canadian") ? CUR_CAD :
		          is_word(S, j, "american") ? CUR_USD : 0;
		if (cur) {
			*next = j + 2;
			return cur;
		}
	}
	if (role(S, j) == NW_CUR) {
		if (is_word(S, j, "won") || is_word(S, j, "pounds") || is_word(S, j, "francs")) {
			/* pounds of food; won is a verb: only in a money context */
			if (is_word(S, j + 1, "of") || !T(j).sp)
				return 0;
		}
		*next = j + 1;
		return (int)T(j).w->val;
	}
	return 0;
}

/* % / percent / per cent / percentage points: returns 1 (percent) or 2 (points). */
static int
percent_after(const num_scanner *S, size_t j, size_t *next)
{
	if (is_punct(S, j, '%') || is_punct(S, j, 0xFF05)) {
		*next = j + 1;
		return 1;
	}
	if (is_word(S, j, "per") && is_word(S, j + 1, "cent")) {
		*next = j + 2;
		return 1;
	}
	if (role(S, j) == NW_PERCENT) {
		if (is_word(S, j, "percentage") && (is_word(S, j + 1, "points") || is_word(S, j + 1, "point"))) {
			*next = j + 2;
			return 2;
		}
		if (is_word(S, j, "percent") && (is_word(S, j + 1, "points"))) {
			*next = j + 2;
			return 2;
		}
		*next = j + 1;
		return 1;
	}
	return 0;
}

static const char *
unit_after(const num_scanner *S, size_t j, size_t *next)
{
	if (is_word(S, j, "square") && (is_word(S, j + 1, "kilometers") || is_word(S, j + 1, "kilometres") ||
	    is_word(S, j + 1, "km"))) {
		*next = j + 2;
		return "sq km";
	}
	if (is_word(S, j, "nautical") && is_word(S, j + 1, "miles")) {
		*next = j + 2;
		return "nmi";
	}
	if (role(S, j) == NW_UNIT && !is_word(S, j, "nautical")) {
		/* "in" and "t", "m" and "g" alone are too ambiguous after a number */
		*next = j + 1;
		return num_unit_names[T(j).w->val];
	}
	return NULL;
}

/* ---- dates and times ---- */

static int
month_at(const num_scanner *S, size_t j)
{
	if (role(S, j) != NW_MONTH || !T(j).cap)
		return 0;
	if (wflags(S, j) & NF_ABBR) {
		/* Jan. 5, Sept 12 */
		return (int)T(j).w->val;
	}
	return (int)T(j).w->val;
}

static int
ampm(const num_scanner *S, size_t j, size_t *next)
{
	/* a.m. / p.m. / AM / PM */
	if ((is_word(S, j, "a") || is_word(S, j, "p")) && is_punct(S, j + 1, '.') && glued(S, j + 1) &&
	    is_word(S, j + 2, "m") && glued(S, j + 2)) {
		int pm = is_word(S, j, "p");
		*next = j + 3;
		if (is_punct(S, j + 3, '.') && glued(S, j + 3))
			*next = j + 4;
		return pm ? 2 : 1;
	}
	if (is_word(S, j, "am") || is_word(S, j, "pm")) {
		if (is_word(S, j, "am") && !T(j).upper && T(j).sp && !at_boundary(S, j + 1))
			return 0; /* "10 am told": rare; "I am" never follows a number */
		*next = j + 1;
		return is_word(S, j, "pm") ? 2 : 1;
	}
	return 0;
}

static int
emit_simple(num_scanner *S, int kind, const char *vtext, size_t i, size_t j)
{
	num_expr e;
	memset(&e, 0, sizeof e);
	e.kind = kind;
	e.vtext = vtext;
	e.cmp = "=";
	e.unit = "";
	e.start = T(i).s;
	e.end = T(j - 1).e;
	S->emit(S->ctx, &e, S->p);
	return 1;
}

/* Dates and times starting at token i; returns the end token, or i. */
static size_t
date_time(num_scanner *S, size_t i)
{
	char *vt = S->vtext[0];
	int m = month_at(S, i);
	if (m) {
		size_t k = i + 1;
		if (is_punct(S, k, '.') && glued(S, k) && (wflags(S, i) & NF_ABBR))
			k++;
		long d = small(S, k);
		if (d >= 1 && d <= 31 && tlen(S, k) <= 2) {
			size_t e = k + 1;
			if (ordinal_suffix(S, e))
				e++;
			size_t y = e;
			if (is_punct(S, y, ','))
				y++;
			long yr = small(S, y);
			if (yr >= 1000 && yr <= 2999 && tlen(S, y) == 4 && !(glued(S, y + 1) && T(y + 1).t != T_PUNCT)) {
				snprintf(vt, 48, "%04ld-%02d-%02ld", yr, m, d);
				return emit_simple(S, NK_DATE, vt, i, y + 1), y + 1;
			}
			if (role(S, k - 1) == NW_MONTH && (is_word(S, i, "may") || is_word(S, i, "march")) &&
			    i > 0 && !T(i).cap)
				return i;
			snprintf(vt, 48, "--%02d-%02ld", m, d);
			return emit_simple(S, NK_DATE, vt, i, e), e;
		}
		if (d >= 1000 && d <= 2999 && tlen(S, k) == 4 && !(glued(S, k + 1) && T(k + 1).t != T_PUNCT)) {
			snprintf(vt, 48, "%04ld-%02d", d, m);
			return emit_simple(S, NK_DATE, vt, i, k + 1), k + 1;
		}
		return i;
	}
	if (!is_num(S, i))
		return i;
	long a = small(S, i);
	/* 27 October 2020, 3rd May */
	size_t k = i + 1;
	if (ordinal_suffix(S, k))
		k++;
	if (a >= 1 && a <= 31 && tlen(S, i) <= 2 && (m = month_at(S, k)) && !(wflags(S, k) & NF_ABBR && 0)) {
		long yr = small(S, k + 1);
		if (yr >= 1000 && yr <= 2999 && tlen(S, k + 1) == 4) {
			snprintf(vt, 48, "%04ld-%02d-%02ld", yr, m, a);
			return emit_simple(S, NK_DATE, vt, i, k + 2), k + 2;
		}
		snprintf(vt, 48, "--%02d-%02ld", m, a);
		return emit_simple(S, NK_DATE, vt, i, k + 1), k + 1;
	}
	/* 2020-10-27 */
	if (tlen(S, i) == 4 && is_punct(S, i + 1, '-') && glued(S, i + 1) && is_num(S, i + 2) &&
	    glued(S, i + 2) && tlen(S, i + 2) == 2 && is_punct(S, i + 3, '-') && glued(S, i + 3) &&
	    is_num(S, i + 4) && glued(S, i + 4) && tlen(S, i + 4) == 2) {
		long mo = small(S, i + 2), d = small(S, i + 4);
		if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
			snprintf(vt, 48, "%04ld-%02ld-%02ld", a, mo, d);
			return emit_simple(S, NK_DATE, vt, i, i + 5), i + 5;
		}
	}
	/* 2026/09/14 */
	if (tlen(S, i) == 4 && is_punct(S, i + 1, '/') && glued(S, i + 1) && is_num(S, i + 2) &&
	    glued(S, i + 2) && tlen(S, i + 2) <= 2 && is_punct(S, i + 3, '/') && glued(S, i + 3) &&
	    is_num(S, i + 4) && glued(S, i + 4) && tlen(S, i + 4) <= 2) {
		long mo = small(S, i + 2), d = small(S, i + 4);
		if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
			snprintf(vt, 48, "%04ld-%02ld-%02ld", a, mo, d);
			return emit_simple(S, NK_DATE, vt, i, i + 5), i + 5;
		}
	}
	/* 5/17/2018; 9/11 */
	if (tlen(S, i) <= 2 && is_punct(S, i + 1, '/') && glued(S, i + 1) && is_num(S, i + 2) &&
	    glued(S, i + 2) && tlen(S, i + 2) <= 2) {
		long d = small(S, i + 2);
		if (is_punct(S, i + 3, '/') && glued(S, i + 3) && is_num(S, i + 4) && glued(S, i + 4) &&
		    (tlen(S, i + 4) == 4 || tlen(S, i + 4) == 2) && a >= 1 && a <= 12 && d >= 1 && d <= 31) {
			long yr = small(S, i + 4);
			if (yr < 100)
				yr += yr < 50 ? 2000 : 1900;
			snprintf(vt, 48, "%04ld-%02ld-%02ld", yr, a, d);
			return emit_simple(S, NK_DATE, vt, i, i + 5), i + 5;
		}
		if (a == 9 && d == 11 && !is_punct(S, i + 3, '/')) {
			snprintf(vt, 48, "2001-09-11");
			return emit_simple(S, NK_DATE, vt, i, i + 3), i + 3;
		}
	}
	/* 2:14 P.M., 12:19, 10 a.m. */
	if (tlen(S, i) <= 2 && a <= 24) {
		long mi = -1, se = -1;
		size_t e = i + 1;
		if (is_punct(S, e, ':') && glued(S, e) && is_num(S, e + 1) && glued(S, e + 1) && tlen(S, e + 1) == 2) {
			mi = small(S, e + 1);
			e += 2;
			if (is_punct(S, e, ':') && glued(S, e) && is_num(S, e + 1) && glued(S, e + 1) && tlen(S, e + 1) == 2) {
				se = small(S, e + 1);
				e += 2;
			}
			if (mi > 59 || se > 59 || is_num(S, e))
				return i;
		}
		size_t ap_end;
		int ap = ampm(S, e, &ap_end);
		if (mi < 0 && !ap)
			return i;
		long h = a;
		if (ap == 2 && h < 12)
			h += 12;
		if (ap == 1 && h == 12)
			h = 0;
		if (ap && (a == 0 || a > 12))
			return i;
		if (se >= 0)
			snprintf(vt, 48, "%02ld:%02ld:%02ld", h, mi, se);
		else
			snprintf(vt, 48, "%02ld:%02ld", h, mi < 0 ? 0 : mi);
		if (ap)
			e = ap_end;
		return emit_simple(S, NK_TIME, vt, i, e), e;
	}
	return i;
}

/* ---- relative ordinals (only with NUM_SCAN_RELATIVE) ---- */

static size_t
relative(num_scanner *S, size_t i, int all)
{
	/* only: every phrase is read by default; the others, which are "last
	 * year" and "next week" in a briefing, only with --relative */
	static const struct { const char *w[7]; const char *v; int only; } rel[] = {
		{ { "the", "last", "but", "one" }, "end-1", 0 },
		{ { "the", "one", "before", "the", "last", "one" }, "end-1", 0 },
		{ { "the", "one", "before", "the", "last" }, "end-1", 0 },
		{ { "the", "second", "to", "last" }, "end-1", 0 },
		{ { "second", "to", "last" }, "end-1", 0 }, { { "next", "to", "last" }, "end-1", 0 },
		{ { "penultimate" }, "end-1", 0 }, { { "antepenultimate" }, "end-2", 0 },
		{ { "previous", "one" }, "current-1", 1 }, { { "next", "one" }, "current+1", 1 },
		{ { "current", "one" }, "current+0", 1 }, { { "last" }, "end+0", 1 },
		{ { "next" }, "current+1", 1 }, { { "previous" }, "current-1", 1 },
		{ { "current" }, "current+0", 1 },
		{ { NULL }, NULL, 0 }
	};
	if (!(wflags(S, i) & NF_REL))
		return i;
	if (is_word(S, i, "the") && !is_word(S, i + 1, "last") && !is_word(S, i + 1, "one") &&
	    !is_word(S, i + 1, "second"))
		return i;
	for (size_t r = 0; rel[r].w[0] != NULL; r++) {
		if (rel[r].only && !all)
			continue;
		size_t e = match_after(S, i, rel[r].w);
		if (e == (size_t)-1)
			continue;
		strcpy(S->vtext[1], rel[r].v);
		emit_simple(S, NK_ORDINAL, S->vtext[1], i, e);
		return e;
	}
	return i;
}

/* ---- the expression ---- */

struct expr {
	num_expr e;
	struct core c;
	size_t i, j;             /* tokens [i, j) of the whole span */
	int cur, pct;
};

/* Can token i start a number core? */
static int
core_start(const num_scanner *S, size_t i)
{
	if (i >= NT)
		return 0;
	if (T(i).t == T_NUM || T(i).t == T_VFRAC)
		return 1;
	if (T(i).t == T_PUNCT)
		return T(i).ch == '.' && (T(i).sp || i == 0) && is_num(S, i + 1) && glued(S, i + 1) &&
		       !(i > 0 && is_num(S, i - 1));
	int r = role(S, i);
	return r == NW_ZERO || r == NW_DIGIT || r == NW_TEEN || r == NW_TENS || r == NW_ORD ||
	       r == NW_HALF || r == NW_QUARTER || r == NW_A;
}

static size_t
parse_core(num_scanner *S, size_t i, struct core *c)
{
	if (i >= NT)
		return i;
	if (T(i).t == T_VFRAC) {
		memset(c, 0, sizeof *c);
		num_dec n = num_dec_u64(S->A, T(i).ch >> 8);
		num_dec_div_u64(S->A, &n, T(i).ch & 0xFF, &c->v);
		c->fraction = 1;
		c->i = i;
		c->j = i + 1;
		return i + 1;
	}
	if (T(i).t == T_NUM || is_punct(S, i, '.')) {
		parse_digits(S, i, c);
		size_t j = c->j;
		if (c->ordinal || c->name || c->decade)
			return j;
		/* 2 1/4; 3/4 */
		if (!c->groups && c->ndig > 0 && is_punct(S, j, '/') && glued(S, j) && is_num(S, j + 1) &&
		    glued(S, j + 1) && !is_punct(S, j + 2, '/') && S->p[T(i).s] != '0' &&
		    !(i > 0 && is_punct(S, i - 1, '/') && glued(S, i))) {
			uint64_t a, b;
			num_dec d = num_dec_digits(S->A, S->p + T(j + 1).s, tlen(S, j + 1), 0);
			if (num_dec_to_u64(&c->v, &a) && num_dec_to_u64(&d, &b) && b > 1 && b <= 1000 && a < b) {
				num_dec_div_u64(S->A, &c->v, b, &c->v);
				c->fraction = 1;
				c->ndig = 0;
				c->j = j + 2;
				return c->j;
			}
			return j;
		}
		if (c->ndig > 0 && c->ndig <= 3 && !c->groups && is_num(S, j) && T(j).sp && is_punct(S, j + 1, '/') &&
		    glued(S, j + 1) && is_num(S, j + 2) && glued(S, j + 2)) {
			uint64_t a, b;
			num_dec n = num_dec_digits(S->A, S->p + T(j).s, tlen(S, j), 0);
			num_dec d = num_dec_digits(S->A, S->p + T(j + 2).s, tlen(S, j + 2), 0);
			if (num_dec_to_u64(&n, &a) && num_dec_to_u64(&d, &b) && b > 1 && b <= 100 && a < b) {
				num_dec_div_u64(S->A, &n, b, &n);
				num_dec_add(S->A, &c->v, &n, &c->v);
				c->fraction = 1;
				c->ndig = 0;
				c->j = j + 3;
				return c->j;
			}
		}
		/* scale words: 2 million, 1.2 trillion, 3 dozen, 322 hundred, 10 bln */
		for (;;) {
			int r = role(S, j);
			if ((r == NW_SCALE || r == NW_HUNDRED) && !(wflags(S, j) & NF_PLURAL)) {
				c->v = num_dec_shift(c->v, (int32_t)T(j).w->val);
			} else if (r == NW_DOZEN) {
				num_dec_mul_u64(S->A, &c->v, 12, &c->v);
			} else if (j < NT && glued_scale(S, j) == 0 && T(j).t == T_WORD && T(j).sp && tlen(S, j) == 1 &&
			           (S->p[T(j).s] == 'k' || S->p[T(j).s] == 'K' || S->p[T(j).s] == 'M' ||
			            S->p[T(j).s] == 'G') && (at_boundary(S, j + 1))) {
				/* 2.33 k, 1,674.5 M: a lone letter at the end */
				int k = S->p[T(j).s] == 'G' ? 9 : S->p[T(j).s] == 'M' ? 6 : 3;
				c->v = num_dec_shift(c->v, k);
			} else {
				break;
			}
			if (c->sc_i == 0 && c->sc_j == 0)
				c->sc_i = j;
			c->sc_j = j + 1;
			c->ndig = 0;
			j++;
		}
		/* 4 thousand 3 hundred and 21: a smaller number after a scale word */
		if (c->sc_j > c->sc_i && (role(S, c->sc_j - 1) == NW_SCALE || role(S, c->sc_j - 1) == NW_HUNDRED)) {
			int k10 = (int)T(c->sc_j - 1).w->val;
			size_t k = j;
			int and = role(S, k) == NW_AND;
			if (and)
				k++;
			struct core d;
			if ((is_num(S, k) && T(k).sp && tlen(S, k) <= 3) || is_spelled(role(S, k))) {
				size_t e = parse_core(S, k, &d);
				num_dec lim = num_dec_shift(num_dec_u64(S->A, 1), k10);
				if (e != k && !d.ordinal && !d.name && !d.fraction && !d.decade &&
				    (and || d.sc_j > d.sc_i) && num_dec_cmp(S->A, &d.v, &lim) < 0 &&
				    !(d.digits && is_punct(S, e, '/'))) {
					num_dec_add(S->A, &c->v, &d.v, &c->v);
					j = e;
				}
			}
		}
		/* 3 million and a half: a half million */
		if (c->sc_j > c->sc_i && role(S, j) == NW_AND && role(S, c->sc_j - 1) == NW_SCALE) {
			num_dec f;
			size_t fe = frac_words(S, j + 1, &f);
			if (fe != j + 1) {
				f = num_dec_shift(f, (int32_t)T(c->sc_j - 1).w->val);
				num_dec_add(S->A, &c->v, &f, &c->v);
				j = fe;
			}
		}
		c->j = j;
		return j;
	}
	size_t e = parse_words(S, i, c, 0);
	if (e == i)
		return i;
	return e;
}

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
		return !(is_word(S, j, "or") && core_start(S, j + 1)) &&
		       !(is_word(S, j, "and") && core_start(S, j + 1)) &&
		       !(is_word(S, j, "in") && core_start(S, j + 1));
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

/* Suffixes after a core: currency word, percent, unit; returns the new end. */
static size_t
suffixes(num_scanner *S, size_t j, int *cur, int *pct, const char **unit)
{
	size_t nx;
	int k;
	if (!*cur && (k = percent_after(S, j, &nx)) != 0) {
		*pct = k;
		return nx;
	}
	if ((k = currency_after(S, j, &nx)) != 0) {
		*cur = k;
		return nx;
	}
	const char *u;
	if (!*cur && *unit == NULL && (u = unit_after(S, j, &nx)) != NULL) {
		*unit = u;
		return nx;
	}
	return j;
}

/* The noun phrase of an expression ending at token j. */
static void
noun(num_scanner *S, num_expr *e, size_t j, int singular)
{
	num_np np;
	size_t k = j;
	if (e->kind == NK_PERCENT || e->kind == NK_FRACTION) {
		/* 45 percent of Americans; two thirds of the members */
		if (!is_word(S, k, "of"))
			return;
		k++;
		if (is_word(S, k, "the") || is_word(S, k, "all") || is_word(S, k, "our") ||
		    is_word(S, k, "those") || is_word(S, k, "these") || is_word(S, k, "their"))
			k++;
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
	x.cur = currency_before(S, i, &j);
	if (x.cur)
		i = j;
	if ((is_punct(S, i, '-') || is_punct(S, i, 0x2212)) && is_num(S, i + 1) && glued(S, i + 1) &&
	    (T(i).sp || i == 0) && !x.cur) {
		neg = 1;
		i++;
	} else if (role(S, i) == NW_NEG && core_start(S, i + 1) && !x.cur) {
		neg = 1;
		i++;
	}
	if (!core_start(S, i))
		return 0;
	size_t ce = parse_core(S, i, &x.c);
	if (ce == i)
		return 0;
	struct core *c = &x.c;
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
		const char *hc = hedge_before(S, i0, &hs);
		if (hc == NULL || strcmp(hc, "~") == 0)
			return 0;
	}

	/* suffixes: currency word, percent, unit */
	j = suffixes(S, j, &x.cur, &x.pct, &c->unit);
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
		if ((k = currency_after(S, j + 1, &nx2)) != 0 && nx2 == j + 2) {
			x.cur = k;
			j = nx2;
		} else if ((k = percent_after(S, j + 1, &nx2)) != 0) {
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
		cmp = hedge_before(S, i0, &hs);
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
			int cb = currency_before(S, k, &kn);
			if (cb)
				k = kn;
			if (core_start(S, k) && T(k).t != T_PUNCT && role(S, k) != NW_A) {
				size_t e2 = parse_core(S, k, &c2);
				if (e2 != k && !c2.ordinal && !c2.name && !c2.decade &&
				    !(is_dash(S, rj) && is_dash(S, e2) && glued(S, e2))) {
					cur2 = cb;
					e2 = suffixes(S, e2, &cur2, &pct2, &c2.unit);
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
			for (const struct hedge *h = after; h->w[0] != NULL && j < NT && T(j).t == T_WORD; h++) {
				size_t k = match_after(S, j, h->w);
				if (k == (size_t)-1)
					continue;
				if (core_start(S, k) && strcmp(h->w[0], "odd") != 0 && !is_word(S, k, "a"))
					continue; /* 200 or more than 300: the next is its own */
				cmp = h->cmp;
				e->hedge2_s = T(j).s;
				e->hedge2_e = T(k - 1).e;
				j = k;
				break;
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
		int prep = i0 > 0 && ((wflags(S, i0 - 1) & NF_YEARPREP) || month_at(S, i0 - 1) ||
		                      is_punct(S, i0 - 1, '-') || is_punct(S, i0 - 1, '\''));
		int counted = j < NT && T(j).t == T_WORD && !T(j).cap && num_noun_plural(S->p, &T(j));
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
	    T(i - 1).cap && hs == (size_t)-1 && !range)
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
	noun(S, &e, k, 0);
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
	size_t e = parse_core(S, k + 1, &c);
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

/* "one over three", "one out of three": a fraction read aloud, only when the
 * denominator ends the phrase ("$2000 over 3 years" is not one). */
static int
over_fraction(num_scanner *S, size_t i, size_t *next)
{
	struct core a, b;
	size_t e = parse_core(S, i, &a);
	if (e == i || a.ordinal || a.name || a.fraction || a.decade)
		return 0;
	size_t k = e;
	if (is_word(S, k, "over"))
		k++;
	else if (is_word(S, k, "out") && is_word(S, k + 1, "of"))
		k += 2;
	else
		return 0;
	size_t e2 = parse_core(S, k, &b);
	uint64_t den;
	if (e2 == k || b.ordinal || b.fraction || b.name || !num_dec_to_u64(&b.v, &den) || den == 0)
		return 0;
	if (!is_word(S, e, "over") && num_dec_cmp(S->A, &a.v, &b.v) >= 0)
		return 0; /* 12 out of 10 */
	if (is_word(S, e - 0, "over") && !at_boundary(S, e2))
		return 0;
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
	parse_core(S, k, &last);
	if (last.groups == 0)
		return 0;
	for (size_t m = 0; m < n; m++) {
		num_expr x;
		memset(&x, 0, sizeof x);
		x.kind = NK_CARDINAL;
		x.cmp = "=";
		x.unit = "";
		struct core c;
		parse_digits(S, items[m], &c);
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
	/* relative ordinals ("last") are too common for the filter to help */
	return (S->flags & NUM_SCAN_RELATIVE) ? 0 : num_text_first(p, n);
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
		if (t->t == T_WORD && t->w != NULL && (t->w->flags & NF_REL) &&
		    (nx = relative(S, i, S->flags & NUM_SCAN_RELATIVE)) != i) {
			i = S->floor = nx;
			continue;
		}
		if (!cand) {
			i++;
			continue;
		}
		if ((t->t == T_NUM || r == NW_MONTH) && (nx = date_time(S, i)) != i) {
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
		if ((t->t == T_NUM || is_spelled(r)) && over_fraction(S, i, &nx)) {
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
