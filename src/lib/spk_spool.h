/* spk_spool.h - a byte store that stays in memory while small and goes to
 * an unlinked temporary file (in $TMPDIR, else /tmp) when it grows, the way
 * sort(1) spills: speakers keeps a document's text and its block and turn
 * records there, so that its memory does not grow with the document.
 *
 * Write with spk_spool_add, then spk_spool_map gives every byte written as
 * one array (the memory itself, or the file mapped read-only); reading it
 * front to back, spk_spool_release(upto) hands the pages before `upto` back
 * to the system.  spk_spool_reset empties it for the next document. */
#ifndef SPK_SPOOL_H
#define SPK_SPOOL_H
#include <stddef.h>
#include <stdint.h>
#include "mem.h"

typedef struct spk_spool {
	bk_buf mem;              /* the content, or (spilled) a write buffer */
	int fd;                  /* the temporary file, -1 before the first spill */
	int spilled;             /* this document's content is in the file */
	uint64_t size;           /* bytes written */
	const char *map;         /* after spk_spool_map */
	size_t mapped, released;
	const char *what;        /* for error messages */
} spk_spool;

void spk_spool_init(spk_spool *s, const char *what);
void spk_spool_add(spk_spool *s, const void *p, size_t n);
/* Everything written, as one array of *n bytes (valid until reset). */
const char *spk_spool_map(spk_spool *s, size_t *n);
/* The bytes before upto will not be read again: give their pages back
 * (in steps of a megabyte, a step behind: the system maps pages around
 * the one read, behind it too). */
void spk_spool_release_map(spk_spool *s, size_t upto);
#define SPK_SPOOL_STEP ((size_t)1 << 20)
static inline void
spk_spool_release(spk_spool *s, size_t upto)
{
	if (s->map != NULL && upto >= s->released + 2 * SPK_SPOOL_STEP)
		spk_spool_release_map(s, upto - SPK_SPOOL_STEP);
}
/* It will be read again from the start. */
void spk_spool_reread(spk_spool *s);
void spk_spool_reset(spk_spool *s);
void spk_spool_free(spk_spool *s);

#endif
