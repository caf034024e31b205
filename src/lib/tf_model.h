/* tf_model.h - termfreq's counts: groups, documents, terms, spellings.
 *
 * Counting goes by "unit": a group (the --by values) or, for --partial, a
 * (group, document) cell, so that partial outputs keep what --merge needs to
 * count distinct documents exactly.  A spelling ("surface form") of a unit is
 * counted once per token; its term is computed when the spelling is first
 * seen, so normalisation costs per distinct spelling, not per token.  The
 * report folds spellings into terms at the end.  termfreq counting text and
 * termfreq --merge reading partials fill the same model, so both write the
 * same bytes. */
#ifndef TF_MODEL_H
#define TF_MODEL_H
#include <stdint.h>
#include <string.h>
#include "hash.h"

#define TF_DROP UINT32_MAX   /* a spelling whose term is not counted */

typedef struct tf_surf {
	uint64_t count;
	uint32_t tid;        /* its term, or TF_DROP */
	uint32_t last_doc;   /* the document that last held it (UINT32_MAX: none) */
} tf_surf;

typedef struct tf_term {
	uint64_t count;
	uint32_t docs, last_doc;
	uint32_t form;       /* its most frequent spelling (a surf id) */
	uint32_t gterm;      /* the same term over all groups (--tfidf) */
} tf_term;

/* The hot index: every spelling of up to 16 bytes (in a unit below
 * TF_HOT_UNITS) -- nearly every English word -- keyed by its bytes as two
 * numbers and (length, unit), with its id and its count in the slot
 * itself: counting a known spelling reads and writes one slot, where the
 * general table reads a slot, an entry, the key's bytes and the tf_surf.
 * The counts of the slots are added to the tf_surfs by tf_model_flush,
 * which must come before anything reads them.  It only ever holds what
 * m->surf holds. */
typedef struct tf_hot {
	uint64_t w1, w2;     /* up to 8 bytes: them (zero above) and 0; 9 to 16: the first 8, the last 8 */
	uint32_t key;        /* length | unit << 5; 0 = empty */
	uint32_t sid;
	uint32_t count;      /* tokens counted here, not yet in m->s[sid].count */
	uint32_t last_doc;   /* the document for which m->s[sid] was last counted here */
} tf_hot;

#define TF_HOT_LEN 16
#define TF_HOT_UNITS (1u << 27)
#define TF_HOT_MAX ((size_t)1 << 31) /* slots at most: a slot's index fits 32 bits */

static inline size_t
tf_hot_slot(uint64_t w1, uint64_t w2, uint32_t key, unsigned shift)
{
	return (size_t)((((w1 ^ w2 * 0xff51afd7ed558ccdULL) + key * 0x9E3779B97F4A7C15ULL) *
	                 0xbf58476d1ce4e5b9ULL) >> shift);
}

/* The two words of a spelling for the hot index (n <= TF_HOT_LEN). */
static inline void
tf_hot_words(const char *p, size_t n, uint64_t *w1, uint64_t *w2)
{
	if (n <= 8) {
		*w1 = bk_hash_pack(p, n);
		*w2 = 0;
	} else {
		memcpy(w1, p, 8);
		memcpy(w2, p + n - 8, 8);
	}
}

typedef struct tf_model {
	int partial;         /* units are (group, document) cells */
	int want_df;         /* keep document frequencies over all groups */
	bk_hash *groups;     /* the --by values as escaped in the input, TAB-joined */
	bk_hash *docs;       /* document names, escaped */
	bk_hash *units;      /* ns = group, key = document id (partial); else unused */
	uint32_t *u_group, *u_doc;
	uint64_t *u_tokens;  /* every token, before any filter */
	size_t u_cap;
	bk_hash *gdocs;      /* (group, document) pairs */
	bk_hash *surf;       /* ns = unit, key = spelling */
	tf_surf *s;
	size_t s_cap;
	bk_hash *terms;      /* ns = unit, key = term */
	tf_term *t;
	size_t t_cap;
	bk_hash *tdocs;      /* (term, document) pairs */
	bk_hash *gterms;     /* --tfidf: terms of all groups */
	uint32_t *gt_df, *gt_last;
	size_t gt_cap;
	bk_hash *gtdocs;
	uint32_t cur_doc;    /* the document of the record being counted */
	tf_hot *hot;         /* see tf_hot; 1 << (64 - hot_shift) slots */
	unsigned hot_shift;
	size_t hot_n;
	/* all the counts merged from partials, of `tokens` rows and of `form`
	 * rows: every sum made of them later is at most these, which fit */
	uint64_t read_tokens, read_forms;
} tf_model;

void tf_model_init(tf_model *m, int partial, int want_df);
void tf_model_free(tf_model *m);
/* The unit of a record of group gkey (escaped, TAB-joined) in document doc
 * (escaped); sets m->cur_doc. */
uint32_t tf_unit(tf_model *m, const char *gkey, size_t gn, const char *doc, size_t dn);
/* The term id of `term` in unit u, added if new. */
uint32_t tf_term_id(tf_model *m, uint32_t u, const char *term, size_t n);
/* A new spelling of unit u with term tid (or TF_DROP). */
uint32_t tf_surf_add(tf_model *m, uint32_t u, const char *p, size_t n, uint32_t tid);
/* Records that term tid occurs in document did. */
void tf_term_doc(tf_model *m, uint32_t tid, uint32_t did);

/* Adds the counts kept in the hot index (see tf_hot) to the spellings'. */
void tf_model_flush(tf_model *m);

/* Adds the counts of src (counted apart, by another thread) into dst. */
void tf_model_absorb(tf_model *dst, const tf_model *src);

/* Counts one more token of spelling sid in the current document.  (termfreq's
 * hot loop inlines the common case: a spelling already seen in this document.) */
static inline void
tf_count_surf(tf_model *m, uint32_t sid)
{
	tf_surf *s = &m->s[sid];
	s->count++;
	if (s->last_doc != m->cur_doc) {
		s->last_doc = m->cur_doc;
		if (s->tid != TF_DROP)
			tf_term_doc(m, s->tid, m->cur_doc);
	}
}

#endif
