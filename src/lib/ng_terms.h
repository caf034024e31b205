/* ng_terms.h - from the bytes of a token to the term ngrams counts.
 *
 * Every distinct spelling met is normalised once (through the shared
 * tokenizer's rules: case folding, NFKC, stemming, stop lists, numbers) and
 * remembered, so the hot loop costs one hash lookup per token. */
#ifndef NG_TERMS_H
#define NG_TERMS_H
#include <stddef.h>
#include <stdint.h>
#include "ng_table.h"

enum {
	NG_DROP = 1,   /* the token is removed (--stopwords, --no-numbers) */
	NG_STOP = 2,   /* on the --trim-stopwords list */
	NG_VAR = 4     /* the spelling differs from its term */
};

typedef struct ng_terms ng_terms;

typedef struct ng_termopts {
	int keep_case, split_hyphens, no_numbers, stem;
	const char *stopwords;       /* NULL: none; "": built-in; else a file */
	const char *trim_stopwords;  /* the same, for --trim-stopwords */
} ng_termopts;

/* NULL with a message in err when a stop list cannot be read. */
ng_terms *ng_terms_new(const ng_termopts *o, char *err, size_t errlen);
void ng_terms_free(ng_terms *t);

/* The next token of p[0..n) at or after *pos: its span in [*ts, *te). */
int ng_next_token(const ng_terms *t, const char *p, size_t n, size_t *pos, size_t *ts, size_t *te);
/* The spelling id of p[0..n) (a token), and through it the term and flags. */
uint32_t ng_spelling(ng_terms *t, const char *p, size_t n);
uint32_t ng_spelling_term(const ng_terms *t, uint32_t spelling);
unsigned ng_spelling_flags(const ng_terms *t, uint32_t spelling);
/* Interned terms and spellings. */
ng_intern *ng_term_strings(ng_terms *t);
ng_intern *ng_spelling_strings(ng_terms *t);
/* The id of a term given as text (for --merge), added when new. */
uint32_t ng_term_id(ng_terms *t, const char *p, size_t n);
/* Is term id on the --trim-stopwords list? */
int ng_term_is_stop(const ng_terms *t, uint32_t term);

#endif
