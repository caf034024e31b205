/* tf_io.h - termfreq's own tables: partial outputs (write and merge) and
 * --reference files, read with a small TSV reader (these tables have no
 * `text` column, so they are not briefkit inputs). */
#ifndef TF_IO_H
#define TF_IO_H
#include <stdint.h>
#include <stdio.h>
#include "hash.h"
#include "mem.h"
#include "tf_model.h"

typedef struct tf_tsv {
	FILE *f;
	const char *path;
	char *line;
	size_t cap;
	unsigned long lineno;
	char **names;        /* header, NUL-terminated copies */
	size_t ncols;
	const char **field;  /* the current row, escaped, not NUL-terminated */
	size_t *flen;
} tf_tsv;

/* Opens path ("-": stdin) and reads its header; -1 with a message in err. */
int tf_tsv_open(tf_tsv *r, const char *path, char *err, size_t errlen);
/* 1: a row in r->field; 0: end; -1: error (ragged row, invalid UTF-8, read error). */
int tf_tsv_row(tf_tsv *r, char *err, size_t errlen);
long tf_tsv_col(const tf_tsv *r, const char *name);
void tf_tsv_close(tf_tsv *r);

/* A reference corpus: term -> count, its form, and the total. */
typedef struct tf_ref {
	bk_hash *terms;
	uint64_t *count;
	bk_hash *forms;      /* ns 0; id = term id (the form of the same row) */
	uint32_t *form;      /* term id -> id in forms, or UINT32_MAX */
	size_t cap;
	uint64_t total;
} tf_ref;

int tf_ref_load(tf_ref *ref, const char *path, char *err, size_t errlen);
void tf_ref_free(tf_ref *ref);

/* The partial format: header `partial`, the --by columns, doc, term, form,
 * count; a row `opts` (the counting options), a row `tokens` per (group,
 * document), a row `form` per (group, document, spelling). */
/* The head of a partial table (its header, then the `opts` row that a merge
 * checks): the format termfreq and ngrams share. */
void tf_partial_head(char *const *by, size_t nby, const char *opts);
void tf_write_partial(tf_model *m, char *const *by, size_t nby, const char *opts);
/* Reads one partial into m.  *opts (NULL at first) is set to the options
 * row of the first partial; a later one must agree, and have the same
 * header (*header, likewise).  -1 with a message in err. */
int tf_merge_file(tf_model *m, const char *path, char **opts, char **header,
                  char err[], size_t errlen);
/* The --by columns named by a partial's header (after tf_merge_file). */
size_t tf_partial_by(const char *header, char ***by);

#endif
