/* segment - split transcripts into sentences or paragraphs, with byte offsets. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/err.h"
#include "lib/inputs.h"
#include "lib/opt.h"
#include "lib/out.h"
#include "lib/rows.h"
#include "lib/sentence.h"

static const char usage[] =
"Usage: segment [-N] [-u sentence|paragraph] [--newline=auto|always|never]\n"
"               [--abbrev=FILE] [--raw|--tsv] [FILE...]\n"
"Write one row per sentence (or paragraph) of each transcript, with its byte\n"
"offsets: doc, pass-through columns, para, sent, start, end, text.  Bytes\n"
"[start,end) of the document are exactly the text; spaces around are left out.\n"
"\n"
"  -u, --unit=sentence|paragraph  what a row is (default: sentence)\n"
"      --newline=auto|always|never  is a line break inside a paragraph a\n"
"                           sentence boundary?  auto (default): not in\n"
"                           hard-wrapped text, yes where lines stand alone\n"
"                           (headings, menus, lists, labels like 'Q:')\n"
"      --abbrev=FILE        more abbreviations, one a line ('Spox.', 'Dept');\n"
"                           titles, months, 'U.S.', 'a.m.', 'No.' are built in\n"
"A blank line always ends a paragraph.  See segment(1) for the rules.\n"
"\n";

enum { OPT_NEWLINE = BK_OPT_FIRST_OWN, OPT_ABBREV };

static const struct option longopts[] = {
	{ "unit", required_argument, NULL, 'u' },
	{ "newline", required_argument, NULL, OPT_NEWLINE },
	{ "abbrev", required_argument, NULL, OPT_ABBREV },
	BK_COMMON_LONGOPTS
};

static const char *const own_columns[] = { "para", "sent", NULL };

struct segment {
	int paragraphs;          /* -u paragraph */
	bk_sentopts sent;
	bk_rows rows;
	bk_spans spans;
	int tsv;                 /* the current input is TSV */
	unsigned long para_no, sent_no;
};

/* Writes the rows of one record: its paragraphs, or their sentences. */
static void
segment_record(struct segment *sg, const bk_record *rec)
{
	bk_span para;
	size_t pos = 0;
	if (rec->new_doc)
		sg->para_no = sg->sent_no = 0;
	while (bk_next_paragraph(rec->text, rec->len, &pos, &para)) {
		const char *p = rec->text + para.start;
		size_t n = para.end - para.start;
		/* A TSV record that starts past its document's first byte may begin
		 * mid-line (a sentence of segment's own output). */
		sg->sent.fragment = sg->tsv && rec->start > 0 && para.start == 0;
		sg->spans.n = 0;
		bk_sentences(p, n, &sg->sent, &sg->spans);
		sg->para_no++;
		if (sg->paragraphs) {
			bk_rows_lead(&sg->rows, rec);
			bk_out_u64(sg->para_no);
			bk_out_tab();
			bk_out_u64(sg->sent_no + 1);
			bk_out_tab();
			bk_rows_span(rec->start + para.start, rec->start + para.end, p, n);
			sg->sent_no += sg->spans.n;
			continue;
		}
		for (size_t i = 0; i < sg->spans.n; i++) {
			bk_span s = sg->spans.v[i];
			bk_rows_lead(&sg->rows, rec);
			bk_out_u64(sg->para_no);
			bk_out_tab();
			bk_out_u64(++sg->sent_no);
			bk_out_tab();
			bk_rows_span(rec->start + para.start + s.start,
			             rec->start + para.start + s.end, p + s.start, s.end - s.start);
		}
	}
}

int
main(int argc, char **argv)
{
	static const char *const units[] = { "sentence", "paragraph", NULL };
	static const char *const newlines[] = { "auto", "always", "never", NULL };
	struct segment sg = { 0 };
	bk_common common;
	int c;

	bk_prog_start(argc, argv);
	bk_common_init(&common);
	while ((c = getopt_long(argc, argv, "u:" BK_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case 'u':
			sg.paragraphs = bk_opt_choice("--unit", optarg, units);
			break;
		case OPT_NEWLINE:
			sg.sent.newline = bk_opt_choice("--newline", optarg, newlines);
			break;
		case OPT_ABBREV:
			if ((sg.sent.abbrevs = bk_abbrevs_load(optarg)) == NULL)
				bk_usage_error("--abbrev: %s: %s", optarg, strerror(errno));
			break;
		default:
			bk_common_option(&common, c, optarg, usage);
		}
	}

	bk_out_init(common.line_buffered);
	bk_rows_init(&sg.rows, own_columns, common.no_header, 1);
	bk_inputs *inputs = bk_inputs_start(argc - optind, argv + optind, &common);
	bk_input *in;
	bk_record rec;
	char err[512];
	while ((in = bk_inputs_next(inputs)) != NULL) {
		if (bk_rows_input(&sg.rows, in, err, sizeof err) < 0) {
			bk_inputs_fail(inputs, err);
			continue;
		}
		sg.tsv = bk_input_is_tsv(in);
		while (bk_input_next(in, &rec) > 0)
			segment_record(&sg, &rec);
	}
	bk_rows_finish(&sg.rows);
	int status = bk_inputs_end(inputs);
	free(sg.spans.v);
	bk_abbrevs_free((bk_abbrevs *)sg.sent.abbrevs);
	return status | bk_out_finish();
}
