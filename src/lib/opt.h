/* opt.h - the options every program shares, and bounded number parsing.
 *
 * Each program's option table starts with its own entries and ends with
 * BK_COMMON_LONGOPTS; its getopt string ends with BK_COMMON_SHORTOPTS.  Every
 * option case that is not the program's own goes to bk_common_option(). */
#ifndef BK_OPT_H
#define BK_OPT_H
#include <getopt.h>
#include "input.h"

#define BK_VERSION "0.1.0"

enum {
	BK_OPT_RAW = 0x1000, BK_OPT_TSV, BK_OPT_DOC, BK_OPT_INVALID, BK_OPT_ENCODING,
	BK_OPT_LINE_BUFFERED, BK_OPT_FILES_FROM, BK_OPT_PROGRESS, BK_OPT_META,
	BK_OPT_FIRST_OWN /* programs number their long-only options from here */
};

#define BK_COMMON_SHORTOPTS "NhV"
#define BK_COMMON_LONGOPTS \
	{ "raw", no_argument, NULL, BK_OPT_RAW }, \
	{ "tsv", no_argument, NULL, BK_OPT_TSV }, \
	{ "doc", required_argument, NULL, BK_OPT_DOC }, \
	{ "invalid", required_argument, NULL, BK_OPT_INVALID }, \
	{ "encoding", required_argument, NULL, BK_OPT_ENCODING }, \
	{ "no-header", no_argument, NULL, 'N' }, \
	{ "line-buffered", no_argument, NULL, BK_OPT_LINE_BUFFERED }, \
	{ "files-from", required_argument, NULL, BK_OPT_FILES_FROM }, \
	{ "progress", optional_argument, NULL, BK_OPT_PROGRESS }, \
	{ "meta", no_argument, NULL, BK_OPT_META }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, 'V' }, \
	{ NULL, 0, NULL, 0 }

/* The help text of the shared options, for each program's --help. */
#define BK_COMMON_HELP \
"Input and output (every briefkit program):\n" \
"      --raw                read every input as plain text\n" \
"      --tsv                read every input as TSV with a header naming 'text'\n" \
"      --doc=NAME           document name of raw inputs (default: the file name)\n" \
"      --encoding=NAME      convert inputs from encoding NAME (e.g. GB18030)\n" \
"      --invalid=error|replace  invalid UTF-8: stop (default) or use U+FFFD\n" \
"      --files-from=FILE    read input file names from FILE, one a line ('-': stdin)\n" \
"      --progress[=always]  report progress on stderr (when it is a terminal)\n" \
"      --line-buffered      flush output after every row\n" \
"      --meta               add date and title columns read from each document's\n" \
"                           head (row-level programs: segment, speakers, numbers)\n" \
"  -N, --no-header          do not write the header line\n" \
"  -h, --help               show this help and exit\n" \
"  -V, --version            show the version and exit\n"

typedef struct bk_common {
	bk_inopts in;
	int no_header;
	int line_buffered;
	const char *files_from;
	int progress;           /* 0 off, 1 when stderr is a terminal, 2 always */
} bk_common;

void bk_common_init(bk_common *c);
/* Handles a shared option (exits for --help, --version and usage errors); a
 * code it does not know is a usage error.  `help` is the program's full text. */
void bk_common_option(bk_common *c, int opt, const char *arg, const char *help);

/* Parses an integer option in [min, max]; a usage error names the option. */
long long bk_opt_int(const char *name, const char *arg, long long min, long long max);
/* Parses a decimal number option in [min, max]. */
double bk_opt_num(const char *name, const char *arg, double min, double max);
/* Picks arg from a NULL-terminated list of words; returns its index. */
int bk_opt_choice(const char *name, const char *arg, const char *const *words);

#endif
