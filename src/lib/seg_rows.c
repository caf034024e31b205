/* seg_rows.c - splitting records and writing their rows (see seg_rows.h). */
#include <stdlib.h>
#include <string.h>
#include "out.h"
#include "seg_rows.h"

void
seg_split_reset(seg_split *s)
{
	s->npara = s->nrec = 0;
	s->sent.n = 0;
}

void
seg_split_free(seg_split *s)
{
	free(s->para);
	free(s->rec);
	free(s->sent.v);
	memset(s, 0, sizeof *s);
}

void
seg_split_add(const seg_conf *c, const seg_rec *r, seg_split *s)
{
	bk_sentopts o = c->sent;
	bk_span para;
	size_t pos = 0, np = 0, ns = s->sent.n;
	while (bk_next_paragraph(r->text, r->len, &pos, &para)) {
		size_t before = s->sent.n;
		o.fragment = r->fragment && para.start == 0;
		bk_sentences(r->text + para.start, para.end - para.start, &o, &s->sent);
		if (s->npara == s->para_cap) {
			s->para_cap = s->para_cap ? 2 * s->para_cap : 256;
			s->para = bk_xrealloc(s->para, s->para_cap * sizeof *s->para);
		}
		s->para[s->npara++] = (seg_para){ para.start, para.end, s->sent.n - before };
		np++;
	}
	if (s->nrec == s->rec_cap) {
		s->rec_cap = s->rec_cap ? 2 * s->rec_cap : 64;
		s->rec = bk_xrealloc(s->rec, s->rec_cap * sizeof *s->rec);
	}
	s->rec[s->nrec++] = (seg_recsum){ np, s->sent.n - ns, r->new_doc };
}

seg_count
seg_split_end(const seg_split *s, seg_count n)
{
	for (size_t i = 0; i < s->nrec; i++) {
		if (s->rec[i].new_doc)
			n.para = n.sent = 0;
		n.para += s->rec[i].npara;
		n.sent += s->rec[i].nsent;
	}
	return n;
}

/* One row: lead, para, sent, start, end, text.  Room is made once, for the
 * longest it can be (four numbers of at most 20 digits, every byte escaped). */
static void
row(bk_buf *out, const seg_rec *r, uint64_t para, uint64_t sent, size_t s, size_t e)
{
	size_t n = e - s;
	bk_buf_reserve(out, r->lead_len + 4 * 21 + 2 * n + 1);
	char *d = out->p + out->len;
	memcpy(d, r->lead, r->lead_len);
	d += r->lead_len;
	d = bk_u64_to(d, para);
	*d++ = '\t';
	d = bk_u64_to(d, sent);
	*d++ = '\t';
	d = bk_u64_to(d, r->start + s);
	*d++ = '\t';
	d = bk_u64_to(d, r->start + e);
	*d++ = '\t';
	d += bk_tsv_escape(d, r->text + s, n);
	*d++ = '\n';
	out->len = (size_t)(d - out->p);
}

void
seg_emit(const seg_conf *c, bk_buf *out)
{
	if (out->len)
		bk_out_write(out->p, out->len);
	out->len = 0;
	if (c->line_buffered)
		bk_out_flush();
}

void
seg_format(const seg_conf *c, const seg_rec *r, const seg_split *s, seg_cursor *k,
           seg_count *n, bk_buf *out, size_t flush_at)
{
	const seg_recsum *rs = &s->rec[k->rec++];
	if (rs->new_doc)
		n->para = n->sent = 0;
	for (size_t j = 0; j < rs->npara; j++) {
		const seg_para *pa = &s->para[k->para++];
		const bk_span *sv = s->sent.v + k->sent;
		k->sent += pa->nsent;
		n->para++;
		if (c->paragraphs) {
			row(out, r, n->para, n->sent + 1, pa->start, pa->end);
			n->sent += pa->nsent;
		} else {
			for (size_t i = 0; i < pa->nsent; i++) {
				row(out, r, n->para, ++n->sent, pa->start + sv[i].start,
				    pa->start + sv[i].end);
				/* a paragraph can be a whole 100 MB line */
				if (flush_at && out->len >= flush_at)
					seg_emit(c, out);
			}
		}
		if (flush_at && (out->len >= flush_at || c->line_buffered))
			seg_emit(c, out);
	}
}
