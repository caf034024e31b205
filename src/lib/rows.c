/* rows.c - the contract's column order, in one place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "docmeta.h"
#include "mem.h"
#include "out.h"
#include "rows.h"

/* --meta is one switch for the whole program, whichever rows it writes. */
static int rows_meta;
static struct {
	uint64_t serial;
	int valid;
	bk_docmeta m;
} meta_cache;

void
bk_rows_set_meta(int on)
{
	rows_meta = on;
}

static int
has_pass(const bk_rows *r, const char *name)
{
	for (size_t i = 0; i < r->npass; i++)
		if (strcmp(r->pass[i], name) == 0)
			return 1;
	return 0;
}

void
bk_rows_init(bk_rows *r, const char *const *own, int no_header, int with_span)
{
	memset(r, 0, sizeof *r);
	r->own = own;
	r->no_header = no_header;
	r->with_span = with_span;
}

static int
is_own(const bk_rows *r, const char *name)
{
	static const char *const fixed[] = { "doc", "start", "end", "text", NULL };
	for (int i = 0; fixed[i]; i++)
		if (strcmp(name, fixed[i]) == 0)
			return 1;
	for (int i = 0; r->own && r->own[i]; i++)
		if (strcmp(name, r->own[i]) == 0)
			return 1;
	return 0;
}

static void
write_header(const bk_rows *r)
{
	if (r->no_header)
		return;
	bk_out_str("doc");
	for (size_t i = 0; i < r->npass; i++) {
		bk_out_tab();
		bk_out_str(r->pass[i]);
	}
	if (rows_meta && !has_pass(r, "date"))
		bk_out_str("\tdate");
	if (rows_meta && !has_pass(r, "title"))
		bk_out_str("\ttitle");
	for (int i = 0; r->own && r->own[i]; i++) {
		bk_out_tab();
		bk_out_str(r->own[i]);
	}
	if (r->with_span)
		bk_out_str("\tstart\tend\ttext");
	bk_out_endrow();
}

int
bk_rows_input(bk_rows *r, const bk_input *in, char *errbuf, size_t errlen)
{
	size_t n = bk_input_ncols(in), k = 0;
	size_t *idx = bk_xcalloc(n, sizeof *idx);
	for (size_t i = 0; i < n; i++)
		if (!is_own(r, bk_input_colname(in, i)))
			idx[k++] = i;
	if (!r->started) {
		r->started = 1;
		r->npass = k;
		r->pass = bk_xcalloc(k, sizeof *r->pass);
		for (size_t i = 0; i < k; i++)
			r->pass[i] = bk_xstrdup(bk_input_colname(in, idx[i]));
		write_header(r);
	} else {
		int same = k == r->npass;
		for (size_t i = 0; same && i < k; i++)
			same = strcmp(r->pass[i], bk_input_colname(in, idx[i])) == 0;
		if (!same) {
			free(idx);
			snprintf(errbuf, errlen, "%s: its columns differ from the first input's; "
			         "process it separately", bk_input_path(in));
			return -1;
		}
	}
	free(r->pass_idx);
	r->pass_idx = idx;
	return 0;
}

/* The document head of rec's document, read once a document. */
static const bk_docmeta *
rows_docmeta(const bk_record *rec)
{
	if (!meta_cache.valid || meta_cache.serial != rec->doc_serial) {
		/* the head of a document is in its first record; later records of
		 * the same document keep what it said */
		if (rec->new_doc || !meta_cache.valid)
			bk_docmeta_read(rec->text, rec->len, &meta_cache.m);
		meta_cache.serial = rec->doc_serial;
		meta_cache.valid = 1;
	}
	return &meta_cache.m;
}

void
bk_rows_lead(const bk_rows *r, const bk_record *rec)
{
	bk_out_write(rec->doc, rec->doc_len);
	bk_out_tab();
	for (size_t i = 0; i < r->npass; i++) {
		size_t j = r->pass_idx[i];
		bk_out_write(rec->field[j], rec->field_len[j]);
		bk_out_tab();
	}
	if (!rows_meta)
		return;
	const bk_docmeta *m = rows_docmeta(rec);
	if (!has_pass(r, "date")) {
		bk_out_str(m->date);
		bk_out_tab();
	}
	if (!has_pass(r, "title")) {
		bk_out_field(m->title, strlen(m->title));
		bk_out_tab();
	}
}

void
bk_rows_lead_buf(const bk_rows *r, const bk_record *rec, bk_buf *b)
{
	bk_buf_add(b, rec->doc, rec->doc_len);
	bk_buf_addc(b, '\t');
	for (size_t i = 0; i < r->npass; i++) {
		size_t j = r->pass_idx[i];
		bk_buf_add(b, rec->field[j], rec->field_len[j]);
		bk_buf_addc(b, '\t');
	}
	if (!rows_meta)
		return;
	const bk_docmeta *m = rows_docmeta(rec);
	if (!has_pass(r, "date")) {
		bk_buf_add(b, m->date, strlen(m->date));
		bk_buf_addc(b, '\t');
	}
	if (!has_pass(r, "title")) {
		size_t n = strlen(m->title);
		bk_buf_reserve(b, 2 * n + 1);
		b->len += bk_tsv_escape(b->p + b->len, m->title, n);
		bk_buf_addc(b, '\t');
	}
}

void
bk_rows_span(uint64_t start, uint64_t end, const char *text, size_t len)
{
	bk_out_u64(start);
	bk_out_tab();
	bk_out_u64(end);
	bk_out_tab();
	bk_out_field(text, len);
	bk_out_endrow();
}

void
bk_rows_finish(bk_rows *r)
{
	if (!r->started) {
		r->started = 1;
		write_header(r);
	}
	for (size_t i = 0; i < r->npass; i++)
		free(r->pass[i]);
	free(r->pass);
	free(r->pass_idx);
	r->pass = NULL;
	r->pass_idx = NULL;
}
