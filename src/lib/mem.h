/* mem.h - checked allocation and a growable byte buffer. */
#ifndef BK_MEM_H
#define BK_MEM_H
#include <stddef.h>

/* Allocation that cannot fail: on exhaustion the program ends with status 1. */
void *bk_xmalloc(size_t n);
void *bk_xcalloc(size_t n, size_t size);
void *bk_xrealloc(void *p, size_t n);
char *bk_xstrdup(const char *s);
char *bk_xmemdup(const void *p, size_t n); /* NUL-terminated copy */
/* Zeroed and aligned to a cache line (free with free()): for arrays of
 * per-thread state, whose type is BK_LINE_ALIGNED so that no thread's
 * fields share a line with its neighbour's (a line written by one thread
 * and read by another goes back and forth between their caches). */
void *bk_xcalloc_lines(size_t n, size_t size);
/* Zeroed memory for a large table (free with bk_big_free): from 1 MiB up,
 * a mapping of its own in 2 MiB pages.  In a virtual machine a fresh 4 KiB
 * page costs about 0.6-0.8 ms per MB to fault in, a 2 MiB page 0.1 ms, and
 * random probes then miss the TLB far less; but a 2 MiB page the host took
 * back costs 2.5-4.5 ms per MB, and once one has been that slow the rest of
 * the run's blocks are mapped in 4 KiB pages (mem.c). */
void *bk_big_zalloc(size_t size);
/* The same, not zeroed (a kept mapping is handed back as it was left): for
 * arrays written whole before they are read. */
void *bk_big_alloc(size_t size);
void bk_big_free(void *p);
/* From now on, map big blocks in 4 KiB pages (as after a slow 2 MiB page):
 * for tests, and what mem.c does after one. */
void bk_big_small_pages(void);
#define BK_CACHE_LINE 64
#define BK_LINE_ALIGNED __attribute__((aligned(BK_CACHE_LINE)))

/* A growable byte string: p[0..len) is the content, cap the allocation. */
typedef struct bk_buf {
	char *p;
	size_t len, cap;
} bk_buf;

void bk_buf_reserve(bk_buf *b, size_t extra); /* room for len+extra bytes (+1 for a NUL) */
void bk_buf_add(bk_buf *b, const void *p, size_t n);
void bk_buf_addc(bk_buf *b, char c);
void bk_buf_free(bk_buf *b);

#endif
