/* hash.c - growth of the counting table (the lookups are inline in hash.h). */
#include <stdlib.h>
#include "hash.h"
#include "err.h"
#include "mem.h"

#define INITIAL_SLOTS 1024

bk_hash *
bk_hash_new_sized(size_t n)
{
	size_t slots = INITIAL_SLOTS;
	while (slots < 2 * n)
		slots *= 2;
	bk_hash *h = bk_xcalloc(1, sizeof *h);
	h->slot = bk_xcalloc(slots, sizeof *h->slot);
	h->mask = slots - 1;
	h->entcap = n > 1024 ? n : 1024;
	h->ent = bk_xmalloc(h->entcap * sizeof *h->ent);
	return h;
}

bk_hash *
bk_hash_new(void)
{
	return bk_hash_new_sized(0);
}

void
bk_hash_free(bk_hash *h)
{
	if (h == NULL)
		return;
	free(h->slot);
	free(h->ent);
	free(h->keys);
	free(h);
}

/* Doubles the slots; the tags are the hashes' high halves, so each entry's
 * hash is recomputed (cheaper than storing it, and growth is rare). */
static void
grow(bk_hash *h)
{
	size_t cap = (h->mask + 1) * 2;
	bk_hash_slot *s = bk_xcalloc(cap, sizeof *s);
	for (size_t id = 0; id < h->n; id++) {
		const bk_hash_entry *e = &h->ent[id];
		uint64_t hv = bk_hash_bytes((uint32_t)e->lenns, h->keys + e->off, (size_t)(e->lenns >> 32));
		size_t i = (size_t)hv & (cap - 1);
		while (s[i].id != 0)
			i = (i + 1) & (cap - 1);
		s[i].tag = (uint32_t)(hv >> 32);
		s[i].id = (uint32_t)id + 1;
	}
	free(h->slot);
	h->slot = s;
	h->mask = cap - 1;
}

uint32_t
bk_hash_insert(bk_hash *h, uint64_t hv, uint32_t ns, const char *p, size_t n)
{
	if (h->n >= UINT32_MAX - 1 || n > UINT32_MAX)
		bk_die(1, "too many distinct keys (over 4 billion)");
	if (h->n == h->entcap) {
		h->entcap = h->entcap ? h->entcap * 2 : 1024;
		h->ent = bk_xrealloc(h->ent, h->entcap * sizeof *h->ent);
	}
	if (h->keylen + n + 1 > h->keycap) {
		size_t cap = h->keycap ? h->keycap : 16384;
		while (h->keylen + n + 1 > cap)
			cap *= 2;
		h->keys = bk_xrealloc(h->keys, cap);
		h->keycap = cap;
	}
	uint32_t id = (uint32_t)h->n++;
	bk_hash_entry *e = &h->ent[id];
	e->off = h->keylen;
	e->lenns = (uint64_t)n << 32 | ns;
	e->w = bk_hash_pack(p, n);
	memcpy(h->keys + h->keylen, p, n);
	h->keylen += n;
	h->keys[h->keylen++] = '\0'; /* keys can be used as C strings */
	size_t i = (size_t)hv & h->mask;
	while (h->slot[i].id != 0)
		i = (i + 1) & h->mask;
	h->slot[i].tag = (uint32_t)(hv >> 32);
	h->slot[i].id = id + 1;
	if (h->n * 2 > h->mask + 1) /* at most half full: short probes */
		grow(h);
	return id;
}
