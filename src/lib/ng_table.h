/* ng_table.h - the two hash tables of ngrams: byte strings interned to dense
 * ids (terms, spellings, groups, documents), and counts keyed by short tuples
 * of ids (a group id, then the ids of an n-gram's words).
 *
 * Both are open-addressing tables of 8-byte slots over dense entry arrays:
 * memory grows with the number of distinct keys and never with the input. */
#ifndef NG_TABLE_H
#define NG_TABLE_H
#include <stddef.h>
#include <stdint.h>

/* --- interned strings ---------------------------------------------------- */

typedef struct ng_intern {
	uint64_t *slot;          /* hash high 32 bits | (id + 1), 0 = empty */
	size_t mask;
	uint64_t *off;           /* off[id]: start of string id in text */
	uint32_t *len;
	size_t n, cap;
	char *text;              /* every string, NUL-terminated */
	size_t text_len, text_cap;
} ng_intern;

void ng_intern_init(ng_intern *t);
void ng_intern_free(ng_intern *t);
/* The id of p[0..n), adding it when new (*added = 1). */
uint32_t ng_intern_add(ng_intern *t, const char *p, size_t n, int *added);
/* The id of p[0..n), or UINT32_MAX when absent. */
uint32_t ng_intern_find(const ng_intern *t, const char *p, size_t n);
static inline const char *ng_intern_str(const ng_intern *t, uint32_t id) { return t->text + t->off[id]; }
static inline size_t ng_intern_len(const ng_intern *t, uint32_t id) { return t->len[id]; }
uint64_t ng_hash_bytes(const char *p, size_t n);

/* --- counts of id tuples ------------------------------------------------- */

/* Keys of up to NG_INLINE ids (a group and a trigram) live in the entry,
 * so that a lookup touches one slot and one entry; longer ones in keys[]. */
#define NG_INLINE 4

typedef struct ng_entry {
	uint64_t count;
	uint32_t docs;           /* distinct documents seen */
	uint32_t last_doc;       /* id + 1 of the last document counted in docs */
	uint32_t len;            /* key length: 1 (group) + n */
	uint32_t aux;            /* free for the caller */
	uint32_t k[NG_INLINE];   /* the key, or k[0] = its offset in keys[] */
} ng_entry;

typedef struct ng_table {
	uint64_t *slot;          /* hash high 32 bits | (index + 1), 0 = empty */
	size_t mask;
	ng_entry *e;
	size_t n, cap;
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
	h = (h ^ id) * 0x9E3779B97F4A7C15ull;
	return h ^ (h >> 29);
}

/* The entry of key[0..len) whose hash is h (from ng_hash_step over the key),
 * added with zero counts when new. The pointer is valid until the next call. */
ng_entry *ng_table_get(ng_table *t, const uint32_t *key, uint32_t len, uint64_t h);
/* The entry of the key, or NULL. */
ng_entry *ng_table_find(const ng_table *t, const uint32_t *key, uint32_t len, uint64_t h);
static inline const uint32_t *
ng_table_key(const ng_table *t, const ng_entry *e)
{
	return e->len <= NG_INLINE ? e->k : t->keys + e->k[0];
}

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

uint64_t ng_hash_key(const uint32_t *key, uint32_t len);

#endif
