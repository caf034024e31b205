/* bk_big_zalloc: every block zeroed, whether a fresh mapping, one kept from
 * a block freed before (written all over meanwhile), a piece of a larger one
 * kept, or small (malloc); large blocks aligned to 2 MiB; many blocks alive
 * at once from threads.  bk_big_alloc: the same pool, a kept mapping handed
 * back without zeroing, and never overlapping a live block.  All of it again
 * once big blocks are mapped in 4 KiB pages (after a slow 2 MiB page), with
 * the mappings kept from before still in the pool. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/mem.h"
#include "unit.h"

static int
zeroed(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

/* A thread's blocks each hold its own byte until freed: a block handed out
 * twice, or overlapping another, would show another byte. */
static int
all(const unsigned char *p, size_t n, unsigned char c)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != c)
			return 0;
	return 1;
}

static void *
churn(void *arg)
{
	size_t seed = (size_t)(uintptr_t)arg, bad = 0;
	unsigned char *live[8] = { 0 };
	size_t len[8] = { 0 };
	for (int round = 0; round < 200; round++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		int k = (int)(seed >> 60) & 7;
		unsigned char mark = (unsigned char)(16 * (uintptr_t)arg + (unsigned)k + 1);
		if (live[k]) {
			bad += !all(live[k], len[k], mark);
			bk_big_free(live[k]);
		}
		len[k] = ((seed >> 20) % (5u << 20)) + 1;
		if (round % 3 == 2) {
			live[k] = bk_big_alloc(len[k]); /* not zeroed: only written below */
		} else {
			live[k] = bk_big_zalloc(len[k]);
			bad += !zeroed(live[k], len[k]);
		}
		memset(live[k], mark, len[k]);
	}
	for (int k = 0; k < 8; k++)
		bk_big_free(live[k]);
	return (void *)bad;
}

/* A kept mapping of 8 MiB serves a block of 2 MiB from its start and one of
 * 4 MiB from the rest (taken whole: 6 MiB is at most twice 4), each zeroed,
 * without overlapping; they go back to the pool one by one. */
static void
split_kept(void)
{
	const size_t mib = 1u << 20;
	unsigned char *big = bk_big_zalloc(8 * mib);
	memset(big, 0xAB, 8 * mib);
	bk_big_free(big);
	unsigned char *a = bk_big_zalloc(2 * mib), *b = bk_big_zalloc(4 * mib);
	CHECK(a == big);
	CHECK(b == big + 2 * mib);
	CHECK(zeroed(a, 2 * mib) && zeroed(b, 4 * mib));
	memset(a, 1, 2 * mib);
	memset(b, 2, 4 * mib);
	CHECK(all(a, 2 * mib, 1) && all(b, 4 * mib, 2));
	bk_big_free(a);
	bk_big_free(b);
	unsigned char *c = bk_big_zalloc(2 * mib);
	CHECK(c == a || c == b);
	CHECK(zeroed(c, 2 * mib));
	bk_big_free(c);
}

/* bk_big_alloc takes a kept mapping as it is (no fresh pages, no memset);
 * a zeroed block from the same mapping afterwards is zeroed all the same. */
static void
unzeroed_kept(void)
{
	const size_t mib = 1u << 20;
	unsigned char *a = bk_big_alloc(4 * mib);
	CHECK(((uintptr_t)a & ((2u << 20) - 1)) == 0);
	memset(a, 0x5A, 4 * mib);
	bk_big_free(a);
	unsigned char *b = bk_big_alloc(4 * mib);
	CHECK(b == a);
	CHECK(all(b, 4 * mib, 0x5A)); /* handed back as it was left */
	bk_big_free(b);
	unsigned char *c = bk_big_zalloc(4 * mib);
	CHECK(c == a);
	CHECK(zeroed(c, 4 * mib));
	bk_big_free(c);
	unsigned char *d = bk_big_alloc(100); /* small: malloc's */
	memset(d, 1, 100);
	bk_big_free(d);
}

/* Every size, three times over (a pass may get the block of the one before
 * back), then blocks churned by three threads at once. */
static void
sizes_and_threads(void)
{
	size_t sizes[] = { 1, 4096, (1u << 20) - 1, 1u << 20, 2u << 20, (2u << 20) + 1, 8u << 20 };
	for (int pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
			unsigned char *p = bk_big_zalloc(sizes[i]);
			CHECK(zeroed(p, sizes[i]));
			if (sizes[i] >= (1u << 20))
				CHECK(((uintptr_t)p & ((2u << 20) - 1)) == 0);
			memset(p, 0xFF, sizes[i]); /* the next pass may get it back */
			bk_big_free(p);
		}
	}
	bk_big_free(NULL);
	pthread_t th[3];
	for (int i = 0; i < 3; i++)
		CHECK(pthread_create(&th[i], NULL, churn, (void *)(uintptr_t)(i + 1)) == 0);
	for (int i = 0; i < 3; i++) {
		void *bad;
		pthread_join(th[i], &bad);
		CHECK(bad == NULL);
	}
}

/* The Rss and AnonHugePages (KiB) of the mapping that holds p, from
 * /proc/self/smaps; 0 when it cannot be read. */
static int
smaps_of(const void *p, long *rss, long *huge)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	if (f == NULL)
		return 0;
	char line[512];
	int in = 0, found = 0;
	while (fgets(line, sizeof line, f)) {
		unsigned long lo, hi;
		long v;
		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' '))
			in = (uintptr_t)p >= lo && (uintptr_t)p < hi;
		else if (in && sscanf(line, "Rss: %ld kB", &v) == 1)
			*rss = v, found |= 1;
		else if (in && sscanf(line, "AnonHugePages: %ld kB", &v) == 1)
			*huge = v, found |= 2;
	}
	fclose(f);
	return found == 3;
}

/* A block larger than any kept mapping is a fresh one: in small pages, each
 * of them written once before the block is handed out (resident before it
 * is read: a read would have mapped the zero page), none of them huge. */
static void
fresh_small_pages(void)
{
	const size_t len = (24u << 20) + 12345;
	unsigned char *p = bk_big_zalloc(len);
	long rss = 0, huge = 0;
	CHECK(((uintptr_t)p & ((2u << 20) - 1)) == 0);
	if (smaps_of(p, &rss, &huge)) {
		CHECK(rss >= (long)(len / 1024));
		CHECK(huge == 0);
	}
	CHECK(zeroed(p, len));
	memset(p, 0x33, len);
	CHECK(all(p, len, 0x33));
	bk_big_free(p);
}

int
main(void)
{
	split_kept(); /* first: it counts on an empty pool */
	unzeroed_kept();
	sizes_and_threads();
	bk_big_small_pages();
	fresh_small_pages();
	sizes_and_threads();
	return unit_end("mem_big");
}
