/* hash.h - a string-keyed table that hands out dense ids, for counting.
 *
 *     bk_hash *h = bk_hash_new();
 *     int fresh;
 *     uint32_t id = bk_hash_intern(h, ns, p, n, &fresh);   // 0, 1, 2, ... in order of arrival
 *     counts[id]++;                                         // the caller keeps payloads by id
 *
 * A key is a 32-bit namespace (a group id, say) plus bytes, so that the
 * caller need not build composite keys.  Keys are copied into the table.
 * Open addressing with linear probing over (hash tag, id) slots; the probe
 * compares the stored tag before touching the key, so a lookup of a present
 * key costs one hash, one or two slot reads and one memcmp. */
#ifndef BK_HASH_H
#define BK_HASH_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BK_HASH_NONE UINT32_MAX

typedef struct bk_hash_slot {
	uint32_t tag;  /* high half of the hash */
	uint32_t id;   /* id + 1; 0 = empty */
} bk_hash_slot;

typedef struct bk_hash_entry {
	uint64_t off;  /* key bytes at keys + off */
	uint64_t w;    /* bk_hash_pack of the key: for up to 8 bytes, the key itself */
	uint64_t lenns;/* len << 32 | ns: one compare for both */
} bk_hash_entry;

typedef struct bk_hash {
	bk_hash_slot *slot;
	size_t mask;           /* slots - 1 */
	bk_hash_entry *ent;
	size_t n, entcap;
	char *keys;
	size_t keylen, keycap;
} bk_hash;

bk_hash *bk_hash_new(void);
/* A table that will hold about n keys before it grows. */
bk_hash *bk_hash_new_sized(size_t n);
void bk_hash_free(bk_hash *h);
/* Adds a key known to be absent (h is the value of bk_hash_bytes). */
uint32_t bk_hash_insert(bk_hash *h, uint64_t hv, uint32_t ns, const char *p, size_t n);

static inline uint64_t
bk_hash_mix(uint64_t x)
{
	/* the high half (spread by the multiply in hash_bytes) into the low,
	 * which picks the slot */
	x ^= x >> 32;
	return x;
}

/* The bytes of a key of up to 8 bytes as a little-endian number (zero
 * above); for a longer key, its last 8 bytes.  Never reads outside p[0..n). */
static inline uint64_t
bk_hash_pack(const char *p, size_t n)
{
	uint64_t w;
	if (n >= 8) {
		memcpy(&w, p + n - 8, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, p, 4);
		memcpy(&b, p + n - 4, 4);
		w = a | ((uint64_t)b << (8 * (n - 4)));
	} else if (n > 0) {
		w = (uint64_t)(unsigned char)p[0] | ((uint64_t)(unsigned char)p[n / 2] << (8 * (n / 2))) |
		    ((uint64_t)(unsigned char)p[n - 1] << (8 * (n - 1)));
	} else {
		w = 0;
	}
	return w;
}

/* bk_hash_pack when p[0..8) may be read (the text goes on): one load. */
static inline uint64_t
bk_hash_pack8(const char *p, size_t n)
{
	uint64_t w;
	if (n >= 8)
		return bk_hash_pack(p, n);
	memcpy(&w, p, 8);
	return w & (~0ULL >> (64 - 8 * n));
}

/* A 64-bit hash of p[0..n) in namespace ns, w = bk_hash_pack(p, n). */
static inline uint64_t
bk_hash_bytes_w(uint32_t ns, const char *p, size_t n, uint64_t w)
{
	const uint64_t k = 0x9E3779B97F4A7C15ULL;
	uint64_t h = ((uint64_t)n << 32 | ns) * 0xbf58476d1ce4e5b9ULL;
	if (n > 8) {
		const char *e = p + n - 8;
		while (p < e) {
			uint64_t x;
			memcpy(&x, p, 8);
			h = (h ^ x) * k;
			h ^= h >> 29;
			p += 8;
		}
	}
	return bk_hash_mix((h ^ w) * k);
}

static inline uint64_t
bk_hash_bytes(uint32_t ns, const char *p, size_t n)
{
	return bk_hash_bytes_w(ns, p, n, bk_hash_pack(p, n));
}

/* The id of the key, or BK_HASH_NONE. */
static inline uint32_t
bk_hash_find_hw(const bk_hash *h, uint64_t hv, uint64_t w, uint32_t ns, const char *p, size_t n)
{
	uint32_t tag = (uint32_t)(hv >> 32);
	for (size_t i = (size_t)hv & h->mask;; i = (i + 1) & h->mask) {
		bk_hash_slot s = h->slot[i];
		if (s.id == 0)
			return BK_HASH_NONE;
		if (s.tag == tag) {
			const bk_hash_entry *e = &h->ent[s.id - 1];
			if (e->w == w && e->lenns == ((uint64_t)n << 32 | ns) &&
			    (n <= 8 || memcmp(h->keys + e->off, p, n - 8) == 0))
				return s.id - 1;
		}
	}
}

static inline uint32_t
bk_hash_find_h(const bk_hash *h, uint64_t hv, uint32_t ns, const char *p, size_t n)
{
	return bk_hash_find_hw(h, hv, bk_hash_pack(p, n), ns, p, n);
}

static inline uint32_t
bk_hash_find(const bk_hash *h, uint32_t ns, const char *p, size_t n)
{
	return bk_hash_find_h(h, bk_hash_bytes(ns, p, n), ns, p, n);
}

/* The id of the key, added if absent (*fresh tells which, when not NULL). */
static inline uint32_t
bk_hash_intern(bk_hash *h, uint32_t ns, const char *p, size_t n, int *fresh)
{
	uint64_t hv = bk_hash_bytes(ns, p, n);
	uint32_t id = bk_hash_find_h(h, hv, ns, p, n);
	if (fresh)
		*fresh = id == BK_HASH_NONE;
	return id != BK_HASH_NONE ? id : bk_hash_insert(h, hv, ns, p, n);
}

static inline size_t bk_hash_count(const bk_hash *h) { return h->n; }
static inline const char *
bk_hash_key(const bk_hash *h, uint32_t id, size_t *n)
{
	*n = (size_t)(h->ent[id].lenns >> 32);
	return h->keys + h->ent[id].off;
}
static inline uint32_t bk_hash_ns(const bk_hash *h, uint32_t id) { return (uint32_t)h->ent[id].lenns; }

/* Byte order of a[0..na) and b[0..nb): memcmp, then the shorter first. */
static inline int
bk_bytes_cmp(const char *a, size_t na, const char *b, size_t nb)
{
	int c = memcmp(a, b, na < nb ? na : nb);
	return c ? c : (na > nb) - (na < nb);
}

/* Byte order of the keys of ids a and b (their namespaces aside). */
static inline int
bk_hash_keycmp(const bk_hash *h, uint32_t a, uint32_t b)
{
	size_t na, nb;
	const char *pa = bk_hash_key(h, a, &na), *pb = bk_hash_key(h, b, &nb);
	return bk_bytes_cmp(pa, na, pb, nb);
}

#endif
