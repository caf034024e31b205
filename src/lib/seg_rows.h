/* seg_rows.h - segment's rows, in two steps: records are split into
 * paragraphs and sentences, then written as rows into a buffer.  The steps
 * are apart because rows carry running paragraph and sentence numbers: with
 * threads, records are split in parallel before the numbers the records
 * before them end with are known (see seg_pipe.h). */
#ifndef SEG_ROWS_H
#define SEG_ROWS_H
#include <stddef.h>
#include <stdint.h>
#include "mem.h"
#include "sentence.h"

typedef struct seg_conf {
	int paragraphs;          /* -u paragraph: a row a paragraph */
	bk_sentopts sent;
	int line_buffered;       /* flush after every paragraph's rows */
} seg_conf;

typedef struct seg_rec {
	const char *lead;        /* doc and pass-through columns, each followed by a TAB */
	size_t lead_len;
	uint64_t start;          /* offset of text[0] in its document */
	const char *text;
	size_t len;
	int new_doc;             /* numbering starts again */
	int fragment;            /* a TSV record past its document's start: may begin mid-line */
} seg_rec;

/* The numbers of the last paragraph and sentence written. */
typedef struct seg_count {
	uint64_t para, sent;
} seg_count;

typedef struct seg_para {
	size_t start, end;       /* in its record's text */
	size_t nsent;
} seg_para;

typedef struct seg_recsum {
	size_t npara, nsent;
	int new_doc;
} seg_recsum;

/* The paragraphs and sentences of a run of records, in order. */
typedef struct seg_split {
	seg_para *para;
	size_t npara, para_cap;
	bk_spans sent;           /* relative to their paragraph */
	seg_recsum *rec;
	size_t nrec, rec_cap;
} seg_split;

/* Where writing a seg_split has got to. */
typedef struct seg_cursor {
	size_t rec, para, sent;
} seg_cursor;

void seg_split_reset(seg_split *s);
void seg_split_free(seg_split *s);
/* Appends the paragraphs and sentences of r. */
void seg_split_add(const seg_conf *c, const seg_rec *r, seg_split *s);
/* The numbers after all of s's records, given those before them. */
seg_count seg_split_end(const seg_split *s, seg_count before);

/* Writes the rows of r, the record at *k of s, into out, numbering on from *n.
 * flush_at > 0: out goes to standard output whenever it holds that much
 * (and after every paragraph when line-buffered). */
void seg_format(const seg_conf *c, const seg_rec *r, const seg_split *s, seg_cursor *k,
                seg_count *n, bk_buf *out, size_t flush_at);
/* out to standard output, emptied. */
void seg_emit(const seg_conf *c, bk_buf *out);

#endif
