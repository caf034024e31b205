/* num_tok.c - tokens for the number scanner (see num_tok.h).  ASCII is
 * classified by table; other characters by a short list of spaces, dashes,
 * quotes, currency signs and fractions, everything else counting as a letter. */
#include <string.h>
#include "mem.h"
#include "num_tok.h"
#include "utf8.h"

enum { C_OTHER, C_SPACE, C_DIGIT, C_UPPER, C_LOWER };

static unsigned char cls[256];
static unsigned char ascii_alpha[256];

static void
init_cls(void)
{
	for (int c = 0; c < 256; c++)
		cls[c] = c >= 0x80 ? C_LOWER : C_OTHER;
	for (int c = '0'; c <= '9'; c++)
		cls[c] = C_DIGIT;
	for (int c = 'a'; c <= 'z'; c++)
		cls[c] = C_LOWER;
	for (int c = 'A'; c <= 'Z'; c++)
		cls[c] = C_UPPER;
	for (int c = 0; c < 128; c++)
		ascii_alpha[c] = cls[c] == C_UPPER || cls[c] == C_LOWER;
	cls[' '] = cls['\t'] = cls['\n'] = cls['\r'] = cls['\f'] = cls['\v'] = C_SPACE;
}

static int cls_built;

/* Vulgar fractions as num*256+den, 0 if cp is none. */
static uint32_t
vfrac(unsigned cp)
{
	switch (cp) {
	case 0xBC: return 1 * 256 + 4;
	case 0xBD: return 1 * 256 + 2;
	case 0xBE: return 3 * 256 + 4;
	case 0x2153: return 1 * 256 + 3;
	case 0x2154: return 2 * 256 + 3;
	case 0x2155: return 1 * 256 + 5;
	case 0x2156: return 2 * 256 + 5;
	case 0x2157: return 3 * 256 + 5;
	case 0x2158: return 4 * 256 + 5;
	case 0x2159: return 1 * 256 + 6;
	case 0x215A: return 5 * 256 + 6;
	case 0x215B: return 1 * 256 + 8;
	case 0x215C: return 3 * 256 + 8;
	case 0x215D: return 5 * 256 + 8;
	case 0x215E: return 7 * 256 + 8;
	}
	return 0;
}

/* Is the non-ASCII cp punctuation or a symbol (not part of a word)? */
static int
nonascii_punct(unsigned cp)
{
	return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
	       (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
	       (cp >= 0x2150 && cp <= 0x218F) || (cp >= 0x2190 && cp <= 0x2BFF) ||
	       (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE6F) ||
	       (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20);
}

static int
nonascii_space(unsigned cp)
{
	return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	       cp == 0x205F || cp == 0x3000 || cp == 0x2028 || cp == 0x2029;
}

static ntok *
push(ntoks *o)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 256;
		o->v = bk_xrealloc(o->v, o->cap * sizeof *o->v);
	}
	ntok *t = &o->v[o->n++];
	t->cap = t->upper = 0;
	t->ch = 0;
	t->w = NULL;
	t->looked = 0;
	return t;
}

/* The lexicon entry of a word: lower-cased ASCII, with ’ read as '. */
void
num_tok_lookup(const char *p, ntok *t)
{
	char low[24];
	size_t k = 0;
	t->looked = 1;
	t->w = NULL;
	if (t->t != T_WORD || t->e - t->s > 20)
		return;
	for (size_t i = t->s; i < t->e; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c < 0x80) {
			low[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		} else if (c == 0xE2 && i + 2 < t->e && (unsigned char)p[i + 1] == 0x80 &&
		           (unsigned char)p[i + 2] == 0x99) {
			low[k++] = '\'';
			i += 2;
		} else {
			return;
		}
	}
	t->w = num_word_find(low, k);
}

void
num_tokenize(const char *p, size_t n, ntoks *out)
{
	if (!cls_built) {
		init_cls();
		num_words_init();
		cls_built = 1;
	}
	out->n = 0;
	int sp = 1;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)p[i];
		int k = cls[c];
		unsigned cp = c;
		size_t w = 1;
		if (c >= 0x80) {
			w = bk_utf8_decode(p + i, n - i, &cp);
			if (nonascii_space(cp)) {
				sp = 1;
				i += w;
				continue;
			}
			if (nonascii_punct(cp))
				k = C_OTHER;
		}
		if (k == C_SPACE) {
			sp = 1;
			i++;
			continue;
		}
		ntok *t = push(out);
		t->s = (uint32_t)i;
		t->sp = (uint8_t)sp;
		sp = 0;
		if (k == C_DIGIT) {
			t->t = T_NUM;
			while (i < n && cls[(unsigned char)p[i]] == C_DIGIT)
				i++;
			t->e = (uint32_t)i;
			continue;
		}
		if (k == C_OTHER) {
			uint32_t f = c >= 0x80 ? vfrac(cp) : 0;
			t->t = f ? T_VFRAC : T_PUNCT;
			t->ch = f ? f : cp;
			i += w;
			t->e = (uint32_t)i;
			continue;
		}
		/* a word: letters, and apostrophes between letters */
		t->t = T_WORD;
		t->cap = k == C_UPPER;
		int upper = 1;
		for (;;) {
			while (i < n && ascii_alpha[(unsigned char)p[i]])
				i++;
			if (i >= n)
				break;
			unsigned char d = (unsigned char)p[i];
			int dk = cls[d];
			if (dk == C_UPPER || (dk == C_LOWER && d < 0x80)) {
				if (dk == C_LOWER)
					upper = 0;
				i++;
				continue;
			}
			if (d == '\'' && i + 1 < n && cls[(unsigned char)p[i + 1]] >= C_UPPER &&
			    (unsigned char)p[i + 1] < 0x80) {
				i++;
				continue;
			}
			if (d >= 0x80) {
				unsigned dc;
				size_t dw = bk_utf8_decode(p + i, n - i, &dc);
				if (dc == 0x2019 && i + dw < n && cls[(unsigned char)p[i + dw]] >= C_UPPER &&
				    (unsigned char)p[i + dw] < 0x80) {
					i += dw;
					continue;
				}
				if (nonascii_space(dc) || nonascii_punct(dc))
					break;
				upper = 0;
				i += dw;
				continue;
			}
			break;
		}
		t->e = (uint32_t)i;
		if (t->e - t->s > 4)
			upper = 0; /* only short codes (USD, PM) are asked about */
		if (upper && t->e - t->s <= 4)
			for (uint32_t q = t->s; q < t->e; q++)
				if (p[q] >= 'a' && p[q] <= 'z') {
					upper = 0;
					break;
				}
		t->upper = (uint8_t)upper;
		if (num_word_cand((unsigned char)p[t->s], t->e - t->s > 1 ? (unsigned char)p[t->s + 1] : 0,
		                  t->e - t->s))
			num_tok_lookup(p, t);
	}
}

size_t
num_text_first(const char *p, size_t n)
{
	if (!cls_built) {
		init_cls();
		num_words_init();
		cls_built = 1;
	}
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)p[i];
		if (ascii_alpha[c]) {
			size_t s = i;
			while (i < n && ascii_alpha[(unsigned char)p[i]])
				i++;
			if (num_word_trigger_maybe(c, i - s > 1 ? (unsigned char)p[s + 1] : 0, i - s)) {
				ntok t = { (uint32_t)s, (uint32_t)i, T_WORD, 0, 0, 0, 0, 0, NULL };
				num_tok_lookup(p, &t);
				if (t.w != NULL && num_word_trigger(t.w))
					return s;
			}
			continue;
		}
		if (cls[c] == C_DIGIT)
			return i;
		if (c >= 0x80) {
			unsigned cp;
			size_t w = bk_utf8_decode(p + i, n - i, &cp);
			if (vfrac(cp))
				return i;
			i += w;
			continue;
		}
		i++;
	}
	return n;
}
