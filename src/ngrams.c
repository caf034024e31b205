/* ngrams - phrases, formulas and collocations of transcripts, counted per
 * group, with optional association scores; partial counts merge exactly. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/err.h"
#include "lib/hash.h"
#include "lib/inputs.h"
#include "lib/mem.h"
#include "lib/ng_count.h"
#include "lib/ng_jobs.h"
#include "lib/ng_partial.h"
#include "lib/ng_report.h"
#include "lib/ng_table.h"
#include "lib/ng_terms.h"
#include "lib/opt.h"
#include "lib/out.h"

static const char usage[] =
"Usage: ngrams [-N] [-n N|LO-HI] [-b COL[,COL...]] [--top N] [-m N] [--min-docs N]\n"
"              [--assoc] [--sort=count|pmi|t_score|g2|log_dice]\n"
"              [--trim-stopwords[=FILE]] [--cross-punct] [-s|--stopwords[=FILE]]\n"
"              [--stem] [--keep-case] [--split-hyphens] [--no-numbers] [-j N] [FILE...]\n"
"       ngrams --partial [-n N] [counting options] [FILE...]\n"
"       ngrams --merge [--partial] [-n N|LO-HI] [report options] [PARTIAL...]\n"
"Count the n-grams of transcripts: one row per n-gram (per group) with term, n,\n"
"count, per10k, docs, rank, form; by length, then count, then term.  N-grams\n"
"never cross a sentence end, a record (a turn of a TSV input), or clause\n"
"punctuation , ; : ( ) \" and dashes (unless --cross-punct).\n"
"\n"
"  -n, --n=N|LO-HI          n-gram lengths (default: 2; at most 16)\n"
"Counting:\n"
"  -b, --by=COL[,COL...]    one table per value of these input columns (doc,\n"
"                           speaker, role, or any column of a TSV input)\n"
"  -s, --stopwords[=FILE]   leave out stop words (built-in English list, or\n"
"                           FILE); no n-gram spans the gap one leaves\n"
"      --stem               count Snowball English stems\n"
"      --keep-case          do not case-fold terms\n"
"      --split-hyphens      'Five-Year' is two words\n"
"      --no-numbers         leave out numbers (no n-gram spans them)\n"
"      --cross-punct        let n-grams run over clause punctuation\n"
"      --newline=auto|always|never  is a line break a sentence boundary?\n"
"      --abbrev=FILE        more abbreviations for the sentence splitter\n"
"Report:\n"
"      --top=N              at most N rows per group and length\n"
"  -m, --min-count=N        only n-grams counted at least N times\n"
"      --min-docs=N         only n-grams found in at least N documents\n"
"      --trim-stopwords[=FILE]  leave out n-grams that begin or end with a\n"
"                           stop word ('belt and road' stays, 'of the' goes)\n"
"      --assoc              add split, left_count, right_count, tokens, pmi,\n"
"                           t_score, g2, log_dice (see ngrams(1))\n"
"      --sort=KEY           order and rank by count (default) or an --assoc score\n"
"      --bars[=WIDTH]       add a bar column drawing each count (default 40 cells)\n"
"Scale:\n"
"      --partial            write counts that --merge can finish (map)\n"
"      --merge              read --partial outputs, write the table (reduce)\n"
"  -j, --threads=N          count with N threads (default: the CPUs, at most 8;\n"
"                           1: no threads); the output is the same\n"
"\n";

enum {
	OPT_TOP = BK_OPT_FIRST_OWN, OPT_MIN_DOCS, OPT_ASSOC, OPT_SORT,
	OPT_CROSS, OPT_TRIM, OPT_KEEP_CASE, OPT_SPLIT_HYPHENS, OPT_NO_NUMBERS, OPT_STEM,
	OPT_PARTIAL, OPT_MERGE, OPT_NEWLINE, OPT_ABBREV, OPT_BARS
};

static const struct option longopts[] = {
	{ "n", required_argument, NULL, 'n' },
	{ "by", required_argument, NULL, 'b' },
	{ "top", required_argument, NULL, OPT_TOP },
	{ "min-count", required_argument, NULL, 'm' },
	{ "min-docs", required_argument, NULL, OPT_MIN_DOCS },
	{ "assoc", no_argument, NULL, OPT_ASSOC },
	{ "sort", required_argument, NULL, OPT_SORT },
	{ "cross-punct", no_argument, NULL, OPT_CROSS },
	{ "trim-stopwords", optional_argument, NULL, OPT_TRIM },
	{ "stopwords", optional_argument, NULL, 's' },
	{ "keep-case", no_argument, NULL, OPT_KEEP_CASE },
	{ "split-hyphens", no_argument, NULL, OPT_SPLIT_HYPHENS },
	{ "no-numbers", no_argument, NULL, OPT_NO_NUMBERS },
	{ "stem", no_argument, NULL, OPT_STEM },
	{ "partial", no_argument, NULL, OPT_PARTIAL },
	{ "merge", no_argument, NULL, OPT_MERGE },
	{ "newline", required_argument, NULL, OPT_NEWLINE },
	{ "abbrev", required_argument, NULL, OPT_ABBREV },
	{ "bars", optional_argument, NULL, OPT_BARS },
	{ "threads", required_argument, NULL, 'j' },
	BK_COMMON_LONGOPTS
};

#define MAX_N NG_MAX_N

struct ngrams {
	ng_termopts term;
	ng_countopts count;
	ng_reportopts report;
	int partial, merge;
	char **by;               /* --by column names, NULL-terminated */
	size_t nby;
	bk_hash *groups, *docs;
	long *by_idx;            /* the --by columns in the current input */
	bk_buf key;
};

static void
parse_n(const char *arg, int *lo, int *hi)
{
	char *end;
	long a = strtol(arg, &end, 10), b = a;
	if (end != arg && *end == '-')
		b = strtol(end + 1, &end, 10);
	if (*arg < '0' || *arg > '9' || *end != '\0' || a < 1 || b < a || b > MAX_N)
		bk_usage_error("invalid value '%s' for -n: expected N or LO-HI with 1 <= LO <= HI <= %d",
		               arg, MAX_N);
	*lo = (int)a;
	*hi = (int)b;
}

static void
parse_by(struct ngrams *ng, const char *arg)
{
	char *s = bk_xstrdup(arg), *save = NULL;
	for (char *w = strtok_r(s, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		ng->by = bk_xrealloc(ng->by, (ng->nby + 2) * sizeof *ng->by);
		ng->by[ng->nby++] = bk_xstrdup(w);
		ng->by[ng->nby] = NULL;
	}
	free(s);
	if (ng->nby == 0)
		bk_usage_error("--by needs at least one column name");
}

/* Finds the --by columns in a newly opened input; -1 names a missing one. */
static int
bind_by(struct ngrams *ng, const bk_input *in, char *err, size_t errlen)
{
	for (size_t i = 0; i < ng->nby; i++) {
		ng->by_idx[i] = bk_input_col(in, ng->by[i]);
		if (ng->by_idx[i] < 0 && strcmp(ng->by[i], "doc") != 0) {
			snprintf(err, errlen, "%s: no column '%s' for --by", bk_input_path(in), ng->by[i]);
			return -1;
		}
	}
	return 0;
}

static uint32_t
group_of(struct ngrams *ng, const bk_record *rec)
{
	ng->key.len = 0;
	for (size_t i = 0; i < ng->nby; i++) {
		if (i)
			bk_buf_addc(&ng->key, '\t');
		if (ng->by_idx[i] < 0)
			bk_buf_add(&ng->key, rec->doc, rec->doc_len);
		else
			bk_buf_add(&ng->key, rec->field[ng->by_idx[i]], rec->field_len[ng->by_idx[i]]);
	}
	return bk_hash_intern(ng->groups, 0, ng->key.p ? ng->key.p : "", ng->key.len, NULL);
}

/* -j's default: the CPUs online, at most 8 (past that the reading thread
 * is the bottleneck and each thread's tables cost memory). */
static int
default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

static int
opt_flag(const char *opts, const char *name)
{
	const char *p = opts ? strstr(opts, name) : NULL;
	return p ? atoi(p + strlen(name)) : 0;
}

int
main(int argc, char **argv)
{
	static const char *const newlines[] = { "auto", "always", "never", NULL };
	static const char *const sorts[] = { "count", "pmi", "t_score", "g2", "log_dice", NULL };
	struct ngrams ng = { 0 };
	bk_common common;
	int c, counting_opt = 0, report_opt = 0, n_given = 0, nthreads = 0;
	const char *abbrev = NULL;

	bk_prog_start(argc, argv);
	bk_common_init(&common);
	ng.count.n_lo = ng.count.n_hi = 2;
	while ((c = getopt_long(argc, argv, "b:j:m:n:s" BK_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case 'n':
			parse_n(optarg, &ng.count.n_lo, &ng.count.n_hi);
			n_given = 1;
			break;
		case 'j':
			nthreads = (int)bk_opt_int("--threads", optarg, 1, 256);
			break;
		case 'b':
			parse_by(&ng, optarg);
			counting_opt = c;
			break;
		case OPT_TOP:
			ng.report.top = (uint64_t)bk_opt_int("--top", optarg, 1, (long long)1 << 62);
			report_opt = c;
			break;
		case 'm':
			ng.report.min_count = (uint64_t)bk_opt_int("--min-count", optarg, 1, (long long)1 << 62);
			report_opt = c;
			break;
		case OPT_BARS:
			ng.report.bars = optarg ? (int)bk_opt_int("--bars", optarg, 1, 1000) : 40;
			report_opt = c;
			break;
		case OPT_MIN_DOCS:
			ng.report.min_docs = (uint64_t)bk_opt_int("--min-docs", optarg, 1, (long long)1 << 62);
			report_opt = c;
			break;
		case OPT_ASSOC:
			ng.report.assoc = 1;
			report_opt = c;
			break;
		case OPT_SORT:
			ng.report.sort = bk_opt_choice("--sort", optarg, sorts);
			report_opt = c;
			break;
		case OPT_TRIM:
			ng.term.trim_stopwords = optarg ? optarg : "";
			ng.report.trim = 1;
			report_opt = c;
			break;
		case OPT_CROSS:
			ng.count.cross_punct = 1;
			counting_opt = c;
			break;
		case 's':
			ng.term.stopwords = optarg ? optarg : "";
			counting_opt = c;
			break;
		case OPT_KEEP_CASE:
			ng.term.keep_case = 1;
			counting_opt = c;
			break;
		case OPT_SPLIT_HYPHENS:
			ng.term.split_hyphens = 1;
			counting_opt = c;
			break;
		case OPT_NO_NUMBERS:
			ng.term.no_numbers = 1;
			counting_opt = c;
			break;
		case OPT_STEM:
			ng.term.stem = 1;
			counting_opt = c;
			break;
		case OPT_PARTIAL:
			ng.partial = 1;
			break;
		case OPT_MERGE:
			ng.merge = 1;
			break;
		case OPT_NEWLINE:
			ng.count.sent.newline = bk_opt_choice("--newline", optarg, newlines);
			counting_opt = c;
			break;
		case OPT_ABBREV:
			if ((ng.count.sent.abbrevs = bk_abbrevs_load(optarg)) == NULL)
				bk_usage_error("--abbrev: %s: %s", optarg, strerror(errno));
			abbrev = optarg;
			counting_opt = c;
			break;
		default:
			bk_common_option(&common, c, optarg, usage);
		}
	}
	if (ng.partial && report_opt)
		bk_usage_error("--partial writes counts only; give report options (--top, --min-count, "
		               "--min-docs, --assoc, --sort, --trim-stopwords, --bars) to --merge");
	if (ng.partial && common.no_header)
		bk_usage_error("--partial always writes its header (--merge needs it)");
	if (ng.merge && counting_opt)
		bk_usage_error("--merge takes the counting options (--by, --stopwords, --stem, "
		               "--keep-case, --split-hyphens, --no-numbers, --cross-punct, --newline, "
		               "--abbrev) from the partials; give them to --partial");
	if (ng.report.sort != NG_SORT_COUNT && !ng.report.assoc)
		bk_usage_error("--sort=%s needs --assoc", sorts[ng.report.sort]);

	char err[1024];
	ng_terms *terms = ng_terms_new(&ng.term, err, sizeof err);
	if (terms == NULL)
		bk_die(2, "%s", err);
	ng.report.n_lo = ng.count.n_lo;
	ng.report.n_hi = ng.count.n_hi;
	ng.report.no_header = common.no_header;
	if (nthreads == 0)
		nthreads = default_threads();
	ng.report.threads = nthreads;
	ng.report.line_buffered = common.line_buffered;
	/* --assoc scores an n-gram from the counts of its parts, and a partial
	 * keeps every length for whatever its merge is asked: both count from 1 */
	if (ng.report.assoc || ng.partial)
		ng.count.n_lo = 1;
	ng.count.skip_trimmed = ng.report.trim && !ng.report.assoc;
	ng.count.split_hyphens = ng.term.split_hyphens;

	ng_counter counter;
	ng_cells cells;
	ng_counter_init(&counter, &ng.count, terms);
	ng_cells_init(&cells);
	ng.groups = bk_hash_new();
	ng.docs = bk_hash_new();
	ng.by_idx = bk_xcalloc(ng.nby + 1, sizeof *ng.by_idx);
	bk_out_init(common.line_buffered);
	int status = 0;

	if (ng.merge) {
		char *opts = NULL, *header = NULL;
		int n = argc - optind;
		for (int i = 0; i < (n ? n : 1); i++) {
			const char *path = n ? argv[optind + i] : "-";
			if (ng_read_partial(&counter, terms, &cells, ng.groups, ng.docs, path, &opts,
			                    &header, err, sizeof err) < 0) {
				bk_warn("%s", err);
				status = 1;
			}
		}
		if (header)
			ng.nby = ng_partial_by(header, &ng.by);
		int plo = 0, phi = 0;
		if (opts && ng_partial_n(opts, &plo, &phi) < 0)
			bk_die(1, "the partials' options name no lengths (n=LO-HI): not ngrams partials?");
		if (opts && !n_given) {
			ng.report.n_lo = plo; /* what the partials were counted for */
			ng.report.n_hi = phi;
		}
		if (opts && ng.report.n_hi > phi)
			bk_die(2, "-n %d-%d: the partials were counted with -n %d-%d (lengths up to %d)",
			       ng.report.n_lo, ng.report.n_hi, plo, phi, phi);
		if (opts && ng.partial && n_given && (ng.report.n_lo != plo || ng.report.n_hi != phi))
			bk_die(2, "--merge --partial keeps the partials' -n %d-%d", plo, phi);
		if (ng.partial) {
			ng_write_partial(&counter, terms, &cells, ng.groups, ng.docs, ng.by, ng.nby,
			                 opts ? opts : "");
		} else {
			if (ng.term.trim_stopwords &&
			    ng_terms_trim(terms, ng.term.trim_stopwords, opt_flag(opts, "keep-case="),
			                  opt_flag(opts, "stem="), err, sizeof err) < 0)
				bk_die(2, "--trim-stopwords: %s", err);
			ng_counter bygroup;
			ng_counter_init(&bygroup, &ng.count, terms);
			ng_fold_cells(&counter, &cells, &bygroup);
			if (bk_hash_count(ng.groups) == 0)
				bk_hash_intern(ng.groups, 0, "", 0, NULL);
			ng_counter_group(&bygroup, (uint32_t)bk_hash_count(ng.groups) - 1);
			ng.report.by = (const char *const *)ng.by;
			ng_report(&bygroup, terms, ng.groups, &ng.report);
			ng_counter_free(&bygroup);
		}
		free(opts);
		free(header);
	} else {
		bk_inputs *inputs = bk_inputs_start(argc - optind, argv + optind, &common);
		bk_input *in;
		bk_record rec;
		uint32_t last_doc = UINT32_MAX, stretch = 0;
		int warned = 0;
		ng_jobs *jobs = NULL;
		if (nthreads > 1 && (jobs = ng_jobs_start(nthreads, &ng.count, &ng.term, err, sizeof err)) == NULL)
			bk_die(2, "%s", err);
		while ((in = bk_inputs_next(inputs)) != NULL) {
			if (bind_by(&ng, in, err, sizeof err) < 0) {
				bk_inputs_fail(inputs, err);
				continue;
			}
			while (bk_input_next(in, &rec) > 0) {
				uint32_t g = group_of(&ng, &rec);
				int fresh;
				uint32_t d = bk_hash_intern(ng.docs, 0, rec.doc, rec.doc_len, &fresh);
				if (d != last_doc && !fresh && !ng.partial && !warned) {
					/* docs counts a document once per stretch of its rows */
					bk_warn("warning: %s: document '%.*s' comes back after others: 'docs' "
					        "may count it more than once (sort the rows by doc)",
					        bk_input_path(in), (int)(rec.doc_len > 60 ? 60 : rec.doc_len), rec.doc);
					warned = 1;
				}
				if (d != last_doc && last_doc != UINT32_MAX && ++stretch == NG_SPLIT - 1)
					bk_die(1, "too many documents");
				last_doc = d;
				uint32_t unit = ng.partial ? ng_cell(&cells, g, d) : g;
				if (jobs)
					ng_jobs_add(jobs, rec.text, rec.len, unit, stretch);
				else
					ng_count_text(&counter, rec.text, rec.len, unit, stretch);
			}
		}
		status = bk_inputs_end(inputs);
		ng_counter *result = &counter;
		ng_terms *rterms = terms;
		if (jobs)
			result = ng_jobs_finish(jobs, &rterms);
		else
			ng_counter_finish(&counter);
		if (ng.partial) {
			char opts[512];
			snprintf(opts, sizeof opts,
			         "ngrams-partial 1; n=%d-%d; keep-case=%d; stem=%d; split-hyphens=%d; "
			         "numbers=%d; stopwords=%s; cross-punct=%d; newline=%d; abbrev=%s",
			         ng.report.n_lo, ng.report.n_hi, ng.term.keep_case, ng.term.stem, ng.term.split_hyphens,
			         !ng.term.no_numbers, ng_terms_stop_digest(terms), ng.count.cross_punct,
			         ng.count.sent.newline, abbrev ? abbrev : "none");
			ng_write_partial(result, rterms, &cells, ng.groups, ng.docs, ng.by, ng.nby, opts);
		} else {
			if (bk_hash_count(ng.groups) == 0)
				bk_hash_intern(ng.groups, 0, "", 0, NULL);
			ng_counter_group(result, (uint32_t)bk_hash_count(ng.groups) - 1);
			ng.report.by = (const char *const *)ng.by;
			ng_report(result, rterms, ng.groups, &ng.report);
		}
		ng_jobs_free(jobs);
	}

	ng_counter_free(&counter);
	ng_cells_free(&cells);
	ng_terms_free(terms);
	bk_hash_free(ng.groups);
	bk_hash_free(ng.docs);
	for (size_t i = 0; i < ng.nby; i++)
		free(ng.by[i]);
	free(ng.by);
	free(ng.by_idx);
	bk_buf_free(&ng.key);
	bk_abbrevs_free((bk_abbrevs *)ng.count.sent.abbrevs);
	return status | bk_out_finish();
}
