/* numbers - every numeric claim of a transcript: its kind, exact value or range,
 * comparison and hedge, scale, unit or currency, and what it counts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/err.h"
#include "lib/inputs.h"
#include "lib/mem.h"
#include "lib/num_scan.h"
#include "lib/opt.h"
#include "lib/out.h"
#include "lib/rows.h"
#include "lib/sentence.h"

static const char usage[] =
"Usage: numbers [-N] [-k KIND[,KIND...]] [--relative] [--raw|--tsv] [FILE...]\n"
"Write one row per numeric expression of each transcript: doc, pass-through\n"
"columns, kind, value, low, high, cmp, hedge, scale, unit, noun, phrase,\n"
"start, end, text.\n"
"\n"
"  -k, --kind=LIST          only these kinds: cardinal, ordinal, percent, money,\n"
"                           year, date, time, fraction, name (comma-separated)\n"
"      --relative           read every last, next, previous, current as a\n"
"                           relative ordinal (end+0, current+1...), \"last week\"\n"
"                           included; by default only where they pick an item\n"
"                           (the next round, the last two envoys, the next one)\n"
"\n";

enum { OPT_RELATIVE = BK_OPT_FIRST_OWN };

static const struct option longopts[] = {
	{ "kind", required_argument, NULL, 'k' },
	{ "relative", no_argument, NULL, OPT_RELATIVE },
	BK_COMMON_LONGOPTS
};

static const char *const own_columns[] = {
	"kind", "value", "low", "high", "cmp", "hedge", "scale", "unit", "noun", "phrase", NULL
};

/* Values longer than this are refused with a message rather than written: a
 * row of a million digits is a mistake in the input, not a claim. */
#define MAX_DIGITS 10000

struct numbers {
	unsigned kinds;          /* bit per enum num_kind */
	bk_rows rows;
	bk_spans spans;
	bk_sentopts sent;
	num_scanner *scan;
	bk_buf buf;
	const bk_record *rec;
	size_t base;             /* offset of the sentence in the record text */
};

static int
too_big(const num_dec *x)
{
	return num_dec_set(x) && num_dec_format_max(x) > MAX_DIGITS + NUM_DEC_SIG + 8;
}

static void
put_dec(struct numbers *nb, const num_dec *x)
{
	if (!num_dec_set(x))
		return;
	size_t need = num_dec_format_max(x);
	bk_buf_reserve(&nb->buf, need);
	size_t n = num_dec_format(x, nb->buf.p, need + 1);
	bk_out_write(nb->buf.p, n);
}

/* Words as a key: lower-case ASCII, runs of white space as one space. */
static void
put_words(struct numbers *nb, const char *p, size_t s, size_t e, int lower)
{
	nb->buf.len = 0;
	int sp = 0;
	for (size_t i = s; i < e; i++) {
		char c = p[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = 1;
			continue;
		}
		if (sp && nb->buf.len > 0)
			bk_buf_addc(&nb->buf, ' ');
		sp = 0;
		if (lower && c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		bk_buf_addc(&nb->buf, c);
	}
	bk_out_field(nb->buf.p, nb->buf.len);
}

/* The hedge column: one or two hedges, lower-cased, joined by a space. */
static void
put_hedges(struct numbers *nb, const char *sent, const num_expr *e)
{
	bk_buf *b = &nb->buf;
	b->len = 0;
	size_t spans[2][2] = { { e->hedge_s, e->hedge_e }, { e->hedge2_s, e->hedge2_e } };
	for (int k = 0; k < 2; k++) {
		int sp = b->len > 0 && spans[k][1] > spans[k][0];
		for (size_t i = spans[k][0]; i < spans[k][1]; i++) {
			char c = sent[i];
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				sp = b->len > 0;
				continue;
			}
			if (sp)
				bk_buf_addc(b, ' ');
			sp = 0;
			bk_buf_addc(b, c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
		}
	}
	bk_out_field(b->p, b->len);
}

static void
emit(void *ctx, const num_expr *e, const char *sent)
{
	struct numbers *nb = ctx;
	const bk_record *rec = nb->rec;
	if (!(nb->kinds & (1u << e->kind)))
		return;
	if (e->refused != NULL) {
		bk_warn("%.*s: bytes %llu-%llu: %s; row skipped", (int)rec->doc_len, rec->doc,
		        (unsigned long long)(rec->start + nb->base + e->start),
		        (unsigned long long)(rec->start + nb->base + e->end), e->refused);
		return;
	}
	if (too_big(&e->value) || too_big(&e->low) || too_big(&e->high)) {
		bk_warn("%.*s: bytes %llu-%llu: a value of more than %d digits; row skipped",
		        (int)rec->doc_len, rec->doc,
		        (unsigned long long)(rec->start + nb->base + e->start),
		        (unsigned long long)(rec->start + nb->base + e->end), MAX_DIGITS);
		return;
	}
	bk_rows_lead(&nb->rows, rec);
	bk_out_str(num_kind_names[e->kind]);
	bk_out_tab();
	if (e->vtext != NULL)
		bk_out_str(e->vtext);
	else
		put_dec(nb, &e->value);
	bk_out_tab();
	put_dec(nb, &e->low);
	bk_out_tab();
	put_dec(nb, &e->high);
	bk_out_tab();
	bk_out_str(e->cmp);
	bk_out_tab();
	put_hedges(nb, sent, e);
	bk_out_tab();
	put_words(nb, sent, e->scale_s, e->scale_e, 1);
	bk_out_tab();
	bk_out_str(e->unit);
	bk_out_tab();
	put_words(nb, sent, e->noun_s, e->noun_e, 1);
	bk_out_tab();
	put_words(nb, sent, e->phrase_s, e->phrase_e, 0);
	bk_out_tab();
	uint64_t at = rec->start + nb->base;
	bk_rows_span(at + e->start, at + e->end, sent + e->start, e->end - e->start);
}

/* Every sentence of every paragraph of one record: expressions never cross a
 * sentence boundary. */
static void
numbers_record(struct numbers *nb, const bk_record *rec)
{
	bk_span para;
	size_t pos = 0;
	nb->rec = rec;
	while (bk_next_paragraph(rec->text, rec->len, &pos, &para)) {
		const char *p = rec->text + para.start;
		size_t n = para.end - para.start;
		/* Most sentences hold no number: a fast pass finds where the first
		 * sign of one is, and sentences before it are not read at all. */
		size_t first = num_scan_first(nb->scan, p, n);
		if (first == n)
			continue;
		nb->spans.n = 0;
		bk_sentences(p, n, &nb->sent, &nb->spans);
		for (size_t i = 0; i < nb->spans.n; i++) {
			bk_span s = nb->spans.v[i];
			if (s.end <= first)
				continue;
			if (s.start > first &&
			    num_scan_first(nb->scan, p + s.start, s.end - s.start) == s.end - s.start)
				continue;
			nb->base = para.start + s.start;
			if (s.end - s.start > UINT32_MAX / 2) {
				/* token offsets are 32-bit: a 2 GB sentence is not prose */
				bk_warn("%.*s: bytes %llu-%llu: a sentence of more than 2 GB; not read",
				        (int)rec->doc_len, rec->doc, (unsigned long long)(rec->start + nb->base),
				        (unsigned long long)(rec->start + nb->base + s.end - s.start));
				continue;
			}
			num_scan(nb->scan, p + s.start, s.end - s.start, emit, nb);
		}
	}
}

static unsigned
parse_kinds(const char *arg)
{
	unsigned k = 0;
	const char *p = arg;
	while (*p) {
		size_t n = strcspn(p, ",");
		int found = 0;
		for (int i = 0; i < NK_NKINDS; i++)
			if (strlen(num_kind_names[i]) == n && strncmp(p, num_kind_names[i], n) == 0) {
				k |= 1u << i;
				found = 1;
			}
		if (!found)
			bk_usage_error("--kind: unknown kind '%.*s' (cardinal, ordinal, percent, money, "
			               "year, date, time, fraction, name)", (int)n, p);
		p += n;
		if (*p == ',')
			p++;
	}
	if (k == 0)
		bk_usage_error("--kind: no kind given");
	return k;
}

int
main(int argc, char **argv)
{
	struct numbers nb = { 0 };
	bk_common common;
	int c, flags = 0;

	nb.kinds = (1u << NK_NKINDS) - 1;
	bk_prog_start(argc, argv);
	bk_common_init(&common);
	while ((c = getopt_long(argc, argv, "k:" BK_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case 'k':
			nb.kinds = parse_kinds(optarg);
			break;
		case OPT_RELATIVE:
			flags |= NUM_SCAN_RELATIVE;
			break;
		default:
			bk_common_option(&common, c, optarg, usage);
		}
	}

	nb.scan = num_scanner_new(flags);
	bk_out_init(common.line_buffered);
	bk_rows_init(&nb.rows, own_columns, common.no_header, 1);
	bk_inputs *inputs = bk_inputs_start(argc - optind, argv + optind, &common);
	bk_input *in;
	bk_record rec;
	char err[512];
	while ((in = bk_inputs_next(inputs)) != NULL) {
		if (bk_rows_input(&nb.rows, in, err, sizeof err) < 0) {
			bk_inputs_fail(inputs, err);
			continue;
		}
		while (bk_input_next(in, &rec) > 0)
			numbers_record(&nb, &rec);
	}
	bk_rows_finish(&nb.rows);
	int status = bk_inputs_end(inputs);
	free(nb.spans.v);
	bk_buf_free(&nb.buf);
	num_scanner_free(nb.scan);
	return status | bk_out_finish();
}
