/* ng_partial.h - ngrams --partial and --merge: the map output and the reduce.
 *
 * The format follows termfreq's: a header `partial`, the --by columns, doc,
 * term, form, count; then rows
 *   opts    the counting options (partials merge only when they agree)
 *   tokens  per (group, document): every token          (count column)
 *   kept    per (group, document): tokens n-grams use   (count column)
 *   form    per (group, document, n-gram, spelling): its count
 * sorted by group, document, kind, term, form in byte order.  Counting by
 * (group, document) cell keeps what --merge needs to count distinct
 * documents exactly, however the corpus was cut.  A partial holds every
 * length from 1 to the longest of its -n, so that --merge can score --assoc
 * and write any lengths within it (by default, the -n of the partials). */
#ifndef NG_PARTIAL_H
#define NG_PARTIAL_H
#include <stddef.h>
#include <stdint.h>
#include "hash.h"
#include "ng_count.h"
#include "ng_terms.h"

/* The (group, document) cells of a partial count or a merge. */
typedef struct ng_cells {
	bk_hash *units;          /* ns = group id, key = document id (4 bytes) */
	uint32_t *group, *doc;   /* unit id -> group id, document id */
	size_t cap;
} ng_cells;

void ng_cells_init(ng_cells *u);
void ng_cells_free(ng_cells *u);
uint32_t ng_cell(ng_cells *u, uint32_t group, uint32_t doc);

/* Writes the counts of c (keyed by cell) as a partial. */
void ng_write_partial(ng_counter *c, ng_terms *terms, const ng_cells *cells,
                      const bk_hash *groups, const bk_hash *docs,
                      char *const *by, size_t nby, const char *opts);

/* Reads one partial into c (keyed by cell).  *opts and *header are set by
 * the first partial; a later one must agree.  -1 with a message in err. */
int ng_read_partial(ng_counter *c, ng_terms *terms, ng_cells *cells, bk_hash *groups,
                    bk_hash *docs, const char *path, char **opts, char **header,
                    char *err, size_t errlen);
/* The --by column names of a partial's header. */
size_t ng_partial_by(const char *header, char ***by);
/* The lengths the partials were counted for ("n=LO-HI" in opts: -n of
 * --partial; every length from 1 to HI is kept).  -1 when opts has none. */
int ng_partial_n(const char *opts, int *lo, int *hi);

/* Folds a counter keyed by cell into one keyed by group: a cell's n-gram
 * is one document of its group. */
void ng_fold_cells(ng_counter *cellc, const ng_cells *cells, ng_counter *groupc);

#endif
