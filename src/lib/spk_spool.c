/* spk_spool.c - memory first, then an unlinked temporary file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "err.h"
#include "spk_spool.h"

/* In memory up to this; a compile-time knob so that tests can force the
 * file path on small inputs (make CFLAGS=-DSPK_SPOOL_MEM=64). */
#ifndef SPK_SPOOL_MEM
#define SPK_SPOOL_MEM (1u << 20)
#endif
/* Once spilled, the memory is a write buffer of this size. */
#define SPOOL_WRITE (256u << 10)

void
spk_spool_init(spk_spool *s, const char *what)
{
	memset(s, 0, sizeof *s);
	s->fd = -1;
	s->what = what;
}

static void
write_all(spk_spool *s, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(s->fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			bk_die(1, "temporary file for the %s:", s->what);
		p += w;
		n -= (size_t)w;
	}
}

static void
open_file(spk_spool *s)
{
	const char *dir = getenv("TMPDIR");
	bk_buf path = { 0 };
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	bk_buf_add(&path, dir, strlen(dir));
	bk_buf_add(&path, "/speakers.XXXXXX", 17);
	s->fd = mkstemp(path.p);
	if (s->fd < 0)
		bk_die(1, "cannot create a temporary file in %s for the %s:", dir, s->what);
	unlink(path.p);
	bk_buf_free(&path);
}

void
spk_spool_add(spk_spool *s, const void *p, size_t n)
{
	if (n == 0)
		return;
	s->size += n;
	size_t limit = s->spilled ? SPOOL_WRITE : SPK_SPOOL_MEM;
	if (s->mem.len + n <= s->mem.cap && s->mem.len + n <= limit) {
		memcpy(s->mem.p + s->mem.len, p, n);   /* the common case: a record */
		s->mem.len += n;
		return;
	}
	if (!s->spilled && s->mem.len + n <= SPK_SPOOL_MEM) {
		bk_buf_add(&s->mem, p, n);
		return;
	}
	if (!s->spilled) {
		if (s->fd < 0)
			open_file(s);
		s->spilled = 1;
	}
	if (s->mem.len + n > SPOOL_WRITE) {
		write_all(s, s->mem.p, s->mem.len);
		s->mem.len = 0;
		if (n > SPOOL_WRITE) {
			write_all(s, p, n);
			return;
		}
	}
	bk_buf_add(&s->mem, p, n);
}

const char *
spk_spool_map(spk_spool *s, size_t *n)
{
	if (!s->spilled) {
		*n = s->mem.len;
		return s->mem.p ? s->mem.p : "";
	}
	if (s->map == NULL) {
		write_all(s, s->mem.p, s->mem.len);
		s->mem.len = 0;
		s->mapped = (size_t)s->size;
		void *m = mmap(NULL, s->mapped, PROT_READ, MAP_SHARED, s->fd, 0);
		if (m == MAP_FAILED)
			bk_die(1, "cannot map the temporary file for the %s:", s->what);
		s->map = m;
		s->released = 0;
	}
	*n = s->mapped;
	return s->map;
}

void
spk_spool_release_map(spk_spool *s, size_t upto)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t to = upto / page * page;
	madvise((char *)s->map + s->released, to - s->released, MADV_DONTNEED);
	s->released = to;
}

void
spk_spool_reread(spk_spool *s)
{
	s->released = 0;
}

void
spk_spool_reset(spk_spool *s)
{
	if (s->map != NULL) {
		munmap((void *)s->map, s->mapped);
		s->map = NULL;
	}
	if (s->spilled && ftruncate(s->fd, 0) < 0)
		bk_die(1, "temporary file for the %s:", s->what);
	if (s->spilled)
		lseek(s->fd, 0, SEEK_SET);
	s->spilled = 0;
	s->size = 0;
	s->mem.len = 0;
	/* a big document's buffer is not kept for the small ones after it */
	if (s->mem.cap > 2 * SPK_SPOOL_MEM) {
		bk_buf_free(&s->mem);
	}
}

void
spk_spool_free(spk_spool *s)
{
	spk_spool_reset(s);
	bk_buf_free(&s->mem);
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
}
