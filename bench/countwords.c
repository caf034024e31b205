/* countwords.c - the peer of the termfreq benchmark: the algorithm of the
 * "optimized C" entry of Ben Hoyt's countwords benchmark, written afresh:
 * read 64 KB buffers, lower-case ASCII, split on spaces and line ends, count
 * in an FNV-1a hash table with linear probing, sort by count, print.
 * It knows nothing of Unicode, punctuation or apostrophes: the floor that
 * termfreq, which does, must beat. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ent { char *w; size_t n; uint64_t count; };

static struct ent *tab;
static size_t cap = 1 << 16, used;

static uint64_t
fnv(const char *p, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 1099511628211ULL;
	return h;
}

static void
grow(void)
{
	size_t nc = cap * 2;
	struct ent *t = calloc(nc, sizeof *t);
	if (!t) { perror("countwords"); exit(1); }
	for (size_t i = 0; i < cap; i++) {
		if (!tab[i].w) continue;
		size_t j = fnv(tab[i].w, tab[i].n) & (nc - 1);
		while (t[j].w) j = (j + 1) & (nc - 1);
		t[j] = tab[i];
	}
	free(tab);
	tab = t;
	cap = nc;
}

static void
add(const char *w, size_t n, uint64_t h)
{
	size_t j = h & (cap - 1);
	while (tab[j].w) {
		if (tab[j].n == n && memcmp(tab[j].w, w, n) == 0) {
			tab[j].count++;
			return;
		}
		j = (j + 1) & (cap - 1);
	}
	tab[j].w = malloc(n);
	memcpy(tab[j].w, w, n);
	tab[j].n = n;
	tab[j].count = 1;
	if (++used * 2 > cap)
		grow();
}

static int
cmp(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;
	return x->count < y->count ? 1 : x->count > y->count ? -1 : 0;
}

int
main(void)
{
	static char buf[65536];
	char word[1024];
	size_t wn = 0;
	ssize_t r;
	const uint64_t h0 = 14695981039346656037ULL;
	uint64_t h = h0;
	tab = calloc(cap, sizeof *tab);
	/* the hash is computed while scanning, as the original does */
	while ((r = read(0, buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < r; i++) {
			char c = buf[i];
			if (c <= ' ') {
				if (wn) { add(word, wn, h); wn = 0; h = h0; }
				continue;
			}
			if (c >= 'A' && c <= 'Z')
				c += 32;
			if (wn < sizeof word) {
				word[wn++] = c;
				h = (h ^ (unsigned char)c) * 1099511628211ULL;
			}
		}
	}
	if (wn)
		add(word, wn, h);
	size_t k = 0;
	for (size_t i = 0; i < cap; i++)
		if (tab[i].w) tab[k++] = tab[i];
	qsort(tab, k, sizeof *tab, cmp);
	for (size_t i = 0; i < k; i++)
		printf("%.*s %llu\n", (int)tab[i].n, tab[i].w, (unsigned long long)tab[i].count);
	return 0;
}
