/* num_tok.h - the tokens the number scanner works on: runs of digits, runs of
 * letters (with inner apostrophes), single punctuation characters and vulgar
 * fractions, each with its byte span and whether space precedes it. */
#ifndef NUM_TOK_H
#define NUM_TOK_H
#include <stddef.h>
#include <stdint.h>
#include "num_words.h"

enum { T_WORD = 1, T_NUM, T_PUNCT, T_VFRAC };

typedef struct ntok {
	uint32_t s, e;          /* byte span in the sentence */
	uint8_t t;              /* T_* */
	uint8_t sp;             /* 1: whitespace before it (or the sentence start) */
	uint8_t cap;            /* starts with an upper-case ASCII letter */
	uint8_t upper;          /* every letter upper-case */
	uint32_t ch;            /* T_PUNCT: the code point; T_VFRAC: num*256+den */
	uint8_t looked;         /* w is resolved */
	const num_word *w;      /* T_WORD: the lexicon entry, or NULL (see num_tok_word) */
} ntok;

typedef struct ntoks {
	ntok *v;
	size_t n, cap;
} ntoks;

/* Tokenizes p[0..n) into *out (which is emptied first).  Words that may start
 * a number are looked up in the lexicon at once; the others when first asked
 * (most words of a transcript are never asked about). */
void num_tokenize(const char *p, size_t n, ntoks *out);

void num_tok_lookup(const char *p, ntok *t);

/* Where in p[0..n) the first sign of a number is: a digit, a vulgar
 * fraction, a number word or an ordinal (n when there is none).  A fast pass
 * that lets most sentences be skipped. */
size_t num_text_first(const char *p, size_t n);

/* The lexicon entry of word token t of text p, or NULL. */
static inline const num_word *
num_tok_word(const char *p, const ntok *t)
{
	if (!t->looked)
		num_tok_lookup(p, (ntok *)t);
	return t->w;
}

#endif
