/* ng_count.c - windows of tokens into the n-gram table. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "mem.h"
#include "ng_bound.h"
#include "ng_count.h"

/* A cached term id and the token's flags, in one word. */
#define TF_TERM 0x1FFFFFFFu
#define TF_SHIFT 29
/* The run arrays start over (after a flush) once they hold this many tokens. */
#define RUN_RESET 16384
/* The cache's tables: slots at first, and the most spellings each holds. */
#define LEX8_FIRST 8192
#define LEX_FIRST 4096
#define LEX_MAX ((size_t)1 << 23)

/* ---- counting one occurrence --------------------------------------------- */

/* Entry e leaves its last (split) stretch: remember that it was there. */
static void
leave(ng_counter *c, const ng_entry *e)
{
	uint32_t len = ng_entry_len(e), key[NG_MAX_N + 2];
	key[0] = e->last_doc;
	memcpy(key + 1, ng_table_key(&c->grams, e), len * sizeof *key);
	ng_table_get(&c->left, key, len + 1, ng_hash_key(key, len + 1))->count = 1;
}

/* k occurrences in doc: the stretch + 1, with NG_SPLIT. */
static inline void
count_entry(ng_counter *c, ng_entry *e, uint32_t doc, uint64_t k)
{
	e->count += k;
	if (e->last_doc != doc) {
		if (__builtin_expect((e->last_doc & NG_SPLIT) != 0, 0))
			leave(c, e);
		e->last_doc = doc;
		if (!(doc & NG_SPLIT))
			e->docs++;
	}
}

static inline ng_entry *
get(ng_table *t, uint32_t g, const uint32_t *ids, uint32_t n, uint64_t h)
{
	if (n <= 2)
		return ng_table_get_short(t, g, ids[0], n == 2 ? ids[1] : 0, n, h);
	return ng_table_get_gk(t, g, ids, n, h);
}

/* The n-gram table is far larger than the cache, so a lookup is a miss to
 * memory.  Windows are queued with their hashes, their slots prefetched, and
 * counted a batch at a time: the misses then overlap instead of queueing. */
static void
flush(ng_counter *c)
{
	for (size_t i = 0; i < c->npending; i++) {
		const ng_window *w = &c->pending[i];
		count_entry(c, get(&c->grams, w->g, c->rt + w->off, w->n, w->h), w->doc, 1);
		if (w->var) /* a spelling differs from its term: count the form too */
			get(&c->forms, w->g, c->rs + w->off, w->n, w->hs)->count++;
	}
	c->npending = 0;
}

static inline void
queue(ng_counter *c, uint64_t h, size_t off, uint32_t n, uint32_t g, uint32_t doc, unsigned var)
{
	ng_window *w = &c->pending[c->npending++];
	w->h = h;
	w->off = (uint32_t)off;
	w->n = n;
	w->g = g;
	w->doc = doc;
	w->var = var & NG_VAR;
	ng_table_prefetch(&c->grams, h);
	if (w->var) {
		const uint32_t *sp = c->rs + off;
		uint64_t hs = ng_hash_step(ng_hash_start(), g);
		for (uint32_t j = 0; j < n; j++)
			hs = ng_hash_step(hs, sp[j]);
		w->hs = hs;
		ng_table_prefetch(&c->forms, hs);
	}
	if (c->npending == NG_BATCH)
		flush(c);
}

/* Queues every window of the run rt[from..rn) (lengths past 2). */
static void
count_run(ng_counter *c, size_t from, uint32_t g, uint32_t doc)
{
	const size_t lo = (size_t)c->o.n_lo, hi = (size_t)c->o.n_hi, m = c->rn - from;
	const uint32_t *terms = c->rt + from, *flags = c->rf + from;
	const uint64_t h0 = ng_hash_step(ng_hash_start(), g);
	const int trim = c->o.skip_trimmed;
	for (size_t i = 0; i + lo <= m; i++) {
		if (trim && (flags[i] & NG_STOP))
			continue; /* every window from here begins with a stop word */
		size_t kmax = m - i < hi ? m - i : hi;
		uint64_t h = h0;
		unsigned var = 0;
		for (size_t k = 1; k <= kmax; k++) {
			h = ng_hash_step(h, terms[i + k - 1]);
			var |= flags[i + k - 1];
			if (k < lo || (trim && (flags[i + k - 1] & NG_STOP)))
				continue;
			queue(c, h, from + i, (uint32_t)k, g, doc, var);
		}
	}
}

/* ---- spellings ------------------------------------------------------------ */

/* The bytes of a token of up to 16 bytes, zero-padded, as two words. */
static const uint64_t mask_lo[17] = {
	0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF,
	~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull
};
static const uint64_t mask_hi[17] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0,
	0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ~0ull
};

/* The cache is two tables: tokens of up to 8 bytes (most of them) in
 * 16-byte entries keyed by one word, four to a cache line; tokens of 9 to
 * 16 bytes in 24-byte entries.
 * An entry begins with its key's words (w1 = 0 for a short one: the hash is
 * then that of the first word alone); a slot's bits come from bits 40..63
 * of the hash. */
static inline size_t
lex_hash(uint64_t w0, uint64_t w1)
{
	return (size_t)(((w0 ^ (w1 * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull) >> 40);
}

/* An entry's key words (the second only in a two-word table). */
static void
entry_words(const char *e, int two, uint64_t *w0, uint64_t *w1)
{
	memcpy(w0, e, 8);
	*w1 = 0;
	if (two)
		memcpy(w1, e + 8, 8);
}

/* A table of the cache (entries of esz bytes, mask + 1 slots, n used) with
 * room for one more: itself, or doubled when it would be more than half
 * full. */
static void *
lex_room(void *tab, size_t *mask, size_t n, size_t esz)
{
	if (2 * (n + 1) <= *mask + 1)
		return tab;
	size_t oldn = *mask + 1, slots = 2 * oldn;
	const char *old = tab;
	char *t = bk_xcalloc(slots, esz);
	for (size_t i = 0; i < oldn; i++) {
		uint64_t a, b, z;
		entry_words(old + i * esz, esz > 16, &a, &b);
		if (a == 0)
			continue;
		size_t j = lex_hash(a, b) & (slots - 1);
		while (memcpy(&z, t + j * esz, 8), z != 0)
			j = (j + 1) & (slots - 1);
		memcpy(t + j * esz, old + i * esz, esz);
	}
	free(tab);
	*mask = slots - 1;
	return t;
}

/* The empty slot where key w0 w1 goes in a table of the cache. */
static size_t
lex_empty(const void *tab, size_t mask, size_t esz, uint64_t w0, uint64_t w1)
{
	size_t j = lex_hash(w0, w1) & mask;
	uint64_t z;
	while (memcpy(&z, (const char *)tab + j * esz, 8), z != 0)
		j = (j + 1) & mask;
	return j;
}

/* A token's spelling id (*sp) and term with flags, from the terms table;
 * cached by its bytes w0, w1 when it is short (w0 = 0: not cached; w1 = 0:
 * up to 8 bytes). */
static uint32_t
lookup(ng_counter *c, const char *p, size_t n, int ascii, int kind, uint64_t w0, uint64_t w1,
       uint32_t *sp)
{
	uint32_t s = ng_spelling(c->terms, p, n, 0, ascii, kind);
	uint32_t term = ng_spelling_term(c->terms, s);
	if (term > TF_TERM)
		bk_die(1, "too many distinct terms");
	uint32_t tf = term | (uint32_t)ng_spelling_flags(c->terms, s) << TF_SHIFT;
	*sp = s;
	if (w0 != 0 && w1 == 0 && c->lex8n < LEX_MAX) {
		c->lex8 = lex_room(c->lex8, &c->lex8mask, c->lex8n++, sizeof *c->lex8);
		c->lex8[lex_empty(c->lex8, c->lex8mask, sizeof *c->lex8, w0, 0)] = (ng_lex8ent){ w0, s, tf };
	} else if (w1 != 0 && c->lexn < LEX_MAX) {
		c->lex = lex_room(c->lex, &c->lexmask, c->lexn++, sizeof *c->lex);
		c->lex[lex_empty(c->lex, c->lexmask, sizeof *c->lex, w0, w1)] = (ng_lexent){ w0, w1, s, tf };
	}
	return tf;
}

/* ---- sentences ----------------------------------------------------------- */

/* The bytes of token s[0..len) (len <= 16, 16 bytes readable) as the
 * cache's key: two words, zero-padded. */
static inline void
token_words(const char *s, size_t len, uint64_t *w0, uint64_t *w1)
{
	memcpy(w0, s, 8);
	memcpy(w1, s + 8, 8);
	*w0 &= mask_lo[len];
	*w1 &= mask_hi[len];
}

/* The bytes of token s[0..len) (len <= 8, 8 bytes readable), zero-padded. */
static inline uint64_t
token_word(const char *s, size_t len)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return w & mask_lo[len];
}

/* Which table of the cache token s[0..len) goes to (none: too long, or too
 * near end to read its bytes as words), and its key w0 w1. */
enum { LEX_NONE, LEX_SHORT, LEX_LONG };
static inline int
lex_key(const char *s, size_t len, const char *end, uint64_t *w0, uint64_t *w1)
{
	if (len <= 8 && (size_t)(end - s) >= 8) {
		*w0 = token_word(s, len);
		*w1 = 0;
		return LEX_SHORT;
	}
	if (len <= 16 && (size_t)(end - s) >= 16) {
		token_words(s, len, w0, w1);
		return LEX_LONG;
	}
	return LEX_NONE;
}

/* The cache keys of tokens v[0..k) of text p into c->hints, and their slots
 * prefetched before they are looked up: the cache outgrows L2 on a large
 * vocabulary, and a rare word's miss would otherwise stall the loop, one
 * token after the other.
 * always_inline: a function whose only effect is a prefetch is "pure" to
 * GCC, which then deletes the calls as dead code (GCC 12 at -O2 did); the
 * hints it now leaves make it needed anyway. */
static inline __attribute__((always_inline)) void
lex_hints(ng_counter *c, const char *p, const bk_token *v, size_t k, const char *end)
{
	for (size_t i = 0; i < k; i++) {
		ng_lexhint *h = &c->hints[i];
		h->table = (uint32_t)lex_key(p + v[i].start, v[i].end - v[i].start, end, &h->w0, &h->w1);
		if (h->table == LEX_SHORT) {
			h->hash = (uint32_t)lex_hash(h->w0, 0);
			__builtin_prefetch(&c->lex8[h->hash & c->lex8mask]);
		} else if (h->table == LEX_LONG) {
			h->hash = (uint32_t)lex_hash(h->w0, h->w1);
			__builtin_prefetch(&c->lex[h->hash & c->lexmask]);
		}
	}
}

/* Token s[0..len)'s term with its flags (TF_SHIFT), its spelling in *sp:
 * from the cache when it is short, by its hint h from lex_hints (a slot is
 * the hash masked now: the table may have grown since). */
static inline __attribute__((always_inline)) uint32_t
token_ids(ng_counter *c, const char *s, size_t len, int ascii, int kind, const ng_lexhint *h,
          uint32_t *sp)
{
	switch (h->table) {
	case LEX_SHORT:
		for (size_t j = h->hash & c->lex8mask;; j = (j + 1) & c->lex8mask) {
			const ng_lex8ent *e = &c->lex8[j];
			if (e->w == h->w0) {
				*sp = e->sp;
				return e->tf;
			}
			if (e->w == 0)
				break;
		}
		return lookup(c, s, len, ascii, kind, h->w0, 0, sp);
	case LEX_LONG:
		for (size_t j = h->hash & c->lexmask;; j = (j + 1) & c->lexmask) {
			const ng_lexent *e = &c->lex[j];
			if (e->w0 == h->w0 && e->w1 == h->w1) {
				*sp = e->sp;
				return e->tf;
			}
			if (e->w0 == 0)
				break;
		}
		return lookup(c, s, len, ascii, kind, h->w0, h->w1, sp);
	}
	return lookup(c, s, len, ascii, kind, 0, 0, sp); /* not cached */
}

/* Does the gap p[from..to) between two tokens end a run?  Most gaps are one
 * space: no need to look. */
static inline int
gap_breaks(const char *p, size_t from, size_t to)
{
	return !(to - from == 1 && p[from] == ' ') && ng_gap_breaks_fast(p + from, to - from);
}

/* ---- the stage ------------------------------------------------------------ */

/* A run stages its pairs once it has counted this many straight into grams:
 * a short one (a turn of a speaker in a TSV) never does, and pays nothing. */
#define STAGE_AFTER ((uint64_t)1 << 15)
#define STAGE_FIRST 4096
/* A stage of up to this many slots is kept, zeroed, for the next run;
 * a larger one is freed (zeroing it would cost the next short run). */
#define STAGE_KEEP ((size_t)1 << 16)
/* Entries poured with their grams slots prefetched this many ahead. */
#define POUR_AHEAD 16

/* Stage s, grown to twice its slots (or made); g: the run's group. */
static void
stage_grow(ng_stage *s, uint32_t g)
{
	size_t slots = s->e ? 2 * (s->mask + 1) : STAGE_FIRST;
	ng_stagent *t = bk_big_zalloc(slots * sizeof *t);
	for (size_t i = 0; s->e && i <= s->mask; i++) {
		const ng_stagent *e = &s->e[i];
		if (e->a1 == 0)
			continue;
		const uint32_t key[3] = { g, e->a1 - 1, e->b };
		size_t j = ng_slot_hash(ng_hash_key(key, 3)) & (slots - 1);
		while (t[j].a1 != 0)
			j = (j + 1) & (slots - 1);
		t[j] = *e;
	}
	bk_big_free(s->e);
	s->e = t;
	s->mask = slots - 1;
}

static __attribute__((noinline)) ng_stagent *
stage_add(ng_stage *s, uint32_t g, uint32_t a, uint32_t b, uint64_t h, size_t j)
{
	if (ng_too_full(s->n + 1, s->mask + 1)) {
		stage_grow(s, g);
		for (j = ng_slot_hash(h) & s->mask; s->e[j].a1 != 0; j = (j + 1) & s->mask)
			;
	}
	ng_stagent *e = &s->e[j];
	e->a1 = a + 1;
	e->b = b;
	e->count = 0;
	s->n++;
	return e;
}

/* Stage s's entry of pair a b (hash h, group g), added with a count of 0. */
static inline ng_stagent *
stage_get(ng_stage *s, uint32_t g, uint32_t a, uint32_t b, uint64_t h)
{
	size_t j = ng_slot_hash(h) & s->mask;
	for (;; j = (j + 1) & s->mask) {
		ng_stagent *e = &s->e[j];
		if (e->a1 == a + 1 && e->b == b)
			return e;
		if (e->a1 == 0)
			break;
	}
	return stage_add(s, g, a, b, h, j);
}

/* Empties stage s, keeping a small one's slots. */
static void
stage_clear(ng_stage *s)
{
	size_t slots = s->mask + 1;
	if (slots > STAGE_KEEP) {
		bk_big_free(s->e);
		s->e = NULL;
	} else {
		memset(s->e, 0, slots * sizeof *s->e);
	}
	s->n = 0;
}

typedef struct pour_item {
	const ng_stagent *s;
	uint64_t h;
} pour_item;

/* Adds an entry of stage s into table t (grams: with the run's document in
 * docs, as count_entry would have). */
static inline void
pour_one(ng_counter *c, ng_table *t, const pour_item *it, uint32_t g, uint32_t doc)
{
	const ng_stagent *s = it->s;
	ng_entry *e = ng_table_get_short(t, g, s->a1 - 1, s->b, 2, it->h);
	if (t == &c->grams)
		count_entry(c, e, doc, s->count);
	else
		e->count += s->count;
}

/* Adds stage s into table t, for the run's group and document, and empties
 * it: what counting each pair into t would have left there. */
static void
pour(ng_counter *c, ng_stage *st, ng_table *t)
{
	if (st->e == NULL)
		return;
	const uint32_t g = c->pair_g, doc = c->pair_doc;
	const uint64_t h0 = ng_hash_step(ng_hash_start(), g);
	pour_item ring[POUR_AHEAD];
	size_t n = 0, slots = st->mask + 1;
	ng_table_reserve(t, t->n + st->n);
	for (size_t i = 0; i < slots; i++) {
		const ng_stagent *s = &st->e[i];
		if (s->a1 == 0)
			continue;
		pour_item *it = &ring[n++ % POUR_AHEAD];
		if (n > POUR_AHEAD)
			pour_one(c, t, it, g, doc);
		it->s = s;
		it->h = ng_hash_step(ng_hash_step(h0, s->a1 - 1), s->b);
		ng_table_prefetch(t, it->h);
	}
	for (size_t j = n > POUR_AHEAD ? n - POUR_AHEAD : 0; j < n; j++)
		pour_one(c, t, &ring[j % POUR_AHEAD], g, doc);
	stage_clear(st);
}

/* The run ends: its stages poured into grams and forms. */
static void
stage_pour(ng_counter *c)
{
	pour(c, &c->stage, &c->grams);
	pour(c, &c->fstage, &c->forms);
	c->staging = 0;
	c->run_pairs = 0;
}

/* The default, bigrams (no --trim-stopwords, no --cross-punct): a pair is
 * queued with its ids, and the run arrays are not needed.  Pairs go to
 * grams, or to the stage once the run is long. */
static void
flush_pairs(ng_counter *c)
{
	const uint32_t g = c->pair_g, doc = c->pair_doc;
	uint8_t var[NG_BATCH];
	size_t nvar = 0;
	if (c->npairs == 0)
		return;
	if (!c->staging && c->run_pairs >= c->stage_after) {
		c->staging = 1;
		if (c->stage.e == NULL)
			stage_grow(&c->stage, g);
		if (c->fstage.e == NULL)
			stage_grow(&c->fstage, g);
	}
	if (c->staging) {
		for (size_t i = 0; i < c->npairs; i++) {
			const ng_pair *w = &c->pairs[i];
			stage_get(&c->stage, g, w->a, w->b, w->h)->count++;
			var[nvar] = (uint8_t)i;
			nvar += w->var != 0;
		}
	} else {
		for (size_t i = 0; i < c->npairs; i++) {
			const ng_pair *w = &c->pairs[i];
			count_entry(c, ng_table_get_short(&c->grams, g, w->a, w->b, 2, w->h), doc, 1);
			var[nvar] = (uint8_t)i;
			nvar += w->var != 0;
		}
		c->run_pairs += c->npairs;
	}
	/* the variants' forms after the n-grams: whether a pair has one is as
	 * good as random (a fifth of a text's pairs, by its capitals), and a
	 * branch on it mispredicted every few pairs (kjv x10: 4% less time) */
	if (c->staging) {
		for (size_t j = 0; j < nvar; j++) {
			const ng_pair *w = &c->pairs[var[j]];
			stage_get(&c->fstage, g, w->sa, w->sb, w->hs)->count++;
		}
	} else {
		for (size_t j = 0; j < nvar; j++) {
			const ng_pair *w = &c->pairs[var[j]];
			ng_table_get_short(&c->forms, g, w->sa, w->sb, 2, w->hs)->count++;
		}
	}
	c->npairs = 0;
}

static void
sentence_pairs(ng_counter *c, const char *p, size_t n, const char *end, uint32_t g, uint64_t h0)
{
	size_t prev_end = 0, k, np = c->npairs; /* a local count: the pairs' stores cannot alias it */
	uint64_t ntok = 0, kept = 0, hprev = 0;
	uint32_t pa = 0, psp = 0, pfl = 0;
	int have = 0; /* a previous token in the run */
	bk_tok_text_within(&c->tok, p, n, (size_t)(end - p));
	while ((k = bk_tok_batch(&c->tok, c->toks, sizeof c->toks / sizeof c->toks[0])) > 0) {
		ntok += k;
		lex_hints(c, p, c->toks, k, end);
		for (size_t i = 0; i < k; i++) {
			const bk_token *tk = &c->toks[i];
			const char *s = p + tk->start;
			if (have && gap_breaks(p, prev_end, tk->start))
				have = 0;
			prev_end = tk->end;
			uint32_t sp, tf = token_ids(c, s, tk->end - tk->start, tk->ascii, tk->kind, &c->hints[i], &sp);
			unsigned fl = tf >> TF_SHIFT;
			if (fl & NG_DROP) {
				have = 0;
				continue;
			}
			uint32_t term = tf & TF_TERM;
			kept++;
			if (have) {
				ng_pair *w = &c->pairs[np++];
				w->h = ng_hash_step(hprev, term);
				w->a = pa;
				w->b = term;
				w->var = (pfl | fl) & NG_VAR;
				if (c->staging)
					__builtin_prefetch(&c->stage.e[ng_slot_hash(w->h) & c->stage.mask], 1);
				else
					ng_table_prefetch(&c->grams, w->h);
				if (w->var) {
					w->sa = psp;
					w->sb = sp;
					w->hs = ng_hash_step(ng_hash_step(h0, psp), sp);
					if (c->staging)
						__builtin_prefetch(&c->fstage.e[ng_slot_hash(w->hs) & c->fstage.mask], 1);
					else
						ng_table_prefetch(&c->forms, w->hs);
				}
				if (np == NG_BATCH) {
					c->npairs = np;
					flush_pairs(c);
					np = 0;
				}
			}
			have = 1;
			hprev = ng_hash_step(h0, term);
			pa = term;
			psp = sp;
			pfl = fl;
		}
	}
	c->npairs = np;
	c->group[g].tokens += ntok;
	c->group[g].kept += kept;
}

/* The tokens of sentence p[0..n) (bytes up to end may be read), cut into
 * runs, their windows queued, with any options (sentence_pairs is the
 * default's).  h0: the hash of the group alone. */
static void
sentence(ng_counter *c, const char *p, size_t n, const char *end, uint32_t g, uint32_t doc,
         uint64_t h0)
{
	const int lo = c->o.n_lo, hi = c->o.n_hi, trim = c->o.skip_trimmed, cross = c->o.cross_punct;
	const int generic = hi > 2;
	size_t prev_end = 0, k, from;
	uint64_t ntok = 0, kept = 0, hprev = 0;
	int first = 1;
	if (c->rn > RUN_RESET) {
		flush(c); /* the windows queued point into the run arrays */
		c->rn = 0;
	}
	from = c->rn;
	bk_tok_text_within(&c->tok, p, n, (size_t)(end - p));
	while ((k = bk_tok_batch(&c->tok, c->toks, sizeof c->toks / sizeof c->toks[0])) > 0) {
		ntok += k;
		lex_hints(c, p, c->toks, k, end);
		if (c->rn + k > c->rcap) {
			while (c->rn + k > c->rcap)
				c->rcap = c->rcap ? 2 * c->rcap : 4096;
			c->rt = bk_xrealloc(c->rt, c->rcap * sizeof *c->rt);
			c->rs = bk_xrealloc(c->rs, c->rcap * sizeof *c->rs);
			c->rf = bk_xrealloc(c->rf, c->rcap * sizeof *c->rf);
		}
		for (size_t i = 0; i < k; i++) {
			const bk_token *tk = &c->toks[i];
			size_t len = tk->end - tk->start;
			const char *s = p + tk->start;
			int brk = !cross && !first && gap_breaks(p, prev_end, tk->start);
			first = 0;
			prev_end = tk->end;
			uint32_t sp, tf = token_ids(c, s, len, tk->ascii, tk->kind, &c->hints[i], &sp);
			unsigned fl = tf >> TF_SHIFT;
			if ((fl & NG_DROP) || brk) {
				if (generic)
					count_run(c, from, g, doc);
				from = c->rn;
				if (fl & NG_DROP)
					continue;
			}
			size_t at = c->rn++;
			uint32_t term = tf & TF_TERM;
			c->rt[at] = term;
			c->rs[at] = sp;
			c->rf[at] = fl;
			kept++;
			if (generic)
				continue;
			uint64_t h1 = ng_hash_step(h0, term);
			int stop = trim && (fl & NG_STOP);
			if (lo == 1 && !stop)
				queue(c, h1, at, 1, g, doc, fl);
			if (hi == 2 && at > from && !stop && !(trim && (c->rf[at - 1] & NG_STOP)))
				queue(c, ng_hash_step(hprev, term), at - 1, 2, g, doc, fl | c->rf[at - 1]);
			hprev = h1;
		}
	}
	if (generic)
		count_run(c, from, g, doc);
	c->group[g].tokens += ntok;
	c->group[g].kept += kept;
}

static void
count_sentence(ng_counter *c, const char *p, size_t n, const char *end, uint32_t g,
               uint32_t doc, uint64_t h0)
{
	const ng_countopts *o = &c->o;
	if (o->n_lo == 2 && o->n_hi == 2 && !o->skip_trimmed && !o->cross_punct)
		sentence_pairs(c, p, n, end, g, h0); /* the default (its doc: c->pair_doc) */
	else
		sentence(c, p, n, end, g, doc, h0);
}

void
ng_count_text(ng_counter *c, const char *text, size_t len, uint32_t g, uint32_t stretch)
{
	bk_span para;
	size_t pos = 0;
	uint32_t doc = ((stretch & ~NG_SPLIT) + 1) | (stretch & NG_SPLIT);
	uint64_t h0 = ng_hash_step(ng_hash_start(), g);
	ng_counter_group(c, g);
	if (g != c->pair_g || doc != c->pair_doc) {
		flush_pairs(c); /* the pairs queued are another record's */
		stage_pour(c);
		c->pair_g = g;
		c->pair_doc = doc;
	}
	while (bk_next_paragraph(text, len, &pos, &para)) {
		const char *p = text + para.start;
		c->spans.n = 0;
		bk_sentences(p, para.end - para.start, &c->o.sent, &c->spans);
		for (size_t i = 0; i < c->spans.n; i++)
			count_sentence(c, p + c->spans.v[i].start, c->spans.v[i].end - c->spans.v[i].start,
			               text + len, g, doc, h0);
	}
}

/* ---- adding counters up -------------------------------------------------- */

void
ng_counter_settle(ng_counter *c)
{
	ng_counter_finish(c);
	for (size_t i = 0; i < ng_table_slots(&c->grams); i++) {
		ng_entry *e = &c->grams.e[i];
		if (ng_entry_used(e) && (e->last_doc & NG_SPLIT))
			e->docs++;
	}
	for (size_t i = 0; i < ng_table_slots(&c->left); i++) {
		const ng_entry *l = &c->left.e[i];
		if (!ng_entry_used(l))
			continue;
		const uint32_t *k = ng_table_key(&c->left, l);
		uint32_t len = ng_entry_len(l) - 1;
		ng_entry *e = ng_table_find(&c->grams, k + 1, len, ng_hash_key(k + 1, len));
		if (e)
			e->docs++;
	}
}

/* Counts split stretch x for entry e of a settled counter, unless it was. */
static void
count_split(ng_counter *c, ng_entry *e, uint32_t x)
{
	if (e->last_doc == x)
		return;
	uint32_t len = ng_entry_len(e), key[NG_MAX_N + 2];
	key[0] = x;
	memcpy(key + 1, ng_table_key(&c->grams, e), len * sizeof *key);
	if (ng_table_find(&c->left, key, len + 1, ng_hash_key(key, len + 1)))
		return;
	e->docs++;
	if (e->last_doc & NG_SPLIT)
		leave(c, e);
	e->last_doc = x;
}

/* Maps the ids of src's key k[1..len) with map into out (out[0] = k[0]). */
static void
map_key(uint32_t *out, const uint32_t *k, uint32_t len, const uint32_t *map)
{
	out[0] = k[0];
	for (uint32_t i = 1; i < len; i++)
		out[i] = map[k[i]];
}

/* Entries are absorbed through a ring: an entry's key is mapped and its slot
 * in dst prefetched ABSORB_AHEAD entries before it is added, so that the
 * misses to dst's table overlap. */
#define ABSORB_AHEAD 16

typedef struct absorb_item {
	const ng_entry *e;
	uint64_t h;
	uint32_t key[NG_MAX_N + 1];
} absorb_item;

static inline void
absorb_one(ng_counter *dst, ng_table *dt, const absorb_item *it, int grams)
{
	const ng_entry *e = it->e;
	uint32_t len = ng_entry_len(e);
	ng_entry *f = get(dt, it->key[0], it->key + 1, len - 1, it->h);
	f->count += e->count;
	if (!grams)
		return;
	f->docs += e->docs;
	if (e->last_doc & NG_SPLIT)
		count_split(dst, f, e->last_doc);
}

/* Adds table st of src into table dt of dst, src's ids mapped by map (the
 * grams table: docs and split stretches too), in st's slot order. */
static void
absorb_table(ng_counter *dst, ng_table *dt, const ng_counter *src, const ng_table *st, const uint32_t *map)
{
	absorb_item ring[ABSORB_AHEAD];
	int grams = st == &src->grams;
	size_t slots = ng_table_slots(st), n = 0;
	for (size_t i = 0; i < slots; i++) {
		const ng_entry *e = &st->e[i];
		if (!ng_entry_used(e))
			continue;
		absorb_item *it = &ring[n++ % ABSORB_AHEAD];
		if (n > ABSORB_AHEAD)
			absorb_one(dst, dt, it, grams);
		uint32_t len = ng_entry_len(e);
		map_key(it->key, ng_table_key(st, e), len, map);
		it->h = ng_hash_key(it->key, len);
		it->e = e;
		ng_table_prefetch(dt, it->h);
	}
	for (size_t j = n > ABSORB_AHEAD ? n - ABSORB_AHEAD : 0; j < n; j++)
		absorb_one(dst, dt, &ring[j % ABSORB_AHEAD], grams);
}

/* src's spelling ids mapped to dst's (given the terms' map), then src's
 * forms added to dst's: one job, which a second thread takes when there are
 * many spellings (it touches neither dst's grams nor its left). */
#define SMAP_MIN_PAR 4096

typedef struct smap_job {
	ng_counter *dst;
	const ng_counter *src;
	const uint32_t *tmap;
	uint32_t *smap;
} smap_job;

static void
absorb_forms(smap_job *j)
{
	const bk_hash *ss = ng_spellings(j->src->terms);
	size_t ns = bk_hash_count(ss), n;
	for (uint32_t i = 0; i < ns; i++) {
		const char *p = bk_hash_key(ss, i, &n);
		uint32_t term = j->tmap[ng_spelling_term(j->src->terms, i)];
		if (ng_spelling_known(j->dst->terms, p, n, term, &j->smap[i]) < 0)
			bk_die(1, "internal error: threads disagree on the term of '%.*s'", (int)n, p);
	}
	absorb_table(j->dst, &j->dst->forms, j->src, &j->src->forms, j->smap);
}

static void *
smap_thread(void *arg)
{
	absorb_forms(arg);
	return NULL;
}

void
ng_counter_absorb(ng_counter *dst, const ng_counter *src)
{
	const bk_hash *st = ng_term_table(src->terms), *ss = ng_spellings(src->terms);
	size_t nt = bk_hash_count(st), ns = bk_hash_count(ss);
	uint32_t *tmap = bk_xmalloc((nt + 1) * sizeof *tmap), *smap = bk_xmalloc((ns + 1) * sizeof *smap);
	uint32_t key[NG_MAX_N + 2];
	const char *p;
	size_t n;
	for (uint32_t i = 0; i < nt; i++) {
		p = bk_hash_key(st, i, &n);
		tmap[i] = ng_term_id(dst->terms, p, n);
	}
	/* the spellings are mapped and the forms added by a second thread while
	 * this one adds the n-grams: they touch different tables */
	smap_job sj = { dst, src, tmap, smap };
	pthread_t th;
	int two = ns >= SMAP_MIN_PAR && pthread_create(&th, NULL, smap_thread, &sj) == 0;
	if (!two)
		absorb_forms(&sj);
	for (uint32_t g = 0; g < src->ngroups; g++) {
		if (src->group[g].tokens == 0 && src->group[g].kept == 0)
			continue;
		ng_group *d = ng_counter_group(dst, g);
		d->tokens += src->group[g].tokens;
		d->kept += src->group[g].kept;
	}
	absorb_table(dst, &dst->grams, src, &src->grams, tmap);
	for (size_t i = 0; i < ng_table_slots(&src->left); i++) {
		const ng_entry *l = &src->left.e[i];
		if (!ng_entry_used(l))
			continue;
		const uint32_t *k = ng_table_key(&src->left, l);
		uint32_t len = ng_entry_len(l) - 1;
		map_key(key, k + 1, len, tmap);
		ng_entry *f = ng_table_get(&dst->grams, key, len, ng_hash_key(key, len));
		if (f->count == 0)
			bk_die(1, "internal error: a split stretch of an n-gram never counted");
		count_split(dst, f, k[0]);
	}
	if (two)
		pthread_join(th, NULL);
	free(tmap);
	free(smap);
}

/* ---- set-up ------------------------------------------------------------ */

void
ng_counter_init(ng_counter *c, const ng_countopts *o, ng_terms *terms)
{
	memset(c, 0, sizeof *c);
	c->o = *o;
	c->terms = terms;
	ng_table_init(&c->grams);
	ng_table_init(&c->forms);
	ng_table_init(&c->left);
	bk_tokopts to = { 0 };
	to.split_hyphens = o->split_hyphens;
	bk_tok_init(&c->tok, &to);
	c->lex8 = bk_xcalloc(LEX8_FIRST, sizeof *c->lex8);
	c->lex8mask = LEX8_FIRST - 1;
	c->lex = bk_xcalloc(LEX_FIRST, sizeof *c->lex);
	c->lexmask = LEX_FIRST - 1;
	c->stage_after = STAGE_AFTER;
}

void
ng_counter_finish(ng_counter *c)
{
	flush(c);
	flush_pairs(c);
	stage_pour(c);
}

void
ng_counter_free(ng_counter *c)
{
	ng_table_free(&c->grams);
	ng_table_free(&c->forms);
	ng_table_free(&c->left);
	free(c->group);
	free(c->spans.v);
	free(c->lex);
	free(c->lex8);
	bk_big_free(c->stage.e);
	bk_big_free(c->fstage.e);
	free(c->rt);
	free(c->rs);
	free(c->rf);
	bk_tok_free(&c->tok);
	memset(c, 0, sizeof *c);
}

ng_group *
ng_counter_group(ng_counter *c, uint32_t g)
{
	if (g >= c->ngroups) {
		size_t n = c->ngroups ? c->ngroups : 16;
		while (n <= g)
			n *= 2;
		c->group = bk_xrealloc(c->group, n * sizeof *c->group);
		memset(c->group + c->ngroups, 0, (n - c->ngroups) * sizeof *c->group);
		c->ngroups = n;
	}
	return &c->group[g];
}

ng_entry *
ng_form_gram(const ng_counter *c, const ng_terms *terms, const ng_entry *f, uint32_t *key)
{
	const uint32_t *sk = ng_table_key(&c->forms, f);
	uint32_t len = ng_entry_len(f);
	key[0] = sk[0];
	for (uint32_t j = 1; j < len; j++)
		key[j] = ng_spelling_term(terms, sk[j]);
	return ng_table_find(&c->grams, key, len, ng_hash_key(key, len));
}
