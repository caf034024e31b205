/* token.c - UAX #29 words with an ASCII fast path; see token.h for the rules.
 *
 * Why the two paths agree: UAX #29 always breaks on both sides of an ASCII
 * whitespace character (it is Other, WSegSpace, CR, LF or Newline, and no rule
 * but WB3d, space×space, joins those to a neighbour; WB4 only glues Extend and
 * Format characters after it).  So text cut at whitespace segments the same
 * piece by piece, and a piece of pure ASCII can be segmented by the handful of
 * rules that concern ASCII (WB5-WB13b with ASCII classes), here in a table. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>
#include <uniwbrk.h>
#include "mem.h"
#include "token.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum {
	C_LET = 1,      /* ALetter */
	C_DIG = 2,      /* Numeric */
	C_USC = 4,      /* ExtendNumLet: '_' */
	C_WORD = C_LET | C_DIG | C_USC,
	C_MIDLET = 8,   /* MidLetter: ':' */
	C_MIDNL = 16,   /* MidNumLet or Single_Quote: '.', '\'' */
	C_MIDNUM = 32,  /* MidNum: ',', ';' */
	C_HYPH = 64,    /* '-' (ours, not UAX #29's) */
	C_EXT = 128,    /* lead byte of a known non-ASCII character (see known_len) */
	C_NA = 256      /* (in a token's classes, not the table) a non-ASCII character */
};

static unsigned char cls[256];

/* ASCII whitespace: where pieces of text are cut (see the top of the file). */
static int
is_ws(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static void
init_classes(void)
{
	if (cls['a'])
		return;
	for (int c = 'a'; c <= 'z'; c++)
		cls[c] = C_LET;
	for (int c = 'A'; c <= 'Z'; c++)
		cls[c] = C_LET;
	for (int c = '0'; c <= '9'; c++)
		cls[c] = C_DIG;
	cls['_'] = C_USC;
	cls[':'] = C_MIDLET;
	cls['.'] = cls['\''] = C_MIDNL;
	cls[','] = cls[';'] = C_MIDNUM;
	cls['-'] = C_HYPH;
	cls[0xE2] = C_EXT;
}

/* The frequent non-ASCII characters of English transcripts that the fast path
 * takes too: their UAX #29 classes are simple.  U+2018 and U+2019 are
 * MidNumLet (like '.'); U+00A0, U+00A9, U+2013, U+2014, U+201C, U+201D,
 * U+2022 and U+2026 are Other (they separate, like '!').  Returns the length
 * of such a character at p (valid UTF-8), else 0. */
static size_t
known_len(const unsigned char *p)
{
	if (p[0] == 0xC2)
		return p[1] == 0xA0 || p[1] == 0xA9 ? 2 : 0;
	if (p[0] == 0xE2 && p[1] == 0x80) {
		switch (p[2]) {
		case 0x93: case 0x94: case 0x98: case 0x99: case 0x9C: case 0x9D: case 0xA2: case 0xA6:
			return 3;
		}
	}
	return 0;
}

/* The length of a mid character (WB6/7, WB11/12) at q before e, and in *m
 * its class; 0 when there is none. */
static size_t
mid_len(const unsigned char *q, const unsigned char *e, unsigned *m)
{
	unsigned c = cls[q[0]];
	if (c & (C_MIDLET | C_MIDNL | C_MIDNUM)) {
		*m = c;
		return 1;
	}
	if ((c & C_EXT) && e - q > 3 && q[1] == 0x80 && (q[2] == 0x98 || q[2] == 0x99)) {
		*m = C_MIDNL | C_NA;
		return 3;
	}
	return 0;
}

/* Does the mid character of class m, of length l at q, join its neighbours? */
static inline __attribute__((always_inline)) int
mid_joins(const unsigned char *q, size_t l, unsigned m)
{
	unsigned b = cls[q[-1]], f = cls[q[l]];
	return (b == C_LET && f == C_LET && (m & (C_MIDLET | C_MIDNL))) ||
	       (b == C_DIG && f == C_DIG && (m & (C_MIDNUM | C_MIDNL)));
}

void
bk_tok_init(bk_tokenizer *t, const bk_tokopts *o)
{
	memset(t, 0, sizeof *t);
	if (o)
		t->o = *o;
	init_classes();
}

void
bk_tok_free(bk_tokenizer *t)
{
	free(t->brk);
	t->brk = NULL;
	t->brkcap = 0;
}

void
bk_tok_text(bk_tokenizer *t, const char *text, size_t len)
{
	bk_tok_text_within(t, text, len, len);
}

void
bk_tok_text_within(bk_tokenizer *t, const char *text, size_t len, size_t readable)
{
	t->text = text;
	t->len = len;
	t->readable = readable > len ? readable : len;
	t->pos = 0;
	t->next_na = 0;
	t->aend = 0;
	t->in_uni = 0;
	t->nbuf = t->ibuf = 0;
}

/* First byte >= 0x80 in p[i..n), or n. */
static size_t
find_nonascii(const char *p, size_t i, size_t n)
{
#if defined(__SSE2__)
	while (i + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		if (_mm_movemask_epi8(v) != 0)
			break;
		i += 16;
	}
#endif
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
		i += 8;
	}
	while (i < n && (unsigned char)p[i] < 0x80)
		i++;
	return i;
}

/* First byte at or after i of a character the fast path does not know, or n. */
static size_t
find_unknown(const char *p, size_t i, size_t n)
{
	for (;;) {
		i = find_nonascii(p, i, n);
		size_t l;
		if (i >= n || (l = known_len((const unsigned char *)p + i)) == 0)
			return i;
		i += l;
	}
}

/* The end of the segment that starts with a word character at p[i]
 * (p[i..n) is in the fast path's alphabet; n is at whitespace or the end).
 * *acc gets the OR of the classes of its characters. */
static size_t
ascii_segment(const unsigned char *p, size_t i, size_t n, unsigned *acc)
{
	unsigned a = 0, c, m;
	for (;;) {
		while (i < n && ((c = cls[p[i]]) & C_WORD)) {
			a |= c;
			i++;
		}
		/* WB6/7 (letter mid letter) and WB11/12 (digit mid digit) */
		size_t l;
		if (i + 1 < n && (l = mid_len(p + i, p + n, &m)) > 0 && i + l < n &&
		    mid_joins(p + i, l, m)) {
			a |= m & C_NA;
			i += l;
			continue;
		}
		*acc = a;
		return i;
	}
}

/* The joins after a run of word characters ending at q (q < e, *q is not a
 * word character): WB6/7 (letter mid letter), WB11/12 (digit mid digit) and
 * our hyphen rule.  Returns the token's end; *acc gathers classes. */
static const unsigned char *
ascii_joins(const unsigned char *q, const unsigned char *e, unsigned *acc, int split)
{
	unsigned a = *acc, c, m;
	while (q + 1 < e) {
		size_t l = mid_len(q, e, &m);
		if (l > 0) {
			if (q + l >= e || !mid_joins(q, l, m))
				break;
			a |= m & C_NA;
			q += l;
		} else if (cls[q[0]] == C_HYPH && !split && (cls[q[1]] & C_WORD) && (a & (C_LET | C_DIG))) {
			/* a hyphen joins this token to the next segment if that is a token */
			unsigned a2;
			size_t end = ascii_segment(q, 1, (size_t)(e - q), &a2);
			if (!(a2 & (C_LET | C_DIG)))
				break;
			a |= a2;
			q += end;
			continue;
		} else {
			break;
		}
		while (q < e && ((c = cls[*q]) & C_WORD)) {
			a |= c;
			q++;
		}
	}
	*acc = a;
	return q;
}

#if defined(__SSE2__)

/* Bit i set when q[i] is a word character (letter, digit, '_'), for the 64
 * bytes at q, and in *letters when it is a letter: sixteen bytes at a time,
 * two unsigned range tests and one compare, instead of a table load per
 * byte. */
static inline uint64_t
word_mask64(const unsigned char *q, uint64_t *letters)
{
	const __m128i x20 = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), z = _mm_set1_epi8(25);
	const __m128i d0 = _mm_set1_epi8('0'), d9 = _mm_set1_epi8(9), us = _mm_set1_epi8('_');
	uint64_t m = 0, lm = 0;
	for (int i = 0; i < 4; i++) {
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * i));
		/* (b | 0x20) - 'a' <= 25: a letter of either case */
		__m128i l = _mm_sub_epi8(_mm_or_si128(b, x20), a);
		__m128i d = _mm_sub_epi8(b, d0);
		__m128i isl = _mm_cmpeq_epi8(_mm_min_epu8(l, z), l);
		__m128i w = _mm_or_si128(isl, _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(d, d9), d),
		                                           _mm_cmpeq_epi8(b, us)));
		m |= (uint64_t)(uint16_t)_mm_movemask_epi8(w) << (16 * i);
		lm |= (uint64_t)(uint16_t)_mm_movemask_epi8(isl) << (16 * i);
	}
	*letters = lm;
	return m;
}

/* One token of the fast path's alphabet starting at the word character s,
 * whatever it is (a number, a word with mid characters or hyphens, only
 * underscores): its end; *acc gets its classes. */
static const unsigned char *
any_token(const unsigned char *s, const unsigned char *e, int split, unsigned *acc)
{
	const unsigned char *q = s;
	unsigned a = 0, c;
	while (q < e && ((c = cls[*q]) & C_WORD)) {
		a |= c;
		q++;
	}
	if (q + 1 < e && (cls[*q] & (C_MIDLET | C_MIDNL | C_MIDNUM | C_HYPH | C_EXT)))
		q = ascii_joins(q, e, &a, split);
	*acc = a;
	return q;
}

/* The fast path's fast path: 64 bytes of q..last at a time, the word runs
 * found in a bit mask.  A run that starts with a letter and is followed by
 * nothing that joins it to more (a mid character or a hyphen before a word
 * character, a known non-ASCII character) is a word token, exactly as
 * ascii_batch's common case and ascii_joins would find it; any other run,
 * and a run that goes on past the block, goes through any_token.  The
 * last block, of fewer than 64 bytes before last, is read whole when the
 * 64 bytes are readable (before rend) and its bits past last cleared: no
 * run then goes on past it.  Stops at last, when fewer than 64 bytes are
 * left that may not be read, or with max tokens; *qp is then where
 * ascii_batch goes on (past last: done).  Returns the new k.  (A block
 * starts where no word run is under way: at the start of the stretch, or
 * just after a token.) */
static size_t
block_words(const unsigned char *p, const unsigned char **qp, const unsigned char *last,
            const unsigned char *e, const unsigned char *rend, int split, bk_token *v, size_t k,
            size_t max)
{
	const unsigned char *q = *qp;
	bk_token *o = v + k, *oend = v + max;
	while (q < last) {
		uint64_t keep = ~0ULL;
		if (last - q < 64) {
			if (rend - q < 64)
				break;
			keep = (1ULL << (last - q)) - 1;
		}
		uint64_t lm, w = word_mask64(q, &lm) & keep;
		lm &= keep;
		uint64_t st = w & ~(w << 1), en = ~w & (w << 1); /* runs' first bytes; bytes after runs */
		size_t base = (size_t)(q - p);
		/* a run that goes on past the block: the next block starts with
		 * it (or, when it fills the block, any_token takes it) */
		uint64_t cross = w >> 63 ? 1ULL << (63 - __builtin_clzll(st)) : 0;
		st ^= cross;
		/* at most one token a run, 32 runs a block: no check of max
		 * inside when there is room for them */
		int room = oend - o > 32;
		while (st) {
			unsigned a = (unsigned)__builtin_ctzll(st), b = (unsigned)__builtin_ctzll(en);
			unsigned cx = cls[q[b]];
			if ((lm >> a & 1) &&
			    !((cx & (C_MIDLET | C_MIDNL | C_MIDNUM | C_HYPH | C_EXT)) && q + b + 1 < e &&
			      ((cx & C_EXT) || (cls[q[b + 1]] & C_WORD)))) {
				o->start = base + a;
				o->end = base + b;
				o->kind = BK_TOK_WORD;
				o->ascii = 1;
				o++;
				st &= st - 1;
				en &= en - 1;
				if (room || o < oend)
					continue;
				*qp = q + b;
				return max;
			}
			unsigned acc;
			const unsigned char *y = any_token(q + a, e, split, &acc);
			o->start = base + a;
			o->end = (size_t)(y - p);
			o->kind = (acc & C_LET) ? BK_TOK_WORD : BK_TOK_NUMBER;
			o->ascii = !(acc & C_NA);
			o += (acc & (C_LET | C_DIG)) != 0; /* not a token: only underscores */
			if (o == oend || y >= q + 64) {
				q = y;
				if (o == oend) {
					*qp = q;
					return max;
				}
				goto next_block;
			}
			/* y is not a word character: the runs before it are done */
			unsigned off = (unsigned)(y - q);
			st &= ~0ULL << off;
			en &= ~0ULL << off << 1;
			cross &= ~0ULL << off;
		}
		if (cross) {
			if (cross == 1) {
				unsigned acc;
				const unsigned char *y = any_token(q, e, split, &acc);
				o->start = base;
				o->end = (size_t)(y - p);
				o->kind = (acc & C_LET) ? BK_TOK_WORD : BK_TOK_NUMBER;
				o->ascii = !(acc & C_NA);
				o += (acc & (C_LET | C_DIG)) != 0;
				q = y;
				if (o == oend) {
					*qp = q;
					return max;
				}
				continue;
			}
			q += __builtin_ctzll(cross);
			continue;
		}
		q += 64;
next_block:;
	}
	*qp = q;
	return (size_t)(o - v);
}
#endif

/* Up to max ASCII tokens of text[t->pos .. t->aend) into v; how many.
 * This loop is most of termfreq's time: keep it lean. */
static size_t
ascii_batch(bk_tokenizer *t, bk_token *v, size_t max)
{
	const unsigned char *p = (const unsigned char *)t->text;
	const unsigned char *q = p + t->pos, *e = p + t->aend, *last = e;
	size_t k = 0;
	/* last = just past the stretch's last word character: the skip loop
	 * then needs no bound check, and when a non-word byte follows `last`
	 * in the text (a line end, mostly) neither does a run of word
	 * characters: that byte stops it. */
	while (last > q && !(cls[last[-1]] & C_WORD))
		last--;
	int guarded = last < p + t->len;
	while (k < max && q < last) {
#if defined(__SSE2__)
		if (q + 64 <= last || (size_t)(q - p) + 64 <= t->readable) {
			k = block_words(p, &q, last, e, p + t->readable, t->o.split_hyphens, v, k, max);
			if (k == max || q >= last)
				break;
		}
#endif
		while (!(cls[*q] & C_WORD))
			q++;
		const unsigned char *s = q;
		unsigned acc, c;
		if (guarded && cls[*q] == C_LET) {
			acc = C_LET; /* a word, whatever follows */
			q++;
			while (cls[*q] & C_WORD)
				q++;
			if (!(q + 1 < e && (cls[*q] & (C_MIDLET | C_MIDNL | C_MIDNUM | C_HYPH | C_EXT)))) {
				/* the common case: an ASCII word and nothing to join */
				v[k].start = (size_t)(s - p);
				v[k].end = (size_t)(q - p);
				v[k].kind = BK_TOK_WORD;
				v[k].ascii = 1;
				k++;
				q += q < e;
				continue;
			}
		} else {
			acc = 0;
			while (q < e && ((c = cls[*q]) & C_WORD)) {
				acc |= c;
				q++;
			}
		}
		if (q + 1 < e && (cls[*q] & (C_MIDLET | C_MIDNL | C_MIDNUM | C_HYPH | C_EXT)))
			q = ascii_joins(q, e, &acc, t->o.split_hyphens);
		v[k].start = (size_t)(s - p);
		v[k].end = (size_t)(q - p);
		v[k].kind = (acc & C_LET) ? BK_TOK_WORD : BK_TOK_NUMBER;
		v[k].ascii = !(acc & C_NA);
		k += (acc & (C_LET | C_DIG)) != 0; /* not a token: only underscores */
		/* *q is not a word character (or q is the end): skip it now */
		q += q < e;
	}
	if (q >= last)
		q = e;
	t->pos = (size_t)(q - p);
	return k;
}

/* What a segment holds: bit 1 a letter, bit 2 a number, bit 4 a non-ASCII byte. */
static unsigned
classify(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *e = p + n;
	unsigned r = 0;
	while (p < e) {
		if (*p < 0x80) {
			r |= cls[*p] & (C_LET | C_DIG);
			p++;
			continue;
		}
		ucs4_t c;
		p += u8_mbtouc_unsafe(&c, p, (size_t)(e - p));
		r |= 4;
		if (uc_is_general_category(c, UC_CATEGORY_L))
			r |= 1;
		else if (uc_is_general_category(c, UC_CATEGORY_N))
			r |= 2;
	}
	return r;
}

static int
is_hyphen(const char *p, size_t n)
{
	return (n == 1 && p[0] == '-') ||
	       (n == 3 && memcmp(p, "\xE2\x80", 2) == 0 && (p[2] == '\x90' || p[2] == '\x91'));
}

/* The end of the segment starting at i in the current Unicode stretch. */
static size_t
seg_end(const bk_tokenizer *t, size_t i)
{
	size_t j = i + 1;
	while (j < t->uend && !t->brk[j - t->ustart])
		j++;
	return j;
}

static int
uni_next(bk_tokenizer *t, bk_token *tok)
{
	size_t i = t->ucur;
	while (i < t->uend) {
		size_t e = seg_end(t, i);
		unsigned k = classify(t->text + i, e - i);
		if (!(k & 3)) {
			i = e;
			continue;
		}
		size_t s = i;
		while (!t->o.split_hyphens && e < t->uend) {
			size_t h = seg_end(t, e);
			if (!is_hyphen(t->text + e, h - e) || h >= t->uend)
				break;
			size_t f = seg_end(t, h);
			unsigned k2 = classify(t->text + h, f - h);
			if (!(k2 & 3))
				break;
			k |= k2 | (h - e > 1 ? 4 : 0);
			e = f;
		}
		tok->start = s;
		tok->end = e;
		tok->kind = (k & 1) ? BK_TOK_WORD : BK_TOK_NUMBER;
		tok->ascii = !(k & 4);
		t->ucur = e;
		return 1;
	}
	t->ucur = i;
	return 0;
}

static void
uni_start(bk_tokenizer *t, size_t s, size_t e)
{
	size_t n = e - s;
	if (n > t->brkcap) {
		t->brkcap = n + n / 2 + 64;
		free(t->brk);
		t->brk = bk_xmalloc(t->brkcap);
	}
	u8_wordbreaks((const uint8_t *)t->text + s, n, t->brk);
	t->ustart = s;
	t->uend = e;
	t->ucur = s;
	t->in_uni = 1;
}

size_t
bk_tok_batch(bk_tokenizer *t, bk_token *v, size_t max)
{
	for (;;) {
		if (t->in_uni) {
			size_t k = 0;
			while (k < max && uni_next(t, &v[k]))
				k++;
			if (k > 0)
				return k;
			t->in_uni = 0;
			t->pos = t->uend;
		}
		if (t->pos >= t->len)
			return 0;
		if (t->o.unicode_only) {
			uni_start(t, t->pos, t->len);
			continue;
		}
		if (t->aend <= t->pos) {
			/* Find the next non-ASCII byte; ASCII runs up to the whitespace before it. */
			if (t->next_na < t->pos)
				t->next_na = t->pos;
			t->next_na = find_unknown(t->text, t->next_na, t->len);
			size_t a = t->next_na;
			if (a < t->len) {
				while (a > t->pos && !is_ws((unsigned char)t->text[a - 1]))
					a--;
			}
			t->aend = a;
			if (a <= t->pos) {
				/* the piece at pos holds non-ASCII: it ends at the next whitespace */
				size_t e = t->next_na;
				while (e < t->len && !is_ws((unsigned char)t->text[e]))
					e++;
				uni_start(t, t->pos, e);
				continue;
			}
		}
		size_t k = ascii_batch(t, v, max);
		if (k > 0)
			return k;
	}
}

int
bk_tok_next(bk_tokenizer *t, bk_token *tok)
{
	if (t->nbuf == t->ibuf) {
		t->nbuf = bk_tok_batch(t, t->buf, sizeof t->buf / sizeof t->buf[0]);
		t->ibuf = 0;
		if (t->nbuf == 0)
			return 0;
	}
	*tok = t->buf[t->ibuf++];
	return 1;
}
