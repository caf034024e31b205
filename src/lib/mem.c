/* mem.c - checked allocation: one place decides what running out of memory means. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "err.h"
#include "mem.h"

static void *
checked(void *p)
{
	if (p == NULL)
		bk_die(1, "out of memory");
	return p;
}

void *bk_xmalloc(size_t n) { return checked(malloc(n ? n : 1)); }
/* A large block is zeroed here, not left to calloc: fresh pages that are
 * read before they are written (a hash table's probes) map the shared zero
 * page, and the write that follows then costs a second fault and a TLB
 * flush on every CPU the process runs on, which in a virtual machine is an
 * exit per CPU.  Writing them first faults each page in once. */
void *
bk_xcalloc(size_t n, size_t size)
{
	n = n ? n : 1;
	size = size ? size : 1;
	if (n > ((size_t)1 << 16) / size) {
		if (n > SIZE_MAX / size)
			bk_die(1, "out of memory");
		return memset(bk_xmalloc(n * size), 0, n * size);
	}
	return checked(calloc(n, size));
}
void *
bk_xcalloc_lines(size_t n, size_t size)
{
	void *p;
	n = n ? n : 1;
	if (n > SIZE_MAX / size || posix_memalign(&p, BK_CACHE_LINE, n * size) != 0)
		bk_die(1, "out of memory");
	return memset(p, 0, n * size);
}

#define HUGE_PAGE ((size_t)2 << 20)
#define BIG_HEAD 64              /* the mapping's size (0: from malloc), then the block */

void *
bk_big_zalloc(size_t size)
{
	if (size > SIZE_MAX - 2 * HUGE_PAGE - BIG_HEAD)
		bk_die(1, "out of memory");
	size_t need = size + BIG_HEAD;
	char *a;
	if (need < HUGE_PAGE / 2) {
		a = bk_xcalloc(1, need);
		return a + BIG_HEAD;
	}
	size_t used = (need + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE, len = used + HUGE_PAGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		bk_die(1, "out of memory");
	/* aligned to a huge page; the slack either side returned */
	a = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
	if (a > p)
		munmap(p, (size_t)(a - p));
	if (p + len > a + used)
		munmap(a + used, (size_t)(p + len - (a + used)));
#ifdef MADV_HUGEPAGE
	madvise(a, used, MADV_HUGEPAGE);
#endif
	/* a write to each page first (see bk_xcalloc): a probe's read would
	 * map the zero page, and the write after it flush every CPU's TLB */
	for (size_t off = 0; off < used; off += HUGE_PAGE)
		((volatile char *)a)[off + HUGE_PAGE - 1] = 0;
	*(size_t *)(void *)a = used;
	return a + BIG_HEAD;
}

void
bk_big_free(void *q)
{
	if (q == NULL)
		return;
	char *a = (char *)q - BIG_HEAD;
	size_t used = *(size_t *)(void *)a;
	if (used)
		munmap(a, used);
	else
		free(a);
}

void *bk_xrealloc(void *p, size_t n) { return checked(realloc(p, n ? n : 1)); }
char *bk_xstrdup(const char *s) { return bk_xmemdup(s, strlen(s)); }

char *
bk_xmemdup(const void *p, size_t n)
{
	char *d = bk_xmalloc(n + 1);
	if (n)
		memcpy(d, p, n);
	d[n] = '\0';
	return d;
}

void
bk_buf_reserve(bk_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need < extra)
		bk_die(1, "out of memory");
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
	b->p = bk_xrealloc(b->p, cap);
	b->cap = cap;
}

void
bk_buf_add(bk_buf *b, const void *p, size_t n)
{
	bk_buf_reserve(b, n);
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
bk_buf_addc(bk_buf *b, char c)
{
	bk_buf_reserve(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
}

void
bk_buf_free(bk_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
