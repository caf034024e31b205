/* num_core.c - the number itself: digits with separators, decimals, powers and glued
 * scales; spelled numbers, fractions and ordinals; scale words after digits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num_scan_int.h"

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
	if (!is_num(S, k) || !glued(S, k))
		return j;
	long e = small(S, k);
	if (e < 0 || e > 100000) {
		v->d = NULL; /* 1e999999999: refused by the caller, never cut short */
		return k + 1;
	}
	if (mul10 == 2) {
		if (!power(S, v, sign * e)) {
			v->d = NULL; /* refused by the caller, never cut short */
			return k + 1;
		}
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

int
ns_ordinal_suffix(const num_scanner *S, size_t j)
{
	return j < NT && T(j).t == T_WORD && glued(S, j) &&
	       (is_word(S, j, "st") || is_word(S, j, "nd") || is_word(S, j, "rd") ||
	        is_word(S, j, "th"));
}

int
ns_parse_digits(num_scanner *S, size_t i, struct core *c)
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
		if (!num_dec_set(&c->v)) {
			c->refused = "a power whose exact value has too many digits";
			c->j = j;
			return 1;
		}
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
		if (ns_ordinal_suffix(S, j) && frac == 0) {
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

static size_t
frac_words(num_scanner *S, size_t j, num_dec *v)
{
	struct core c;
	size_t e = ns_parse_words(S, j, &c, 1);
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

/* "hundred thousand", "hundred million" without "a" or "one" before them: as
 * transcribed speech often has it.  Bare "hundred" alone is not read, nor
 * "several hundred thousand" (no one number). */
static int
bare_hundred(const num_scanner *S, size_t i)
{
	return role(S, i) == NW_HUNDRED && !(wflags(S, i) & NF_PLURAL) && role(S, i + 1) == NW_SCALE &&
	       !(wflags(S, i + 1) & (NF_PLURAL | NF_ABBR)) &&
	       !(i > 0 && (is_spelled(role(S, i - 1)) || role(S, i - 1) == NW_A || is_num(S, i - 1) ||
	                   is_word(S, i - 1, "several") || is_word(S, i - 1, "few") ||
	                   is_word(S, i - 1, "many") || is_word(S, i - 1, "couple")));
}

size_t
ns_parse_words(num_scanner *S, size_t i, struct core *c, int inner)
{
	num_arena *A = S->A;
	num_dec total = num_dec_u64(A, 0), cur = num_dec_u64(A, 0), tmp;
	int last = L_NONE, lastk = 0, nwords = 0;
	size_t j = i, end = i;
	memset(c, 0, sizeof *c);
	c->i = i;
	c->word = 1;
	if (bare_hundred(S, i)) {
		/* spoken "hundred thousand": one hundred */
		cur = num_dec_u64(A, 1);
		last = L_A;
	} else if (role(S, i) == NW_A) {
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
			/* a quarter million, a half billion */
			if (!inner && c->fraction && role(S, end) == NW_SCALE && !(wflags(S, end) & (NF_PLURAL | NF_ABBR))) {
				c->v = num_dec_shift(c->v, (int32_t)T(end).w->val);
				c->fraction = 0;
				c->sc_i = end;
				c->sc_j = end + 1;
				end++;
			}
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
		size_t e = ns_parse_words(S, end, &d, 2);
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

/* Can token i start a number core? */
int
ns_core_start(const num_scanner *S, size_t i)
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
	       r == NW_HALF || r == NW_QUARTER || r == NW_A || bare_hundred(S, i);
}

size_t
ns_parse_core(num_scanner *S, size_t i, struct core *c)
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
		ns_parse_digits(S, i, c);
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
				size_t e = ns_parse_core(S, k, &d);
				num_dec lim = num_dec_shift(num_dec_u64(S->A, 1), k10);
				/* not "5 million and 2,000 euros": two amounts */
				if (e != k && !d.ordinal && !d.name && !d.fraction && !d.decade && d.groups == 0 &&
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
	size_t e = ns_parse_words(S, i, c, 0);
	if (e == i)
		return i;
	return e;
}

