/* sentence.c - paragraph and sentence boundaries.
 *
 * One pass over a paragraph stops only at bytes that can end a sentence
 * ('.', '?', '!' and the lead bytes of '…', CJK stops and bullets) and at
 * the line breaks judged to be boundaries beforehand; everything else is
 * skipped by a table lookup.  Each stop looks a few bytes around itself: the
 * word before a period (an abbreviation? a list marker? an initial?) and the
 * word after (lowercase continues; a capital starts a sentence unless an
 * abbreviation says otherwise). */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "err.h"
#include "mem.h"
#include "sent_words.h"
#include "sentence.h"
#include "utf8.h"

struct bk_abbrevs {
	sw_table t;
};

typedef unsigned char u8;

/* ---- characters ---------------------------------------------------------- */

/* Length of the whitespace character at p[i] (ASCII, NBSP, the Unicode
 * spaces, the ideographic space), 0 when p[i] is something else. */
static inline size_t
space_len(const char *p, size_t n, size_t i)
{
	u8 c = (u8)p[i];
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c == 0xC2)
		return i + 1 < n && (u8)p[i + 1] == 0xA0 ? 2 : 0;
	if (i + 2 >= n)
		return 0;
	u8 d = (u8)p[i + 1], e = (u8)p[i + 2];
	if (c == 0xE2)
		return (d == 0x80 && (e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF)) ||
		       (d == 0x81 && e == 0x9F) ? 3 : 0;
	if (c == 0xE3)
		return d == 0x80 && e == 0x80 ? 3 : 0;
	return 0;
}

/* Length of the whitespace character that ends just before p[i] (not
 * looking before p[lo]), 0 when there is none. */
static inline size_t
space_before(const char *p, size_t lo, size_t i)
{
	if (i <= lo)
		return 0;
	u8 c = (u8)p[i - 1];
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c == 0xA0 && i - 1 > lo && (u8)p[i - 2] == 0xC2)
		return 2;
	if (i - lo >= 3 && space_len(p, i, i - 3) == 3)
		return 3;
	return 0;
}

static inline size_t
skip_space(const char *p, size_t n, size_t i)
{
	size_t w;
	while (i < n && (w = space_len(p, n, i)) > 0)
		i += w;
	return i;
}

static inline int
is3(const char *p, size_t n, size_t i, u8 a, u8 b, u8 c)
{
	return i + 2 < n && (u8)p[i] == a && (u8)p[i + 1] == b && (u8)p[i + 2] == c;
}

/* A closing quote or bracket that may follow the final mark. */
static size_t
closer_len(const char *p, size_t n, size_t i)
{
	u8 c = (u8)p[i];
	if (c == ')' || c == ']' || c == '}' || c == '"' || c == '\'')
		return 1;
	if (c == 0xC2)
		return i + 1 < n && (u8)p[i + 1] == 0xBB ? 2 : 0;          /* » */
	if (c == 0xE2 && i + 2 < n && (u8)p[i + 1] == 0x80) {
		u8 e = (u8)p[i + 2];
		return e == 0x99 || e == 0x9D || e == 0xBA ? 3 : 0;       /* ’ ” › */
	}
	if (c == 0xE3 && i + 2 < n && (u8)p[i + 1] == 0x80) {
		u8 e = (u8)p[i + 2];
		return e == 0x89 || e == 0x8B || e == 0x8D || e == 0x8F || e == 0x91 ? 3 : 0;
	}
	if (is3(p, n, i, 0xEF, 0xBC, 0x89) || is3(p, n, i, 0xEF, 0xBC, 0x82))
		return 3;                                                  /* ） ＂ */
	return 0;
}

/* An opening quote or bracket (or a Markdown escape) before a word. */
static size_t
opener_len(const char *p, size_t n, size_t i)
{
	u8 c = (u8)p[i];
	if (c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '`' ||
	    c == '\\' || c == '*' || c == '_')
		return 1;
	if (c == 0xC2)
		return i + 1 < n && ((u8)p[i + 1] == 0xAB || (u8)p[i + 1] == 0xBF ||
		                     (u8)p[i + 1] == 0xA1) ? 2 : 0;          /* « ¿ ¡ */
	if (c == 0xE2 && i + 2 < n && (u8)p[i + 1] == 0x80) {
		u8 e = (u8)p[i + 2];
		return e == 0x98 || e == 0x9C || e == 0xB9 ? 3 : 0;       /* ‘ “ ‹ */
	}
	if (c == 0xE3 && i + 2 < n && (u8)p[i + 1] == 0x80) {
		u8 e = (u8)p[i + 2];
		return e == 0x88 || e == 0x8A || e == 0x8C || e == 0x8E || e == 0x90 ? 3 : 0;
	}
	if (is3(p, n, i, 0xEF, 0xBC, 0x88))
		return 3;                                                  /* （ */
	return 0;
}

/* A bullet character: • ‣ ⁃ ▪ ■ ● ◦. */
static size_t
bullet_len(const char *p, size_t n, size_t i)
{
	if ((u8)p[i] != 0xE2 || i + 2 >= n)
		return 0;
	u8 d = (u8)p[i + 1], e = (u8)p[i + 2];
	if ((d == 0x80 && (e == 0xA2 || e == 0xA3)) || (d == 0x81 && e == 0x83) ||
	    (d == 0x96 && (e == 0xAA || e == 0xA0)) || (d == 0x97 && (e == 0x8F || e == 0xA6)))
		return 3;
	return 0;
}

/* A CJK full stop, exclamation or question mark: ends a sentence with no
 * space after it. */
static size_t
cjk_stop_len(const char *p, size_t n, size_t i)
{
	if (is3(p, n, i, 0xE3, 0x80, 0x82) || is3(p, n, i, 0xEF, 0xBC, 0x81) ||
	    is3(p, n, i, 0xEF, 0xBC, 0x9F) || is3(p, n, i, 0xEF, 0xBD, 0xA1))
		return 3;
	return 0;
}

/* A mark that ends a sentence: . ? ! … ‼ ⁇ ⁈ ⁉ 。 ！ ？ ｡ */
static size_t
terminal_len(const char *p, size_t n, size_t i)
{
	u8 c = (u8)p[i];
	if (c == '.' || c == '?' || c == '!')
		return 1;
	if (c == 0xE2 && i + 2 < n) {
		u8 d = (u8)p[i + 1], e = (u8)p[i + 2];
		if ((d == 0x80 && (e == 0xA6 || e == 0xBC)) || (d == 0x81 && e >= 0x87 && e <= 0x89))
			return 3;
	}
	return cjk_stop_len(p, n, i);
}


static inline int
is_lower_ascii(u8 c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
is_upper_ascii(u8 c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
is_alpha_ascii(u8 c)
{
	return is_lower_ascii(c) || is_upper_ascii(c);
}

static inline int
is_digit(u8 c)
{
	return c >= '0' && c <= '9';
}

enum { NX_END, NX_LOWER, NX_UPPER, NX_DIGIT, NX_OTHER };

/* What kind of word starts at p[j] (after any opening quotes and brackets);
 * *word is where its first letter is. */
static int
word_class(const char *p, size_t n, size_t j, size_t *word)
{
	size_t w;
	while (j < n && (w = opener_len(p, n, j)) > 0)
		j += w;
	*word = j;
	if (j >= n)
		return NX_END;
	u8 c = (u8)p[j];
	if (c < 0x80) {
		if (is_lower_ascii(c))
			return NX_LOWER;
		if (is_upper_ascii(c))
			return NX_UPPER;
		if (is_digit(c) || c == '$' || c == '#')
			return NX_DIGIT;
		return NX_OTHER;
	}
	unsigned cp;
	bk_utf8_decode(p + j, n - j, &cp);
	if (cp == 0x20AC || cp == 0xA3 || cp == 0xA5)
		return NX_DIGIT;
	if (uc_is_lower(cp))
		return NX_LOWER;
	if (uc_is_upper(cp) || uc_is_property_titlecase(cp))
		return NX_UPPER;
	return NX_OTHER;
}

/* Characters (not bytes) in p[a..b): the bytes less the continuation bytes
 * (10xxxxxx), counted eight at a time. */
static size_t
nchars(const char *p, size_t a, size_t b)
{
	const char *q = p + a;
	size_t n = b - a, cont = 0;
	for (; n >= 8; q += 8, n -= 8) {
		uint64_t x;
		memcpy(&x, q, 8);
		if ((x & 0x8080808080808080ull) == 0)
			continue;
		cont += (size_t)__builtin_popcountll(x & ~(x << 1) & 0x8080808080808080ull);
	}
	for (; n > 0; q++, n--)
		cont += ((u8)*q & 0xC0) == 0x80;
	return b - a - cont;
}

/* ---- words --------------------------------------------------------------- */

struct ctx {
	const char *p;
	size_t n;
	const sw_table *user;    /* --abbrev words, or NULL */
};

static int
word_classes(const struct ctx *c, const char *w, size_t n)
{
	return sw_lookup(sw_builtin(), w, n) | (c->user ? sw_lookup(c->user, w, n) : 0);
}

/* "U.S", "a.m", "Ph.D", "D.P.R.K": letters in groups of one or two,
 * joined by periods. */
static int
is_dotted(const char *w, size_t n)
{
	size_t run = 0, dots = 0;
	for (size_t i = 0; i < n; i++) {
		u8 c = (u8)w[i];
		if (is_alpha_ascii(c)) {
			if (++run > 2)
				return 0;
		} else if (c == '.' && run > 0) {
			run = 0;
			dots++;
		} else {
			return 0;
		}
	}
	return dots > 0 && run > 0;
}

/* A list marker: "1", "12", "a", "iv" (the period or bracket after it not
 * included). */
static int
is_marker_word(const char *w, size_t n)
{
	if (n == 0 || n > 4)
		return 0;
	int digits = 1, roman = 1;
	for (size_t i = 0; i < n; i++) {
		u8 c = (u8)w[i];
		digits &= is_digit(c);
		roman &= c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X';
	}
	return (digits && n <= 3) || roman || (n == 1 && is_alpha_ascii((u8)w[0]));
}

/* Only bullets and spaces in p[a..b). */
static int
only_bullets(const char *p, size_t n, size_t a, size_t b)
{
	size_t w;
	while (a < b) {
		if ((w = space_len(p, n, a)) > 0 || (w = bullet_len(p, n, a)) > 0 ||
		    ((p[a] == '-' || p[a] == '*') && (w = 1)))
			a += w;
		else
			return 0;
	}
	return 1;
}

/* At least k words in p[a..b). */
static int
has_words(const char *p, size_t n, size_t a, size_t b, int k)
{
	int in = 0;
	for (size_t i = a; i < b; i++) {
		size_t w = space_len(p, n, i);
		if (w) {
			in = 0;
			i += w - 1;
		} else if (!in) {
			in = 1;
			if (--k <= 0)
				return 1;
		}
	}
	return 0;
}

/* Is the capitalised word at p[j] one that usually opens a sentence? */
static int
is_starter(const struct ctx *c, size_t j)
{
	size_t e = j;
	while (e < c->n && e - j <= SW_MAXLEN && is_alpha_ascii((u8)c->p[e]))
		e++;
	return (word_classes(c, c->p + j, e - j) & SW_STARTER) != 0;
}

/* ---- decisions at a stop --------------------------------------------------- */

/* The result of looking at a possible end: a boundary (the sentence ends at
 * *end, the next starts at *next), or none (scanning resumes at *next). */
typedef struct verdict {
	int boundary;
	size_t end, next;
} verdict;

static verdict
no_end(size_t resume)
{
	verdict v = { 0, 0, resume };
	return v;
}

static verdict
end_at(size_t end, size_t next)
{
	verdict v = { 1, end, next };
	return v;
}

static size_t
skip_closers(const char *p, size_t n, size_t e)
{
	size_t w;
	while (e < n && (w = closer_len(p, n, e)) > 0)
		e += w;
	return e;
}

/* After the final mark(s) ending at e: a boundary unless the next word is
 * lowercase or there is no space before it. */
static verdict
after_mark(const struct ctx *c, size_t e, int need_upper)
{
	size_t j = skip_space(c->p, c->n, e), word;
	if (j >= c->n)
		return end_at(e, c->n);
	if (j == e)
		return no_end(e);
	int k = word_class(c->p, c->n, j, &word);
	if (k == NX_LOWER || (need_upper && k != NX_UPPER))
		return no_end(j);
	return end_at(e, j);
}

/* '?' '!' and the like at i. */
static verdict
at_question(const struct ctx *c, size_t i)
{
	size_t e = i, w;
	while (e < c->n && (w = terminal_len(c->p, c->n, e)) > 0)
		e += w;
	e = skip_closers(c->p, c->n, e);
	return after_mark(c, e, 0);
}

/* A CJK stop at i: a boundary after it and its closers, space or not. */
static verdict
at_cjk_stop(const struct ctx *c, size_t i)
{
	size_t e = i, w;
	while (e < c->n && (w = terminal_len(c->p, c->n, e)) > 0)
		e += w;
	e = skip_closers(c->p, c->n, e);
	return end_at(e, skip_space(c->p, c->n, e));
}

/* Dots spaced by single spaces from i (". . ."): how many, and where the
 * last ends. */
static int
spaced_dots(const char *p, size_t n, size_t i, size_t *end)
{
	int k = 0;
	while (i < n && p[i] == '.') {
		k++;
		*end = i + 1;
		if (i + 2 < n && p[i + 1] == ' ' && p[i + 2] == '.')
			i += 2;
		else
			break;
	}
	return k;
}

/* An ellipsis starting at i ("...", "…", ". . ."): attached to the word
 * before, it may end a sentence when a capital follows; standing apart
 * (an omission in the middle of a quotation) it ends one only as the
 * four-dot ". . . ." of an omission at a sentence end. */
static verdict
at_ellipsis(const struct ctx *c, size_t s, size_t i)
{
	const char *p = c->p;
	size_t n = c->n, e = i;
	int attached = i > s && !space_before(p, s, i);
	int bracketed = i > 0 && (p[i - 1] == '[' || p[i - 1] == '(');
	int dots = 0;
	if (p[i] == '.' && i + 2 < n && p[i + 1] == ' ' && p[i + 2] == '.') {
		dots = spaced_dots(p, n, i, &e);
	} else {
		while (e < n) {
			if (p[e] == '.') {
				dots++;
				e++;
			} else if (is3(p, n, e, 0xE2, 0x80, 0xA6)) {
				dots += 3;
				e += 3;
			} else {
				break;
			}
		}
	}
	size_t end = skip_closers(p, n, e);
	if (bracketed || (!attached && dots < 4))
		return no_end(end > i ? end : i + 1);
	verdict v = after_mark(c, end, 1);
	if (!v.boundary && v.next <= i)
		v.next = end > i ? end : i + 1;
	return v;
}

/* Is the period at i, followed at once by a capitalised word, a sentence end
 * with the space forgotten ("Hello world.Today is Tuesday.")?  Not inside
 * e-mail addresses, URLs or file names, not after an abbreviation. */
static int
glued_end(const struct ctx *c, size_t s, size_t i)
{
	const char *p = c->p;
	size_t n = c->n;
	if (i < s + 2 || i + 2 >= n || !is_upper_ascii((u8)p[i + 1]) ||
	    !is_lower_ascii((u8)p[i + 2]))
		return 0;
	u8 a = (u8)p[i - 1], b = (u8)p[i - 2];
	if (!(is_lower_ascii(a) || is_digit(a)) || !(is_alpha_ascii(b) || is_digit(b) || b == ','))
		return 0;
	size_t lo = i, hi = i + 1;
	while (lo > s && i - lo < 256 && !space_before(p, s, lo))
		lo--;
	while (hi < n && hi - i < 256 && !space_len(p, n, hi))
		hi++;
	for (size_t k = lo; k < hi; k++)
		if (p[k] == '@' || p[k] == '/' || p[k] == '_' || p[k] == '\\')
			return 0;
	if (hi - lo >= 4 && strncasecmp(p + lo, "www.", 4) == 0)
		return 0;
	size_t wb = i;
	while (wb > lo && is_alpha_ascii((u8)p[wb - 1]))
		wb--;
	if (wb > lo && p[wb - 1] == '.')
		return 0; /* "e.g.The", "U.S.The": a dotted abbreviation */
	return (word_classes(c, p + wb, i - wb) & (SW_TITLE | SW_CONT | SW_GEN)) == 0;
}

/* A period at i. */
static verdict
at_period(const struct ctx *c, size_t s, size_t i)
{
	const char *p = c->p;
	size_t n = c->n;
	if (i + 1 < n && (p[i + 1] == '.' || is3(p, n, i + 1, 0xE2, 0x80, 0xA6)))
		return at_ellipsis(c, s, i);
	int attached = i > s && !space_before(p, s, i);
	if (i + 2 < n && p[i + 1] == ' ' && p[i + 2] == '.') {
		if (!attached)
			return at_ellipsis(c, s, i);
		/* "compounds. . . . The": the period ends the sentence; the
		 * ellipsis opens the next one. */
		size_t e = i + 3;
		spaced_dots(p, n, i + 2, &e);
		e = skip_closers(p, n, e);
		verdict v = after_mark(c, e, 1);
		if (v.boundary && v.end < n && v.next < n)
			return end_at(i + 1, i + 2);
		return no_end(e);
	}
	size_t e = skip_closers(p, n, i + 1);
	if (e < n && !space_len(p, n, e)) {
		if (e == i + 1 && glued_end(c, s, i))
			return end_at(i + 1, i + 1);
		return no_end(e);
	}
	size_t j = skip_space(p, n, e), word;
	if (j >= n)
		return end_at(e, n);
	int k = word_class(p, n, j, &word);
	if (k == NX_LOWER)
		return no_end(j);

	/* The word before the period, without opening quotes or bullets. */
	size_t b0 = i;
	while (b0 > s && i - b0 <= 64 && !space_before(p, s, b0))
		b0--;
	if (i - b0 > 64)
		return end_at(e, j); /* a long token (a URL, a number) is no abbreviation */
	size_t b = b0, w;
	while (b < i && ((w = opener_len(p, n, b)) > 0 || (w = bullet_len(p, n, b)) > 0))
		b += w;
	const char *wd = p + b;
	size_t wn = i - b;
	if (wn == 0)
		return end_at(e, j);
	/* "1. The first item", "a. ...", "• 9. ...": a marker, not a sentence. */
	if (is_marker_word(wd, wn) && only_bullets(p, n, s, b0))
		return no_end(j);
	/* "Japan-U.S.", "non-U.S.": the last part of a compound decides. */
	for (size_t h = wn; h > 1; h--)
		if (wd[h - 1] == '-') {
			wd += h;
			wn -= h;
			break;
		}
	if (wn == 0)
		return end_at(e, j);
	int cls = word_classes(c, wd, wn);
	if (cls & SW_CONT)
		return no_end(j);
	/* A title precedes a name, but "Hun Sen. In his message" and "back in a
	 * sec. He'll" end a sentence: names are seldom words like "In", "He". */
	if (cls & SW_TITLE) {
		if (k == NX_UPPER && is_starter(c, word) && has_words(p, n, s, i, 3))
			return end_at(e, j);
		return no_end(j);
	}
	if ((cls & SW_NUM) && k == NX_DIGIT)
		return no_end(j);
	if ((cls & SW_GEN) || is_dotted(wd, wn) || (wn == 1 && is_alpha_ascii((u8)wd[0]))) {
		/* An abbreviation or an initial ends a sentence only when a word
		 * that usually opens one follows, and what came before can stand
		 * as a sentence ("At 5 a.m. Mr. Smith" cannot). */
		if (k == NX_UPPER && is_starter(c, word) && has_words(p, n, s, i, 4))
			return end_at(e, j);
		return no_end(j);
	}
	return end_at(e, j);
}

/* A bullet at i starts a new unit when a space comes before it. */
static verdict
at_bullet(const struct ctx *c, size_t s, size_t i, size_t len)
{
	if (i > s && space_before(c->p, s, i))
		return end_at(i, i);
	return no_end(i + len);
}

static verdict
decide(const struct ctx *c, size_t s, size_t i)
{
	const char *p = c->p;
	size_t n = c->n, w;
	switch ((u8)p[i]) {
	case '.':
		return at_period(c, s, i);
	case '?':
	case '!':
		return at_question(c, i);
	case 0xE2:
		if (is3(p, n, i, 0xE2, 0x80, 0xA6))
			return at_ellipsis(c, s, i);
		if ((w = bullet_len(p, n, i)) > 0)
			return at_bullet(c, s, i, w);
		if (terminal_len(p, n, i))
			return at_question(c, i);
		return no_end(i + 1);
	default:
		if (cjk_stop_len(p, n, i))
			return at_cjk_stop(c, i);
		return no_end(i + 1);
	}
}

/* The bytes where decide() must look. */
static const u8 stop_byte[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* The first stop byte in p[i..lim), or lim.  Sixteen bytes at a time where
 * SSE2 is there: most text holds one stop in every few dozen bytes. */
static inline size_t
next_stop(const char *p, size_t i, size_t lim)
{
#ifdef __SSE2__
	const __m128i dot = _mm_set1_epi8('.'), qm = _mm_set1_epi8('?'),
	              ex = _mm_set1_epi8('!'), e2 = _mm_set1_epi8((char)0xE2),
	              e3 = _mm_set1_epi8((char)0xE3), ef = _mm_set1_epi8((char)0xEF);
	while (i + 16 <= lim) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i m = _mm_or_si128(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, qm)),
			             _mm_or_si128(_mm_cmpeq_epi8(v, ex), _mm_cmpeq_epi8(v, e2))),
			_mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef)));
		int bits = _mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
	if (i < lim && lim >= 16) {
		/* the last bytes: the block that ends at lim, less what was seen */
		size_t b = lim - 16;
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + b));
		__m128i m = _mm_or_si128(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, qm)),
			             _mm_or_si128(_mm_cmpeq_epi8(v, ex), _mm_cmpeq_epi8(v, e2))),
			_mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m) >> (unsigned)(i - b);
		return bits ? i + (size_t)__builtin_ctz(bits) : lim;
	}
#endif
	while (i < lim && !stop_byte[(u8)p[i]])
		i++;
	return i;
}

/* ---- lines and list markers ------------------------------------------------ */

struct line {
	size_t nl;               /* the '\n' that ends it */
	size_t len;              /* characters, trailing whitespace excluded */
	size_t fw;               /* characters of its first word */
	u8 trail2;               /* ends with two or more spaces (a Markdown break) */
	u8 marker;               /* starts with a bullet or a list marker */
	u8 lower;                /* starts with a lowercase letter */
	u8 term;                 /* ends with a final mark (and closers) */
	u8 cont;                 /* ends on a mark that goes on: "," ";" "—" */
	u8 wordend;              /* ends on a word (at e): see ends_on_function_word */
	size_t f, e;             /* its first and (past the) last solid byte */
	u8 label;                /* a speaker label alone: "Wang Zhigang:" */
	u8 turn;                 /* starts with a speaker label: "THE PRESIDENT:  ", "Q  " */
	u8 rule;                 /* a rule of symbols: "_____", "* * *" */
	u8 dash;                 /* ends with a dash (cont is set too) */
};

/* A list marker at p[i]: "1." "2.)" "3)" "(4)" "a." "b)" followed by a
 * space.  Returns its value (1 for "1", "a"), 0 when none; *style tells the
 * punctuation and *len the length. */
static int
list_marker(const char *p, size_t n, size_t i, int *style, size_t *len)
{
	size_t j = i;
	int v = 0, paren = 0;
	if (j < n && p[j] == '(') {
		paren = 1;
		j++;
	}
	if (j < n && is_digit((u8)p[j])) {
		while (j < n && is_digit((u8)p[j]) && j - i < 3)
			v = v * 10 + (p[j++] - '0');
		if (j < n && is_digit((u8)p[j]))
			return 0;
	} else if (j < n && is_lower_ascii((u8)p[j])) {
		v = p[j++] - 'a' + 1;
		*style = 8;
	} else {
		return 0;
	}
	int st;
	if (paren) {
		if (j >= n || p[j] != ')')
			return 0;
		j++;
		st = 1;
	} else if (j + 1 < n && p[j] == '.' && p[j + 1] == ')') {
		j += 2;
		st = 2;
	} else if (j < n && p[j] == '.') {
		j++;
		st = 3;
	} else if (j < n && p[j] == ')') {
		j++;
		st = 4;
	} else {
		return 0;
	}
	if (j >= n || p[j] != ' ' || v == 0)
		return 0;
	*style = (is_digit((u8)p[i + paren]) ? 0 : 8) + st;
	*len = j - i;
	return v;
}

static int
line_marker(const char *p, size_t n, size_t i)
{
	int style;
	size_t len, w;
	if ((w = bullet_len(p, n, i)) > 0)
		return 1;
	if ((p[i] == '-' || p[i] == '*' || p[i] == '+') && i + 1 < n && p[i + 1] == ' ')
		return 1;
	return list_marker(p, n, i, &style, &len) > 0;
}

/* Does p[f..e) read like a name or a title ("Wang Zhigang", "MS. PSAKI",
 * "Minister of Commerce Li"): every word capitalised but the particles
 * of names?  "Then the CBO later said" does not. */
static int
is_name_like(const char *p, size_t f, size_t e)
{
	static const char *const particles[] = {
		"of", "the", "and", "for", "on", "de", "da", "van", "von", "bin", "al", "el", NULL
	};
	size_t i = f;
	if (i >= e || !(is_upper_ascii((u8)p[i]) || (u8)p[i] >= 0x80))
		return 0;
	while (i < e) {
		size_t j = i;
		while (j < e && p[j] != ' ' && p[j] != '\t')
			j++;
		if (is_lower_ascii((u8)p[i])) {
			int ok = 0;
			for (size_t k = 0; particles[k] && !ok; k++)
				ok = strlen(particles[k]) == j - i && memcmp(particles[k], p + i, j - i) == 0;
			if (!ok)
				return 0;
		}
		while (j < e && (p[j] == ' ' || p[j] == '\t'))
			j++;
		i = j;
	}
	return 1;
}

/* Does the line p[f..e) open with a speaker label: a name in capitals and a
 * colon ("THE PRESIDENT:", "MS. PSAKI:", "DR. BIRX:") or a Q followed by
 * spaces or a colon?  Such a line starts a new turn. */
static int
starts_with_turn(const char *p, size_t f, size_t e)
{
	if (p[f] == 'Q' && f + 1 < e) {
		u8 d = (u8)p[f + 1];
		if (d == ':' || ((d == ' ' || d == '\t' || d == 0xC2) && f + 2 < e &&
		                 ((u8)p[f + 2] == ' ' || (u8)p[f + 2] == 0xA0 || p[f + 2] == '\t')))
			return 1;
	}
	size_t i = f, caps = 0;
	while (i < e && i - f < 48) {
		u8 ch = (u8)p[i];
		if (is_upper_ascii(ch))
			caps++;
		else if (ch == ':')
			return caps >= 2 && (i + 1 >= e || p[i + 1] == ' ' || (u8)p[i + 1] == 0xC2);
		else if (!(ch == ' ' || ch == '.' || ch == '-' || ch == '\''))
			return 0;
		i++;
	}
	return 0;
}

/* Four in five words of four letters or more in the line p[f..e)
 * capitalised, three such words at least, and no clause or sentence end
 * inside: a title ("Background Briefing by a Senior U.S. Official"), not
 * wrapped prose. */
static int
title_like(const char *p, size_t f, size_t e)
{
	size_t words = 0, caps = 0, i = f;
	while (i < e) {
		while (i < e && p[i] == ' ')
			i++;
		if (i >= e)
			break;
		size_t w0 = i;
		while (i < e && p[i] != ' ') {
			/* a title has no clause or sentence inside: "said, The",
			 * "date.  The" (but "U.S. Official" is fine) */
			if ((p[i] == ',' || p[i] == ':' || p[i] == ';' || p[i] == '?' || p[i] == '!' ||
			     (p[i] == '.' && i > w0 && is_lower_ascii((u8)p[i - 1]))) &&
			    (i + 1 >= e || p[i + 1] == ' ' || (u8)p[i + 1] == 0xC2))
				return 0;
			i++;
		}
		if (i - w0 < 4)
			continue; /* "of", "a", "by" stay lowercase in titles */
		words++;
		caps += is_upper_ascii((u8)p[w0]) || is_digit((u8)p[w0]);
	}
	return words >= 3 && 10 * caps >= 8 * words;
}

/* The end of the line that starts at p[a] (the offset of its '\n', or n),
 * and the count of UTF-8 continuation bytes before it: one pass of sixteen
 * bytes at a time where SSE2 is there. */
static size_t
line_end(const char *p, size_t a, size_t n, size_t *cont)
{
	size_t i = a, k = 0;
#ifdef __SSE2__
	const __m128i lf = _mm_set1_epi8('\n'), c0 = _mm_set1_epi8((char)0xC0),
	              c8 = _mm_set1_epi8((char)0x80);
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		unsigned nlm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf));
		unsigned cm = 0;
		if (_mm_movemask_epi8(v))
			cm = (unsigned)_mm_movemask_epi8(
				_mm_cmpeq_epi8(_mm_and_si128(v, c0), c8));
		if (nlm) {
			unsigned at = (unsigned)__builtin_ctz(nlm);
			cm &= (1u << at) - 1;
			*cont = k + (cm ? (size_t)__builtin_popcount(cm) : 0);
			return i + at;
		}
		if (cm)
			k += (size_t)__builtin_popcount(cm);
	}
	if (i < n && n >= 16) {
		/* the last bytes: the block that ends at n, less what was seen */
		size_t b = n - 16;
		unsigned skip = (unsigned)(i - b);
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + b));
		unsigned nlm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)) >> skip;
		unsigned cm = (unsigned)_mm_movemask_epi8(
			_mm_cmpeq_epi8(_mm_and_si128(v, c0), c8)) >> skip;
		if (nlm) {
			unsigned at = (unsigned)__builtin_ctz(nlm);
			cm &= (1u << at) - 1;
			*cont = k + (cm ? (size_t)__builtin_popcount(cm) : 0);
			return i + at;
		}
		*cont = k + (cm ? (size_t)__builtin_popcount(cm) : 0);
		return n;
	}
#endif
	for (; i < n && p[i] != '\n'; i++)
		k += ((u8)p[i] & 0xC0) == 0x80;
	*cont = k;
	return i;
}

/* The end of the run of printable ASCII bytes (past ' ') that starts at
 * p[f], not past e.  Eight bytes at a time: a loop a byte at a time
 * mispredicted its exit at the end of nearly every line's first word. */
static inline size_t
first_word_end(const char *p, size_t f, size_t e)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t high = 0x8080808080808080ull;
	while (e - f >= 8) {
		uint64_t w;
		memcpy(&w, p + f, 8);
		/* a byte's low seven bits plus 0x5F reach 0x80 when they are past
		 * ' '; no sum carries into the next byte */
		uint64_t past_space = (w & ~high) + 0x5F5F5F5F5F5F5F5Full;
		uint64_t stop = ~(past_space & ~w) & high;
		if (stop)
			return f + (size_t)__builtin_ctzll(stop) / 8;
		f += 8;
	}
#endif
	while (f < e && (u8)p[f] > ' ' && (u8)p[f] < 0x80)
		f++;
	return f;
}

/* Characters of the first word of the line p[f..e) (f < e): up to the
 * first space. */
static inline size_t
first_word_chars(const char *p, size_t n, size_t f, size_t e)
{
	size_t fe = first_word_end(p, f, e);
	if (fe < e && (u8)p[fe] >= 0x80) {
		while (fe < e && !space_len(p, n, fe))
			fe++;
		return nchars(p, f, fe);
	}
	return fe - f;
}

/* The bullet or list marker that opens the line p[f..e) (f < e), as
 * line_marker gives it (0: none), looked for only behind the bytes one can
 * start with. */
static inline int
opening_marker(const char *p, size_t f, size_t e)
{
	u8 c0 = (u8)p[f], c1 = f + 1 < e ? (u8)p[f + 1] : 0;
	size_t d = f;
	while (d < e && d - f < 3 && is_digit((u8)p[d]))
		d++;
	u8 cd = d < e ? (u8)p[d] : 0;
	if ((d > f && (cd == '.' || cd == ')')) || c0 == '(' || c0 == '-' || c0 == '*' ||
	    c0 == '+' || c0 == 0xE2 || (is_alpha_ascii(c0) && (c1 == '.' || c1 == ')')))
		return line_marker(p, e, f);
	return 0;
}

/* Does a speaker turn open the line p[f..e) (f < e): "THE PRESIDENT:  ",
 * "Q  "?  Looked for only behind a capital. */
static inline int
opening_turn(const char *p, size_t f, size_t e)
{
	u8 c0 = (u8)p[f], c1 = f + 1 < e ? (u8)p[f + 1] : 0;
	if (is_upper_ascii(c0) && (is_upper_ascii(c1) || c1 == '.' || c1 == ':' || c1 == ' ' ||
	                           c1 == '\t' || c1 == 0xC2))
		return starts_with_turn(p, f, e);
	return 0;
}

/* Is the line p[f..e) of len characters a speaker label alone, ending on a
 * colon: "Wang Zhigang:", "MS. PSAKI:", "Q:"? */
static inline int
colon_label(const char *p, size_t n, size_t f, size_t e, size_t len)
{
	return (p[e - 1] == ':' || (e >= f + 3 && is3(p, n, e - 3, 0xEF, 0xBC, 0x9A))) &&
	       len <= 48 && !has_words(p, n, f, e, 7) && is_name_like(p, f, e);
}

/* Fills in what the line p[a..nl) looks like; `cont` is the count of UTF-8
 * continuation bytes in it.  The common line (plain words from its first
 * byte to its last) takes the short path. */
static void
scan_line(const struct ctx *c, size_t a, size_t nl, size_t cont, struct line *ln)
{
	const char *p = c->p;
	size_t n = c->n, e = nl, w;
	int tw = 0;
	memset(ln, 0, sizeof *ln);
	while (e > a && (w = space_before(p, a, e)) > 0) {
		e -= w;
		tw += w == 1 && p[e] == '\r' ? 0 : 1;
		if (w > 1)
			cont -= w - 1;
	}
	size_t f = a;
	if (f < e && ((u8)p[f] <= ' ' || (u8)p[f] >= 0x80))
		f = skip_space(p, e, a);
	ln->nl = nl;
	ln->f = f;
	ln->e = e;
	ln->len = e - a - cont;
	ln->trail2 = tw >= 2;
	if (f >= e)
		return;
	ln->fw = first_word_chars(p, n, f, e);
	ln->marker = (u8)opening_marker(p, f, e);
	ln->turn = (u8)opening_turn(p, f, e);
	u8 c0 = (u8)p[f];
	if (c0 == '_' || c0 == '-' || c0 == '=' || c0 == '*' || c0 == '~' || c0 == '#') {
		size_t r = f;
		while (r < e && (p[r] == c0 || p[r] == ' '))
			r++;
		ln->rule = r == e && e - f >= 3;
	}
	size_t word;
	if (c0 < 0x80)
		ln->lower = is_lower_ascii(c0);
	else
		ln->lower = word_class(p, e, f, &word) == NX_LOWER && word == f;
	u8 l = (u8)p[e - 1];
	if (is_alpha_ascii(l) || is_digit(l)) {
		ln->wordend = 1;     /* the word's classes are looked up if needed */
		return;
	}
	/* the end: final marks behind closers? */
	size_t z = e;
	while (z > f) {
		/* most lines end on an ASCII mark: no closer of two or three
		 * bytes can end there either */
		u8 b = (u8)p[z - 1];
		if (b < 0x80) {
			if (!closer_len(p, n, z - 1))
				break;
			z--;
		} else if (z >= f + 2 && closer_len(p, n, z - 2) == 2)
			z -= 2;
		else if (z >= f + 3 && closer_len(p, n, z - 3) == 3)
			z -= 3;
		else
			break;
	}
	if (z > f) {
		l = (u8)p[z - 1];
		if (l == '.' || l == '?' || l == '!' ||
		    (z >= f + 3 && terminal_len(p, n, z - 3) == 3))
			ln->term = 1;
		else if (l == ',' || l == ';' || l == '(' || l == '&' || l == '/')
			ln->cont = 1;
		else if (l == '-' || (z >= f + 3 && (is3(p, n, z - 3, 0xE2, 0x80, 0x94) ||
		                                     is3(p, n, z - 3, 0xE2, 0x80, 0x93))))
			ln->cont = ln->dash = 1;
		else if (is_alpha_ascii(l)) {
			ln->e = z;
			ln->wordend = 1;
		}
	}
	if (colon_label(p, n, f, e, ln->len))
		ln->label = 1;
	if (e - f == 1 && (p[f] == 'Q' || p[f] == 'A'))
		ln->label = 1;
}

/* Does the line end on a word that cannot end a sentence ("the", "of",
 * "Mr")?  Looked up only for lines that are not hard-wrapped. */
static int
ends_on_function_word(const struct ctx *c, const struct line *ln)
{
	if (!ln->wordend)
		return 0;
	const char *p = c->p;
	size_t z = ln->e, wb = z;
	while (wb > ln->f && (is_alpha_ascii((u8)p[wb - 1]) || p[wb - 1] == '\''))
		wb--;
	return (word_classes(c, p + wb, z - wb) & (SW_FUNC | SW_TITLE | SW_CONT)) != 0;
}

/* Scratch space kept between calls: paragraphs are processed one at a time
 * in each thread (segment splits in several).  A thread's scratch is freed
 * when it ends. */
static _Thread_local struct line *lines;
static _Thread_local size_t lines_cap;
static _Thread_local size_t *cuts;
static _Thread_local size_t cuts_n, cuts_cap;
static _Thread_local int scratch_kept;
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void
scratch_free(void *unused)
{
	(void)unused;
	free(lines);
	free(cuts);
	lines = NULL;
	cuts = NULL;
	lines_cap = cuts_cap = cuts_n = 0;
}

static void
scratch_key_make(void)
{
	if (pthread_key_create(&scratch_key, scratch_free) != 0)
		bk_die(1, "cannot create a thread key");
}

/* Called before the scratch space grows: the thread's end will free it. */
static void
scratch_keep(void)
{
	if (scratch_kept)
		return;
	pthread_once(&scratch_once, scratch_key_make);
	pthread_setspecific(scratch_key, &scratch_kept);
	scratch_kept = 1;
}

static void
add_cut(size_t at)
{
	if (cuts_n == cuts_cap) {
		scratch_keep();
		cuts_cap = cuts_cap ? 2 * cuts_cap : 64;
		cuts = bk_xrealloc(cuts, cuts_cap * sizeof *cuts);
	}
	cuts[cuts_n++] = at;
}

/* The breaks inside the block of lines a..b.  Hard wrapping: every line but
 * the last is about as full as the width allows (the next line's first word
 * would not have fitted), the width is that of text wrapped for reading (40
 * to 100 columns), and the last line is not much longer.  Then no break is a
 * boundary.  Otherwise each line is a unit of its own, unless it plainly
 * goes on in the next (ends on "the" or a comma; the next begins in
 * lowercase).  A fragment's first line began somewhere mid-line: its length
 * tells nothing. */
static void
block_breaks(const struct ctx *c, const struct line *ln, size_t a, size_t b, int fragment)
{
	if (a == b)
		return;
	size_t first = a + (fragment ? 1 : 0), width = 0;
	int wrapped;
	if (first >= b) {
		/* Two lines, the first partial: no length to judge by.  A piece of
		 * our own output keeps a break only where it was judged soft. */
		wrapped = 1;
	} else {
		for (size_t j = first; j < b; j++)
			if (ln[j].len > width)
				width = ln[j].len;
		wrapped = width >= 40 && width <= 100 && ln[b].len <= width + 8;
		/* Two lines can always pass for wrapped: not a title over a line
		 * that starts with a capital. */
		if (wrapped && b == a + 1 && !ln[a].term && !ln[b].lower && !ln[a].turn &&
		    title_like(c->p, ln[a].f, ln[a].e))
			wrapped = 0;
		for (size_t j = first; wrapped && j < b; j++)
			if (ln[j].len + 1 + ln[j + 1].fw + 3 < width)
				wrapped = 0;
	}
	if (wrapped)
		return;
	for (size_t j = a; j < b; j++) {
		const struct line *l = &ln[j], *m = &ln[j + 1];
		/* "So —" over "We had a deal": an interrupted sentence. */
		int cont = l->cont && !(l->dash && !m->lower);
		if (!(cont || ends_on_function_word(c, l) || (m->lower && ln[b].term)))
			add_cut(l->nl);
	}
}

/* The most lines wrapped_prose looks at. */
#define PROSE_LINES 64

/* Is the paragraph hard-wrapped prose, none of whose line breaks is a
 * boundary?  The question line_breaks answers, for the paragraph it meets
 * most (a verse, a wrapped answer), without the full look at each line:
 * each line must start with a letter or digit and be no list marker or
 * speaker turn, end without spaces (a '\r' aside) and, but the last, be no
 * label; they make one block, which block_breaks would judge wrapped.  1:
 * no breaks, as line_breaks would find; 0: cannot tell (line_breaks looks
 * in full).  The half of scan_line and block_breaks that looks at line ends
 * (final marks, closers, function words) is needed only when a block is
 * not wrapped, or is two lines the second of which is not in lowercase. */
static int
wrapped_prose(const struct ctx *c, int fragment)
{
	const char *p = c->p;
	size_t n = c->n, a = 0, k = 0, width = 0;
	uint32_t len[PROSE_LINES], fw[PROSE_LINES];
	int lower_last = 0;
	for (;;) {
		if (k == PROSE_LINES)
			return 0;
		size_t cont, nl = line_end(p, a, n, &cont), e = nl;
		if (nl >= n && k == 0)
			return 1; /* one line */
		u8 c0 = (u8)p[a];
		if (!(is_alpha_ascii(c0) || is_digit(c0)))
			return 0;
		if (p[e - 1] == '\r')
			e--;
		if (space_before(p, a, e))
			return 0; /* trailing spaces: maybe a Markdown break */
		fw[k] = (uint32_t)first_word_chars(p, n, a, e);
		len[k] = (uint32_t)(e - a - cont);
		if (opening_marker(p, a, e) || opening_turn(p, a, e))
			return 0;
		lower_last = is_lower_ascii(c0);
		k++;
		if (nl >= n)
			break;
		/* a label ends a block: scan_line's test, for a line that ends on
		 * neither a letter nor a digit (the last line's does not matter) */
		u8 l = (u8)p[e - 1];
		if (!(is_alpha_ascii(l) || is_digit(l)) && colon_label(p, n, a, e, len[k - 1]))
			return 0;
		if (len[k - 1] > width && !(fragment && k == 1))
			width = len[k - 1];
		a = nl + 1;
	}
	/* block_breaks' test of the block 0..k-1 */
	size_t first = fragment ? 1 : 0, b = k - 1;
	if (first >= b)
		return 1;
	if (!(width >= 40 && width <= 100 && len[b] <= width + 8))
		return 0;
	if (b == 1 && !lower_last)
		return 0; /* maybe a title over a line: the full look */
	for (size_t j = first; j < b; j++)
		if (len[j] + 1 + fw[j + 1] + 3 < width)
			return 0;
	return 1;
}

static void full_line_breaks(const struct ctx *c, int fragment);

/* Which line breaks of the paragraph are boundaries; appends their offsets
 * to cuts. */
static void
line_breaks(const struct ctx *c, const bk_sentopts *o)
{
	const char *p = c->p;
	size_t n = c->n;
	int mode = o ? o->newline : BK_NL_AUTO;
	if (mode == BK_NL_NEVER)
		return;
	if (mode == BK_NL_ALWAYS) {
		for (const char *nl = memchr(p, '\n', n); nl; nl = memchr(nl + 1, '\n', (size_t)(p + n - nl - 1)))
			add_cut((size_t)(nl - p));
		return;
	}
	int fragment = o && o->fragment;
	if (wrapped_prose(c, fragment))
		return;
	full_line_breaks(c, fragment);
}

/* line_breaks' full look at every line of the paragraph. */
static void
full_line_breaks(const struct ctx *c, int fragment)
{
	const char *p = c->p;
	size_t n = c->n;
	if (memchr(p, '\n', n) == NULL)
		return;
	size_t k = 0, a = 0;
	for (;;) {
		if (k == lines_cap) {
			scratch_keep();
			lines_cap = lines_cap ? 2 * lines_cap : 64;
			lines = bk_xrealloc(lines, lines_cap * sizeof *lines);
		}
		size_t cont, end = line_end(p, a, n, &cont);
		scan_line(c, a, end, cont, &lines[k++]);
		if (end >= n)
			break;
		a = end + 1;
	}
	/* Breaks that are boundaries whatever the paragraph looks like: before
	 * a bullet or list marker, after a speaker label alone on its line, at a
	 * Markdown line break (two trailing spaces).  They cut the paragraph
	 * into blocks; each block is then judged on its own. */
	size_t a0 = 0;
	for (size_t j = 0; j < k; j++) {
		int cut = j + 1 == k;
		if (!cut) {
			const struct line *l = &lines[j], *m = &lines[j + 1];
			cut = m->marker || l->label || m->turn || l->rule || m->rule ||
			      (l->trail2 && !m->lower);
		}
		if (!cut)
			continue;
		block_breaks(c, lines, a0, j, fragment && a0 == 0);
		if (j + 1 < k)
			add_cut(lines[j].nl);
		a0 = j + 1;
	}
}

int
bk_sentences_prose_check(const char *p, size_t n, int fragment, size_t *full)
{
	struct ctx c = { p, n, NULL };
	cuts_n = 0;
	full_line_breaks(&c, fragment);
	*full = cuts_n;
	cuts_n = 0;
	return wrapped_prose(&c, fragment);
}

/* "1.) The first item 2.) The second item": when a paragraph opens with a
 * list marker, each following marker of the next number (or letter) in the
 * same style starts a new unit. */
static void
inline_list(const struct ctx *c)
{
	const char *p = c->p;
	size_t n = c->n, i = 0, len, w;
	int style, v;
	while (i < n && (w = bullet_len(p, n, i)) > 0)
		i = skip_space(p, n, i + w);
	if ((v = list_marker(p, n, i, &style, &len)) == 0)
		return;
	char want[16];
	size_t from = i + len;
	for (;;) {
		int st2;
		v++;
		int m;
		if (style >= 8)
			m = snprintf(want, sizeof want, " %c", 'a' + v - 1);
		else
			m = snprintf(want, sizeof want, " %d", v);
		if (v > 26 && style >= 8)
			return;
		const char *hit = memmem(p + from, n - from, want, (size_t)m);
		while (hit) {
			size_t at = (size_t)(hit - p) + 1;
			if (list_marker(p, n, at, &st2, &len) == v && st2 == style)
				break;
			from = at;
			hit = memmem(p + from, n - from, want, (size_t)m);
		}
		if (hit == NULL)
			return;
		size_t at = (size_t)(hit - p) + 1, cut = at, q = at;
		/* "• 10.": the unit starts at its bullet */
		for (;;) {
			if ((w = space_before(p, 0, q)) > 0)
				q -= w;
			else if (q >= 3 && bullet_len(p, n, q - 3) == 3)
				cut = q -= 3;
			else
				break;
		}
		add_cut(cut);
		from = at + len;
	}
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* ---- paragraphs and sentences -------------------------------------------- */

/* Bytes that can open a blank line: ASCII spaces and the lead bytes of the
 * no-break, Unicode and ideographic spaces. */
static const u8 may_be_space[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
	[0xC2] = 1, [0xE2] = 1, [0xE3] = 1,
};

/* The next '\n' in p[i..n) after which a blank line may begin (the next byte
 * can be a space, or there is none), or NULL.  Most lines begin with a
 * letter: their line ends are passed over sixteen bytes at a time. */
static const char *
next_blank_candidate(const char *p, size_t i, size_t n)
{
#ifdef __SSE2__
	const __m128i lf = _mm_set1_epi8('\n');
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf));
		while (m) {
			size_t j = i + (size_t)__builtin_ctz(m);
			if (j + 1 >= n || may_be_space[(u8)p[j + 1]])
				return p + j;
			m &= m - 1;
		}
	}
#endif
	for (; i < n; i++)
		if (p[i] == '\n' && (i + 1 >= n || may_be_space[(u8)p[i + 1]]))
			return p + i;
	return NULL;
}

int
bk_next_paragraph(const char *p, size_t n, size_t *pos, bk_span *para)
{
	size_t i = skip_space(p, n, *pos);
	if (i >= n) {
		*pos = n;
		return 0;
	}
	size_t start = i, end = n;
	for (;;) {
		const char *nl = next_blank_candidate(p, i, n);
		if (nl == NULL) {
			i = n;
			break;
		}
		size_t j = (size_t)(nl - p) + 1, k = j, w;
		while (k < n && p[k] != '\n' && (w = space_len(p, n, k)) > 0)
			k += w;
		if (k >= n || p[k] == '\n') {
			end = (size_t)(nl - p);
			i = k;
			break;
		}
		i = j;
	}
	size_t w;
	while (end > start && (w = space_before(p, start, end)) > 0)
		end -= w;
	para->start = start;
	para->end = end;
	*pos = i;
	return 1;
}

static void
push(bk_spans *out, const char *p, size_t s, size_t e)
{
	size_t w;
	while (e > s && (w = space_before(p, s, e)) > 0)
		e -= w;
	if (e <= s)
		return;
	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 64;
		out->v = bk_xrealloc(out->v, out->cap * sizeof *out->v);
	}
	out->v[out->n].start = s;
	out->v[out->n].end = e;
	out->n++;
}

void
bk_sentences(const char *p, size_t n, const bk_sentopts *o, bk_spans *out)
{
	struct ctx c = { p, n, o && o->abbrevs ? &o->abbrevs->t : NULL };
	cuts_n = 0;
	line_breaks(&c, o);
	size_t nbreaks = cuts_n;
	inline_list(&c);
	if (cuts_n > nbreaks && nbreaks > 0)
		qsort(cuts, cuts_n, sizeof *cuts, cmp_size);

	size_t s = skip_space(p, n, 0), i = s, ci = 0;
	while (i < n) {
		size_t lim = ci < cuts_n ? cuts[ci] : n;
		if (lim < s) {
			ci++;
			continue;
		}
		i = next_stop(p, i, lim);
		if (i >= lim) {
			if (lim == n)
				break;
			push(out, p, s, lim);
			s = i = skip_space(p, n, lim);
			ci++;
			continue;
		}
		verdict v = decide(&c, s, i);
		if (v.boundary) {
			push(out, p, s, v.end);
			s = i = v.next;
		} else {
			i = v.next > i ? v.next : i + 1;
		}
	}
	push(out, p, s, n);
}

/* ---- abbreviations --------------------------------------------------------- */

bk_abbrevs *
bk_abbrevs_load(const char *path)
{
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return NULL;
	bk_abbrevs *a = bk_xcalloc(1, sizeof *a);
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) >= 0) {
		char *h = strchr(line, '#');
		if (h)
			*h = '\0';
		size_t len = strlen(line);
		while (len > 0 && strchr(" \t\r\n", line[len - 1]))
			line[--len] = '\0';
		if (len > 0 && line[len - 1] == '.')
			line[--len] = '\0';
		char *b = line;
		while (*b == ' ' || *b == '\t')
			b++;
		if (*b != '\0')
			sw_add(&a->t, b, strlen(b), SW_GEN);
	}
	int bad = ferror(f);
	free(line);
	fclose(f);
	if (bad) {
		bk_abbrevs_free(a);
		errno = EIO;
		return NULL;
	}
	return a;
}

void
bk_abbrevs_free(bk_abbrevs *a)
{
	if (a == NULL)
		return;
	sw_free(&a->t);
	free(a);
}
