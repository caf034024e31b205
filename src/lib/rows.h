/* rows.h - the row-level output of the contract:
 *   doc, pass-through columns, the program's own columns, start, end, text
 * Pass-through columns are every input column but doc, start, end, text and the
 * program's own; they are copied exactly as escaped in the input. */
#ifndef BK_ROWS_H
#define BK_ROWS_H
#include <stddef.h>
#include <stdint.h>
#include "input.h"
#include "mem.h"

typedef struct bk_rows {
	const char *const *own;  /* the program's columns, NULL-terminated */
	int no_header;
	int with_span;           /* write start, end, text (row-level programs) */
	int started;             /* the header (or its absence) is settled */
	char **pass;             /* names of the pass-through columns */
	size_t npass;
	size_t *pass_idx;        /* their indexes in the current input */
} bk_rows;

void bk_rows_init(bk_rows *r, const char *const *own, int no_header, int with_span);
/* Takes the columns of a newly opened input.  The first input fixes the
 * pass-through columns and writes the header; a later one whose columns differ
 * is refused: -1 with a message in errbuf. */
int bk_rows_input(bk_rows *r, const bk_input *in, char *errbuf, size_t errlen);
/* Writes "doc<TAB>pass...<TAB>" for a record of the current input. */
void bk_rows_lead(const bk_rows *r, const bk_record *rec);
/* The same lead, appended to b (for rows written into a buffer first). */
void bk_rows_lead_buf(const bk_rows *r, const bk_record *rec, bk_buf *b);
/* Writes "start<TAB>end<TAB>text\n". */
void bk_rows_span(uint64_t start, uint64_t end, const char *text, size_t len);
/* --meta: add `date` and `title` columns read from each document's head (see
 * docmeta.h), unless the input already has them.  Set before the first input. */
void bk_rows_set_meta(int on);
/* Writes the header if no input ever arrived; frees. */
void bk_rows_finish(bk_rows *r);

#endif
