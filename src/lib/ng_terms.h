/* ng_terms.h - from the bytes of a token to the term ngrams counts.
 *
 * Tokens come from the shared tokenizer (token.h) and become terms through
 * norm.h, exactly as in termfreq.  Every distinct spelling is normalised once
 * and remembered with its term and flags, so the hot loop costs one hash
 * lookup per token. */
#ifndef NG_TERMS_H
#define NG_TERMS_H
#include <stddef.h>
#include <stdint.h>
#include "hash.h"

enum {
	NG_DROP = 1,   /* the token is removed (--stopwords, --no-numbers) */
	NG_STOP = 2,   /* its term is on the --trim-stopwords list */
	NG_VAR = 4     /* the spelling differs from its term */
};

typedef struct ng_terms ng_terms;

typedef struct ng_termopts {
	int keep_case, split_hyphens, no_numbers, stem;
	const char *stopwords;       /* NULL: none; "": built-in; else a file */
	const char *trim_stopwords;  /* the same, for --trim-stopwords */
} ng_termopts;

/* NULL with a message in err when a word list cannot be read. */
ng_terms *ng_terms_new(const ng_termopts *o, char *err, size_t errlen);
void ng_terms_free(ng_terms *t);

/* The spelling id of token p[0..n) (ascii and kind as the tokenizer said;
 * wide: p[0..8) may be read even when n < 8). */
static inline uint32_t ng_spelling(ng_terms *t, const char *p, size_t n, int wide, int ascii, int kind);
static inline uint32_t ng_spelling_term(const ng_terms *t, uint32_t spelling);
static inline unsigned ng_spelling_flags(const ng_terms *t, uint32_t spelling);
/* Every spelling and every term, by id. */
const bk_hash *ng_spellings(const ng_terms *t);
const bk_hash *ng_term_table(const ng_terms *t);
/* The id of a term given as text (for --merge), added when new. */
uint32_t ng_term_id(ng_terms *t, const char *p, size_t n);
/* How the --stopwords list is named in a partial's options: none, builtin,
 * or a digest of its content. */
const char *ng_terms_stop_digest(ng_terms *t);
/* Is the term on the --trim-stopwords list? */
int ng_term_is_stop(const ng_terms *t, uint32_t term);
/* Loads the --trim-stopwords list ("": built-in) as terms normalised with
 * keep_case and stem (for --merge, which learns them from the partials). */
int ng_terms_trim(ng_terms *t, const char *path, int keep_case, int stem, char *err, size_t errlen);
/* The id of a spelling whose term is known (for --merge); -1 when the
 * spelling was seen before with another term. */
int ng_spelling_known(ng_terms *t, const char *p, size_t n, uint32_t term, uint32_t *id);

/* internals of the inline lookup */
struct ng_terms_hot {
	bk_hash *spell;
	uint32_t *spell_term;
	uint8_t *spell_flag;
};
uint32_t ng_spelling_new(ng_terms *t, uint64_t hv, const char *p, size_t n, int ascii, int kind);

static inline uint32_t
ng_spelling(ng_terms *t, const char *p, size_t n, int wide, int ascii, int kind)
{
	const struct ng_terms_hot *h = (const struct ng_terms_hot *)t;
	uint64_t w = wide ? bk_hash_pack8(p, n) : bk_hash_pack(p, n);
	uint64_t hv = bk_hash_bytes_w(0, p, n, w);
	uint32_t id = bk_hash_find_hw(h->spell, hv, w, 0, p, n);
	return id != BK_HASH_NONE ? id : ng_spelling_new(t, hv, p, n, ascii, kind);
}

static inline uint32_t
ng_spelling_term(const ng_terms *t, uint32_t spelling)
{
	return ((const struct ng_terms_hot *)t)->spell_term[spelling];
}

static inline unsigned
ng_spelling_flags(const ng_terms *t, uint32_t spelling)
{
	return ((const struct ng_terms_hot *)t)->spell_flag[spelling];
}

#endif
