/* ng_table.c - counts of id tuples. */
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "mem.h"
#include "ng_table.h"

#define INITIAL_SLOTS 1024
/* Zeroed slots (a large table in 2 MiB pages, which spare the TLB misses
 * of random probes: mem.h). */
static ng_entry *
alloc_slots(size_t n)
{
	return bk_big_zalloc(n * sizeof(ng_entry));
}

void
ng_table_init(ng_table *t)
{
	memset(t, 0, sizeof *t);
	t->mask = INITIAL_SLOTS - 1;
	t->e = alloc_slots(INITIAL_SLOTS);
}

void
ng_table_free(ng_table *t)
{
	bk_big_free(t->e);
	free(t->keys);
	memset(t, 0, sizeof *t);
}

uint64_t
ng_hash_key(const uint32_t *key, uint32_t len)
{
	uint64_t h = ng_hash_start();
	for (uint32_t i = 0; i < len; i++)
		h = ng_hash_step(h, key[i]);
	return h;
}


static void
table_grow(ng_table *t, size_t nslots)
{
	ng_entry *s = alloc_slots(nslots);
	for (size_t i = 0; i <= t->mask; i++) {
		ng_entry *e = &t->e[i];
		if (!ng_entry_used(e))
			continue;
		uint64_t h = ng_slot_hash(ng_hash_key(ng_table_key(t, e), ng_entry_len(e)));
		size_t j = h & (nslots - 1);
		while (ng_entry_used(&s[j]))
			j = (j + 1) & (nslots - 1);
		s[j] = *e;
	}
	bk_big_free(t->e);
	t->e = s;
	t->mask = nslots - 1;
}

void
ng_table_reserve(ng_table *t, size_t n)
{
	size_t slots = t->mask + 1;
	while (ng_too_full(n, slots))
		slots *= 2;
	if (slots > t->mask + 1)
		table_grow(t, slots);
}

static inline int
same_key(const ng_table *t, const ng_entry *e, uint32_t g, const uint32_t *ids, uint32_t n)
{
	if (n + 1 > NG_INLINE) {
		const uint32_t *k = t->keys + e->k[0];
		return k[0] == g && memcmp(k + 1, ids, n * sizeof *ids) == 0;
	}
	if (e->k[0] != g)
		return 0;
	for (uint32_t i = 0; i < n; i++)
		if (e->k[1 + i] != ids[i])
			return 0;
	return 1;
}

ng_entry *
ng_table_find(const ng_table *t, const uint32_t *key, uint32_t len, uint64_t h)
{
	h = ng_slot_hash(h);
	uint32_t tag = ng_make_tag(h, len);
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		ng_entry *e = &t->e[j];
		if (!ng_entry_used(e))
			return NULL;
		if (e->tag == tag && same_key(t, e, key[0], key + 1, len - 1))
			return e;
	}
}

ng_entry *
ng_table_get(ng_table *t, const uint32_t *key, uint32_t len, uint64_t h)
{
	return ng_table_get_gk(t, key[0], key + 1, len - 1, h);
}

ng_entry *
ng_table_get_gk(ng_table *t, uint32_t g, const uint32_t *ids, uint32_t n, uint64_t h)
{
	uint64_t sh = ng_slot_hash(h);
	uint32_t tag = ng_make_tag(sh, n + 1);
	for (size_t j = sh & t->mask;; j = (j + 1) & t->mask) {
		ng_entry *e = &t->e[j];
		if (!ng_entry_used(e))
			break;
		if (e->tag == tag && same_key(t, e, g, ids, n))
			return e;
	}
	return ng_table_add(t, g, ids, n, h);
}

/* Adds the key, known to be absent. */
ng_entry *
ng_table_add(ng_table *t, uint32_t g, const uint32_t *ids, uint32_t n, uint64_t h)
{
	uint32_t len = n + 1;
	h = ng_slot_hash(h);
	uint32_t tag = ng_make_tag(h, len);
	size_t j;
	for (j = h & t->mask; ng_entry_used(&t->e[j]); j = (j + 1) & t->mask)
		;
	if (ng_too_full(t->n + 1, t->mask + 1)) {
		table_grow(t, 2 * (t->mask + 1));
		for (j = h & t->mask; ng_entry_used(&t->e[j]); j = (j + 1) & t->mask)
			;
	}
	ng_entry *e = &t->e[j];
	memset(e, 0, sizeof *e);
	e->tag = tag;
	uint32_t *k = e->k;
	if (len > NG_INLINE) {
		if (t->keys_len + len > UINT32_MAX)
			bk_die(1, "too many distinct n-grams");
		if (t->keys_len + len > t->keys_cap) {
			while (t->keys_len + len > t->keys_cap)
				t->keys_cap = t->keys_cap ? 2 * t->keys_cap : 16384;
			t->keys = bk_xrealloc(t->keys, t->keys_cap * sizeof *t->keys);
		}
		e->k[0] = (uint32_t)t->keys_len;
		k = t->keys + t->keys_len;
		t->keys_len += len;
	}
	k[0] = g;
	memcpy(k + 1, ids, n * sizeof *ids);
	t->n++;
	return e;
}
