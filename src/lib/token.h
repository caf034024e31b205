/* token.h - the word tokenizer shared by termfreq, ngrams and numbers.
 *
 * API in brief:
 *
 *     bk_tokenizer tk;
 *     bk_tokopts o = { 0 };               // o.split_hyphens = 1 for --split-hyphens
 *     bk_tok_init(&tk, &o);
 *     bk_tok_text(&tk, text, len);        // any UTF-8 text (valid, no NUL)
 *     bk_token t;
 *     while (bk_tok_next(&tk, &t))        // tokens in text order
 *         use(text + t.start, t.end - t.start, t.kind, t.ascii);
 *     // or, faster, bk_tok_batch(&tk, array, n) fills an array of tokens
 *     bk_tok_free(&tk);
 *
 * A token is a span [start, end) of the text, in bytes; the bytes between two
 * tokens are whatever separated them (ngrams looks there for sentence and
 * clause punctuation).  The text is never copied or changed: terms are made
 * from a token's bytes by norm.h.
 *
 * Rules (DESIGN.md, "Words"):
 *  - word boundaries of Unicode UAX #29 (libunistring's u8_wordbreaks);
 *  - a segment is a token when it holds a letter (L*) or a number (N*);
 *    kind is BK_TOK_WORD when it holds a letter, else BK_TOK_NUMBER
 *    ("1,000", "3.14", "１２"; "COVID-19" is a word);
 *  - two tokens joined by one hyphen (U+002D, U+2010, U+2011) and nothing
 *    else are one token ("Five-Year", "people-to-people", "2019-2020"), unless
 *    split_hyphens;
 *  - "China's" and "China’s" are one token by UAX #29 itself (the apostrophe
 *    is MidNumLet); a soft hyphen is Format and does not break a word.
 *
 * Stretches of text (between whitespace) in ASCII, plus a few frequent
 * characters of English transcripts (curly quotes and apostrophes, dashes,
 * no-break space, ellipsis), take a table-driven fast path that gives exactly
 * the tokens UAX #29 gives; a stretch holding any other character goes to
 * libunistring.  Both paths are tested against each other
 * (tests/unit/token.c) and the Unicode path against WordBreakTest.txt.
 * unicode_only forces the slow path everywhere (for those tests). */
#ifndef BK_TOKEN_H
#define BK_TOKEN_H
#include <stddef.h>

enum bk_tok_kind { BK_TOK_WORD = 1, BK_TOK_NUMBER = 2 };

typedef struct bk_token {
	size_t start, end;  /* byte span in the text given to bk_tok_text */
	int kind;           /* enum bk_tok_kind */
	int ascii;          /* every byte < 0x80 (norm.h has a fast path for these) */
} bk_token;

typedef struct bk_tokopts {
	int split_hyphens;  /* "Five-Year" is two tokens */
	int unicode_only;   /* no ASCII fast path (tests, differential checks) */
} bk_tokopts;

typedef struct bk_tokenizer {
	bk_tokopts o;
	const char *text;
	size_t len, pos;
	size_t readable;    /* bytes of text that may be read (>= len) */
	size_t next_na;     /* first byte at or after pos that the fast path does not know */
	size_t aend;        /* pos..aend is for the fast path and ends at whitespace or len */
	/* the current Unicode stretch [ustart, uend), its breaks and position */
	int in_uni;
	size_t ustart, uend, ucur;
	char *brk;
	size_t brkcap;
	bk_token buf[64];   /* bk_tok_next hands these out one by one */
	size_t nbuf, ibuf;
} bk_tokenizer;

void bk_tok_init(bk_tokenizer *t, const bk_tokopts *o);
/* Starts on a new text; the tokenizer keeps a pointer to it. */
void bk_tok_text(bk_tokenizer *t, const char *text, size_t len);
/* The same, when the text is part of a larger buffer whose bytes up to
 * text + readable (readable >= len) may be read: the fast path then takes
 * the text's last bytes 64 at a time too, as it does the rest (a text cut
 * into sentences is mostly last bytes).  The tokens are the same. */
void bk_tok_text_within(bk_tokenizer *t, const char *text, size_t len, size_t readable);
/* 1 and *tok = the next token; 0 at the end of the text. */
int bk_tok_next(bk_tokenizer *t, bk_token *tok);
/* The next tokens, at most max of them, into v; 0 at the end of the text.
 * (The fast way: no call per token.  Do not mix with bk_tok_next on one text.) */
size_t bk_tok_batch(bk_tokenizer *t, bk_token *v, size_t max);
void bk_tok_free(bk_tokenizer *t);

#endif
