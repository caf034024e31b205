/* segment - split transcripts into sentences or paragraphs, with byte offsets. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/err.h"
#include "lib/inputs.h"
#include "lib/opt.h"
#include "lib/out.h"
#include "lib/rows.h"
#include "lib/seg_pipe.h"

static const char usage[] =
"Usage: segment [-N] [-u sentence|paragraph] [--newline=auto|always|never]\n"
"               [--abbrev=FILE] [-j N] [--raw|--tsv] [FILE...]\n"
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
"  -j, --threads=N          split with N threads (default: the CPUs, at most 8;\n"
"                           1: no threads); the output is the same\n"
"A blank line always ends a paragraph.  See segment(1) for the rules.\n"
"\n";

enum { OPT_NEWLINE = BK_OPT_FIRST_OWN, OPT_ABBREV };

static const struct option longopts[] = {
	{ "unit", required_argument, NULL, 'u' },
	{ "newline", required_argument, NULL, OPT_NEWLINE },
	{ "abbrev", required_argument, NULL, OPT_ABBREV },
	{ "threads", required_argument, NULL, 'j' },
	BK_COMMON_LONGOPTS
};

static const char *const own_columns[] = { "para", "sent", NULL };

/* -j's default: the CPUs online, at most 8 (past that the reading thread
 * is the bottleneck). */
static int
default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

int
main(int argc, char **argv)
{
	static const char *const units[] = { "sentence", "paragraph", NULL };
	static const char *const newlines[] = { "auto", "always", "never", NULL };
	seg_conf conf = { 0 };
	bk_rows rows;
	bk_common common;
	int c, nthreads = 0;

	bk_prog_start(argc, argv);
	bk_common_init(&common);
	while ((c = getopt_long(argc, argv, "j:u:" BK_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			nthreads = (int)bk_opt_int("--threads", optarg, 1, 256);
			break;
		case 'u':
			conf.paragraphs = bk_opt_choice("--unit", optarg, units);
			break;
		case OPT_NEWLINE:
			conf.sent.newline = bk_opt_choice("--newline", optarg, newlines);
			break;
		case OPT_ABBREV:
			if ((conf.sent.abbrevs = bk_abbrevs_load(optarg)) == NULL)
				bk_usage_error("--abbrev: %s: %s", optarg, strerror(errno));
			break;
		default:
			bk_common_option(&common, c, optarg, usage);
		}
	}
	/* rows as soon as their paragraph is read: threads would hold them back */
	conf.line_buffered = common.line_buffered;
	if (nthreads == 0)
		nthreads = conf.line_buffered ? 1 : default_threads();

	bk_out_init(common.line_buffered);
	bk_rows_init(&rows, own_columns, common.no_header, 1);
	bk_inputs *inputs = bk_inputs_start(argc - optind, argv + optind, &common);
	seg_pipe *pipe = seg_pipe_start(&conf, conf.line_buffered ? 1 : nthreads);
	bk_input *in;
	bk_record rec;
	bk_buf lead = { 0 };
	char err[512];
	while ((in = bk_inputs_next(inputs)) != NULL) {
		if (bk_rows_input(&rows, in, err, sizeof err) < 0) {
			bk_inputs_fail(inputs, err);
			continue;
		}
		int tsv = bk_input_is_tsv(in);
		while (bk_input_next(in, &rec) > 0) {
			/* a raw document's lead is the same on all its rows */
			if (rec.new_doc || tsv) {
				lead.len = 0;
				bk_rows_lead_buf(&rows, &rec, &lead);
			}
			/* A TSV record that starts past its document's first byte may
			 * begin mid-line (a sentence of segment's own output). */
			seg_rec r = { lead.p, lead.len, rec.start, rec.text, rec.len, rec.new_doc,
			              tsv && rec.start > 0 };
			seg_pipe_add(pipe, &r);
		}
	}
	seg_pipe_end(pipe);
	bk_rows_finish(&rows);
	int status = bk_inputs_end(inputs);
	bk_buf_free(&lead);
	bk_abbrevs_free((bk_abbrevs *)conf.sent.abbrevs);
	return status | bk_out_finish();
}
