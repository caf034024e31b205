/* ng_table.h - counts keyed by short tuples of ids: a group id, then the term
 * ids of an n-gram's words (strings are interned to ids by hash.h).
 *
 * Open addressing directly over 32-byte entries, so that a lookup costs one
 * cache miss, which the counting loop issues ahead of time with
 * ng_table_prefetch.  Keys of up to NG_INLINE ids (a group and a bigram) live
 * in the entry; longer ones in a side array.  Memory grows with the number of
 * distinct n-grams and never with the input. */
#ifndef NG_TABLE_H
#define NG_TABLE_H
#include <stddef.h>
#include <stdint.h>

#define NG_INLINE 3

typedef struct ng_entry {
	uint64_t count;          /* 0: an empty slot */
	uint32_t docs;           /* distinct documents seen */
	uint32_t last_doc;       /* id + 1 of the last document counted in docs */
	uint32_t tag;            /* high bits of the hash, low 5 bits: key length */
	uint32_t k[NG_INLINE];   /* the key, or k[0] = its offset in keys[] */
} ng_entry;

typedef struct ng_table {
	ng_entry *e;             /* mask + 1 slots */
	size_t mask, n;
	uint32_t *keys;
	size_t keys_len, keys_cap;
} ng_table;

void ng_table_init(ng_table *t);
void ng_table_free(ng_table *t);

/* Hashing a key one id at a time, so that a window's prefixes (its 1-gram,
 * 2-gram, ... n-gram) cost one step each. */
static inline uint64_t ng_hash_start(void) { return 0x243F6A8885A308D3ull; }
static inline uint64_t
ng_hash_step(uint64_t h, uint32_t id)
{
	/* a multiply per id: its low bits see only the low bits of the key,
	 * which ng_slot_hash makes up for */
	return (h ^ id) * 0x9E3779B97F4A7C15ull;
}
uint64_t ng_hash_key(const uint32_t *key, uint32_t len);

/* The slot index comes from the low bits of a final mix, the tag from the
 * high bits, so that the incremental hash needs no finishing step. */
static inline uint64_t
ng_slot_hash(uint64_t h)
{
	return h ^ (h >> 32);
}

/* always_inline: see lex_hints in ng_count.c */
static inline __attribute__((always_inline)) void
ng_table_prefetch(const ng_table *t, uint64_t h)
{
	__builtin_prefetch(&t->e[ng_slot_hash(h) & t->mask], 1);
}

/* The entry of key[0..len) (len <= 31) whose hash is h (ng_hash_step over the
 * key), added with zero docs and a count of 0 that the caller must raise.
 * The pointer is valid until the next call. */
ng_entry *ng_table_get(ng_table *t, const uint32_t *key, uint32_t len, uint64_t h);
/* Would n entries make a table of that many slots more than 70% full?
 * (Linear probing stays short below.) */
static inline int
ng_too_full(size_t n, size_t slots)
{
	return 10 * n > 7 * slots;
}
/* Makes room for n entries in all, so that adding them moves no entry. */
void ng_table_reserve(ng_table *t, size_t n);
/* The entry of the key, or NULL. */
ng_entry *ng_table_find(const ng_table *t, const uint32_t *key, uint32_t len, uint64_t h);
/* ng_table_get of the key (g, ids[0..n)), without building it. */
ng_entry *ng_table_get_gk(ng_table *t, uint32_t g, const uint32_t *ids, uint32_t n, uint64_t h);

/* ng_table_get_gk for keys of at most NG_INLINE ids, the common case,
 * inline: the key (g, a, b) with b = 0 for a unigram (ids past the key's
 * length are zero in the entry). */
ng_entry *ng_table_add(ng_table *t, uint32_t g, const uint32_t *ids, uint32_t n, uint64_t h);
static inline uint32_t
ng_make_tag(uint64_t sh, uint32_t len)
{
	return ((uint32_t)(sh >> 32) & ~31u) | len;
}
static inline ng_entry *
ng_table_get_short(ng_table *t, uint32_t g, uint32_t a, uint32_t b, uint32_t n, uint64_t h)
{
	uint64_t sh = ng_slot_hash(h);
	uint32_t tag = ng_make_tag(sh, n + 1);
	for (size_t j = sh & t->mask;; j = (j + 1) & t->mask) {
		ng_entry *e = &t->e[j];
		if (e->tag == tag && e->k[0] == g && e->k[1] == a && e->k[2] == b)
			return e;
		if (e->count == 0)
			break;
	}
	uint32_t ids[2] = { a, b };
	return ng_table_add(t, g, ids, n, h);
}

static inline int ng_entry_used(const ng_entry *e) { return e->count != 0; }
static inline uint32_t ng_entry_len(const ng_entry *e) { return e->tag & 31; }
static inline const uint32_t *
ng_table_key(const ng_table *t, const ng_entry *e)
{
	return ng_entry_len(e) <= NG_INLINE ? e->k : t->keys + e->k[0];
}
static inline size_t ng_table_slots(const ng_table *t) { return t->mask + 1; }

/* Counts one occurrence in document `doc` (a dense id). */
static inline void
ng_entry_count(ng_entry *e, uint32_t doc)
{
	e->count++;
	if (e->last_doc != doc + 1) {
		e->last_doc = doc + 1;
		e->docs++;
	}
}

#endif
