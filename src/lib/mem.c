/* mem.c - checked allocation: one place decides what running out of memory means. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
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

/* A large block is a mapping of whole 2 MiB pages with the block at its
 * start (a header would push a table of 4 MiB onto a third page), listed in
 * big_live with its size.  Mappings freed are kept for the next blocks, up
 * to BIG_KEEP bytes: in a virtual machine a page faulted in afresh costs far
 * more than zeroing one already there (ngrams frees a counting thread's
 * tables just before its report asks for as much). */
#define BIG_LIVE 256
#define BIG_SLOTS 16
#define BIG_KEEP ((size_t)64 << 20)
typedef struct big_map {
	char *a;
	size_t used;
} big_map;
static pthread_mutex_t big_lock = PTHREAD_MUTEX_INITIALIZER;
static big_map big_live[BIG_LIVE], big_kept[BIG_SLOTS];
static size_t big_nlive, big_nkept, big_kept_bytes;

/* A kept mapping for a block of *used bytes, its size in *used; or NULL.
 * One of at most twice the size is taken whole; else the smallest larger
 * one is cut in two at a page boundary, its tail kept (ngrams' report asks
 * for blocks of 2 and 4 MiB when what is kept are tables of 8).  big_lock
 * held. */
static char *
big_reuse(size_t *used)
{
	size_t best = BIG_SLOTS;
	for (size_t i = 0; i < big_nkept; i++)
		if (big_kept[i].used >= *used &&
		    (best == BIG_SLOTS || big_kept[i].used < big_kept[best].used))
			best = i;
	if (best == BIG_SLOTS)
		return NULL;
	char *a = big_kept[best].a;
	if (big_kept[best].used > 2 * *used) {
		big_kept[best].a += *used;
		big_kept[best].used -= *used;
		big_kept_bytes -= *used;
		return a;
	}
	*used = big_kept[best].used;
	big_kept_bytes -= *used;
	big_kept[best] = big_kept[--big_nkept];
	return a;
}

/* Whether big blocks are mapped in 4 KiB pages: set for the rest of the run
 * once a 2 MiB page took longer to fault in than its 512 small pages would
 * have (SLOW_HUGE_NS of the thread's CPU time, not of the clock: a thread
 * preempted meanwhile is not slow).  In a virtual machine that gives free
 * memory back to its host (free page reporting), a 2 MiB page handed out
 * again takes 5-9 ms of CPU to fault in, where one the guest kept takes 0.2
 * and 512 small pages 1.2-1.5 (measured here, mem.h); which kind comes is
 * the host's affair, and the first slow page says what the next ones will
 * be.  A run of ngrams maps some 15 such pages. */
static int big_small_pages;
#define SLOW_HUGE_NS 1500000
#define SMALL_PAGE 4096 /* at most the page size: a write to each faults all */

void
bk_big_small_pages(void)
{
	__atomic_store_n(&big_small_pages, 1, __ATOMIC_RELAXED);
}

static char *
big_map_new(size_t used, int *huge)
{
	size_t len = used + HUGE_PAGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		bk_die(1, "out of memory");
	/* aligned to a huge page; the slack either side returned */
	char *a = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
	if (a > p)
		munmap(p, (size_t)(a - p));
	if (p + len > a + used)
		munmap(a + used, (size_t)(p + len - (a + used)));
	*huge = !__atomic_load_n(&big_small_pages, __ATOMIC_RELAXED);
#if defined MADV_HUGEPAGE && defined MADV_NOHUGEPAGE
	madvise(a, used, *huge ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
#endif
	return a;
}

static long long
thread_cpu_ns(void)
{
	struct timespec t;
	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
		return 0;
	return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Faults in a fresh mapping, a write to each page first (see bk_xcalloc):
 * a probe's read would map the zero page, and the write after it flush
 * every CPU's TLB.  Outside big_lock: the counting threads' tables, which
 * grow at the same moments, then fault in side by side.  huge: the mapping
 * was asked for 2 MiB pages; the rest of it goes to small pages as soon as
 * one of them (or another thread's) is slow. */
static void
big_touch(char *a, size_t used, int huge)
{
	for (size_t off = 0; off < used; off += HUGE_PAGE) {
		if (huge && __atomic_load_n(&big_small_pages, __ATOMIC_RELAXED)) {
#ifdef MADV_NOHUGEPAGE
			madvise(a + off, used - off, MADV_NOHUGEPAGE);
#endif
			huge = 0;
		}
		if (!huge) {
			for (size_t o = off; o < off + HUGE_PAGE; o += SMALL_PAGE)
				((volatile char *)a)[o] = 0;
			continue;
		}
		long long t0 = thread_cpu_ns();
		((volatile char *)a)[off] = 0;
		if (thread_cpu_ns() - t0 > SLOW_HUGE_NS)
			bk_big_small_pages();
	}
}

static void *
big_alloc(size_t size, int zero)
{
	if (size > SIZE_MAX - 2 * HUGE_PAGE)
		bk_die(1, "out of memory");
	size_t used = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	char *a = NULL;
	int reused = 0, huge = 0;
	pthread_mutex_lock(&big_lock);
	if (size >= HUGE_PAGE / 2 && big_nlive < BIG_LIVE) {
		reused = (a = big_reuse(&used)) != NULL;
		if (a == NULL)
			a = big_map_new(used, &huge);
		big_live[big_nlive].a = a;
		big_live[big_nlive++].used = used;
	}
	pthread_mutex_unlock(&big_lock);
	if (a == NULL)
		return zero ? bk_xcalloc(1, size) : bk_xmalloc(size); /* small, or too many mappings */
	if (!reused)
		big_touch(a, used, huge);
	else if (zero)
		memset(a, 0, size);
	return a;
}

void *bk_big_zalloc(size_t size) { return big_alloc(size, 1); }
void *bk_big_alloc(size_t size) { return big_alloc(size, 0); }

void
bk_big_free(void *q)
{
	if (q == NULL)
		return;
	big_map m = { NULL, 0 };
	int found = 0, unmap = 0;
	pthread_mutex_lock(&big_lock);
	for (size_t i = 0; i < big_nlive && !found; i++) {
		if (big_live[i].a == q) {
			m = big_live[i];
			big_live[i] = big_live[--big_nlive];
			found = 1;
		}
	}
	if (found && big_nkept < BIG_SLOTS && big_kept_bytes + m.used <= BIG_KEEP) {
		big_kept[big_nkept++] = m;
		big_kept_bytes += m.used;
	} else {
		unmap = found;
	}
	pthread_mutex_unlock(&big_lock);
	if (!found)
		free(q);
	else if (unmap)
		munmap(m.a, m.used);
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
