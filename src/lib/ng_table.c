/* ng_table.c - interned strings and id-tuple counts. */
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "mem.h"
#include "ng_table.h"

#define INITIAL_SLOTS 1024

uint64_t
ng_hash_bytes(const char *p, size_t n)
{
	/* FNV-1a over 8-byte words: cheap for short terms, and mixed at the end
	 * because the table uses the high bits. */
	uint64_t h = 0xCBF29CE484222325ull ^ n;
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		h = (h ^ w) * 0x100000001B3ull;
		h ^= h >> 32;
		p += 8;
		n -= 8;
	}
	if (n) {
		uint64_t w = 0;
		memcpy(&w, p, n);
		h = (h ^ w) * 0x100000001B3ull;
	}
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 33;
	return h;
}

void
ng_intern_init(ng_intern *t)
{
	memset(t, 0, sizeof *t);
	t->mask = INITIAL_SLOTS - 1;
	t->slot = bk_xcalloc(INITIAL_SLOTS, sizeof *t->slot);
}

void
ng_intern_free(ng_intern *t)
{
	free(t->slot);
	free(t->off);
	free(t->len);
	free(t->text);
	memset(t, 0, sizeof *t);
}

static void
intern_grow(ng_intern *t)
{
	size_t nslots = 2 * (t->mask + 1);
	uint64_t *s = bk_xcalloc(nslots, sizeof *s);
	for (size_t i = 0; i <= t->mask; i++) {
		uint64_t v = t->slot[i];
		if (v == 0)
			continue;
		uint32_t id = (uint32_t)v - 1;
		size_t j = ng_hash_bytes(t->text + t->off[id], t->len[id]) & (nslots - 1);
		while (s[j])
			j = (j + 1) & (nslots - 1);
		s[j] = v;
	}
	free(t->slot);
	t->slot = s;
	t->mask = nslots - 1;
}

uint32_t
ng_intern_find(const ng_intern *t, const char *p, size_t n)
{
	uint64_t h = ng_hash_bytes(p, n);
	uint64_t tag = h & 0xFFFFFFFF00000000ull;
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		uint64_t v = t->slot[j];
		if (v == 0)
			return UINT32_MAX;
		uint32_t id = (uint32_t)v - 1;
		if ((v & 0xFFFFFFFF00000000ull) == tag && t->len[id] == n &&
		    memcmp(t->text + t->off[id], p, n) == 0)
			return id;
	}
}

uint32_t
ng_intern_add(ng_intern *t, const char *p, size_t n, int *added)
{
	uint64_t h = ng_hash_bytes(p, n);
	uint64_t tag = h & 0xFFFFFFFF00000000ull;
	size_t j;
	for (j = h & t->mask;; j = (j + 1) & t->mask) {
		uint64_t v = t->slot[j];
		if (v == 0)
			break;
		uint32_t id = (uint32_t)v - 1;
		if ((v & 0xFFFFFFFF00000000ull) == tag && t->len[id] == n &&
		    memcmp(t->text + t->off[id], p, n) == 0) {
			if (added)
				*added = 0;
			return id;
		}
	}
	if (t->n == UINT32_MAX - 1)
		bk_die(1, "too many distinct strings");
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 1024;
		t->off = bk_xrealloc(t->off, t->cap * sizeof *t->off);
		t->len = bk_xrealloc(t->len, t->cap * sizeof *t->len);
	}
	if (t->text_len + n + 1 > t->text_cap) {
		while (t->text_len + n + 1 > t->text_cap)
			t->text_cap = t->text_cap ? 2 * t->text_cap : 64 * 1024;
		t->text = bk_xrealloc(t->text, t->text_cap);
	}
	uint32_t id = (uint32_t)t->n++;
	t->off[id] = t->text_len;
	t->len[id] = (uint32_t)n;
	memcpy(t->text + t->text_len, p, n);
	t->text[t->text_len + n] = '\0';
	t->text_len += n + 1;
	t->slot[j] = tag | (id + 1);
	if (added)
		*added = 1;
	if (2 * t->n > t->mask)
		intern_grow(t);
	return id;
}

void
ng_table_init(ng_table *t)
{
	memset(t, 0, sizeof *t);
	t->mask = INITIAL_SLOTS - 1;
	t->slot = bk_xcalloc(INITIAL_SLOTS, sizeof *t->slot);
}

void
ng_table_free(ng_table *t)
{
	free(t->slot);
	free(t->e);
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

/* The slot index comes from the low bits of a final mix, the tag from the high
 * bits, so that the incremental hash needs no finishing step of its own. */
static inline uint64_t
slot_hash(uint64_t h)
{
	h ^= h >> 31;
	h *= 0xBF58476D1CE4E5B9ull;
	h ^= h >> 27;
	return h;
}

static void
table_grow(ng_table *t)
{
	size_t nslots = 2 * (t->mask + 1);
	uint64_t *s = bk_xcalloc(nslots, sizeof *s);
	for (size_t i = 0; i < t->n; i++) {
		ng_entry *e = &t->e[i];
		uint64_t h = slot_hash(ng_hash_key(ng_table_key(t, e), e->len));
		size_t j = h & (nslots - 1);
		while (s[j])
			j = (j + 1) & (nslots - 1);
		s[j] = (h & 0xFFFFFFFF00000000ull) | (i + 1);
	}
	free(t->slot);
	t->slot = s;
	t->mask = nslots - 1;
}

static inline int
same_key(const ng_table *t, const ng_entry *e, const uint32_t *key, uint32_t len)
{
	if (len > NG_INLINE)
		return memcmp(t->keys + e->k[0], key, len * sizeof *key) == 0;
	for (uint32_t i = 0; i < len; i++)
		if (e->k[i] != key[i])
			return 0;
	return 1;
}

ng_entry *
ng_table_find(const ng_table *t, const uint32_t *key, uint32_t len, uint64_t h)
{
	h = slot_hash(h);
	uint64_t tag = h & 0xFFFFFFFF00000000ull;
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		uint64_t v = t->slot[j];
		if (v == 0)
			return NULL;
		ng_entry *e = &t->e[(uint32_t)v - 1];
		if ((v & 0xFFFFFFFF00000000ull) == tag && e->len == len && same_key(t, e, key, len))
			return e;
	}
}

ng_entry *
ng_table_get(ng_table *t, const uint32_t *key, uint32_t len, uint64_t h)
{
	h = slot_hash(h);
	uint64_t tag = h & 0xFFFFFFFF00000000ull;
	size_t j;
	for (j = h & t->mask;; j = (j + 1) & t->mask) {
		uint64_t v = t->slot[j];
		if (v == 0)
			break;
		ng_entry *e = &t->e[(uint32_t)v - 1];
		if ((v & 0xFFFFFFFF00000000ull) == tag && e->len == len && same_key(t, e, key, len))
			return e;
	}
	if (t->n == UINT32_MAX - 1 || t->keys_len + len > UINT32_MAX)
		bk_die(1, "too many distinct n-grams");
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 4096;
		t->e = bk_xrealloc(t->e, t->cap * sizeof *t->e);
	}
	size_t i = t->n++;
	ng_entry *e = &t->e[i];
	memset(e, 0, sizeof *e);
	e->len = len;
	if (len <= NG_INLINE) {
		memcpy(e->k, key, len * sizeof *key);
	} else {
		if (t->keys_len + len > t->keys_cap) {
			while (t->keys_len + len > t->keys_cap)
				t->keys_cap = t->keys_cap ? 2 * t->keys_cap : 16384;
			t->keys = bk_xrealloc(t->keys, t->keys_cap * sizeof *t->keys);
		}
		e->k[0] = (uint32_t)t->keys_len;
		memcpy(t->keys + t->keys_len, key, len * sizeof *key);
		t->keys_len += len;
	}
	t->slot[j] = tag | (i + 1);
	if (2 * t->n > t->mask) {
		table_grow(t);
		return &t->e[i];
	}
	return e;
}
