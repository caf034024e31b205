/* termfreq - term frequencies of transcripts, per group, mergeable. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/err.h"
#include "lib/hash.h"
#include "lib/inputs.h"
#include "lib/mem.h"
#include "lib/norm.h"
#include "lib/opt.h"
#include "lib/out.h"
#include "lib/tf_io.h"
#include "lib/tf_model.h"
#include "lib/tf_queue.h"
#include "lib/tf_report.h"
#include "lib/token.h"

static const char usage[] =
"Usage: termfreq [-s[FILE]] [-b COL[,COL...]] [-n N] [-m N] [--summary] [--tfidf]\n"
"                [--reference FILE | --target VALUE] [--stem] [--keep-case]\n"
"                [--split-hyphens] [--no-numbers] [--only=FILE] [FILE...]\n"
"       termfreq --partial [counting options] [FILE...]\n"
"       termfreq --merge [report options] [PARTIAL...]\n"
"Count the terms of transcripts: one row per term (per group) with term, count,\n"
"per10k, docs, rank, form; sorted by count, then term.\n"
"\n"
"Counting:\n"
"  -b, --by=COL[,COL...]    one table per value of these input columns (doc,\n"
"                           speaker, role, or any column of a TSV input)\n"
"  -s, --stopwords[=FILE]   leave out the built-in English stop words, or those\n"
"                           of FILE (one a line)\n"
"      --only=FILE          count only the terms listed in FILE\n"
"      --stem               count Snowball English stems\n"
"      --keep-case          do not case-fold terms\n"
"      --split-hyphens      'Five-Year' is two terms\n"
"      --no-numbers         leave out tokens that are numbers\n"
"Report:\n"
"  -n, --top=N              at most N rows per group\n"
"  -m, --min-count=N        only terms counted at least N times\n"
"      --summary            per group: tokens, counted, types, ttr, hapaxes, docs\n"
"      --tfidf              add tfidf = count * ln(documents / docs with the term)\n"
"      --reference=FILE     keyness against a termfreq output of a reference corpus\n"
"      --target=VALUE       keyness of the --by group VALUE against the others\n"
"      --bars[=WIDTH]       add a bar column drawing each count (default 40 cells)\n"
"Scale:\n"
"      --partial            write counts that --merge can finish (map)\n"
"      --merge              read --partial outputs, write the report (reduce)\n"
"  -j, --threads=N          count with N threads (default: the CPUs, at most 8;\n"
"                           1: no threads); the output is the same\n"
"\n";

enum {
	OPT_SUMMARY = BK_OPT_FIRST_OWN, OPT_TFIDF, OPT_REFERENCE, OPT_TARGET, OPT_ONLY,
	OPT_STEM, OPT_KEEP_CASE, OPT_SPLIT_HYPHENS, OPT_NO_NUMBERS, OPT_PARTIAL, OPT_MERGE,
	OPT_BARS
};

static const struct option longopts[] = {
	{ "by", required_argument, NULL, 'b' },
	{ "top", required_argument, NULL, 'n' },
	{ "min-count", required_argument, NULL, 'm' },
	{ "stopwords", optional_argument, NULL, 's' },
	{ "summary", no_argument, NULL, OPT_SUMMARY },
	{ "tfidf", no_argument, NULL, OPT_TFIDF },
	{ "reference", required_argument, NULL, OPT_REFERENCE },
	{ "target", required_argument, NULL, OPT_TARGET },
	{ "only", required_argument, NULL, OPT_ONLY },
	{ "stem", no_argument, NULL, OPT_STEM },
	{ "keep-case", no_argument, NULL, OPT_KEEP_CASE },
	{ "split-hyphens", no_argument, NULL, OPT_SPLIT_HYPHENS },
	{ "no-numbers", no_argument, NULL, OPT_NO_NUMBERS },
	{ "partial", no_argument, NULL, OPT_PARTIAL },
	{ "merge", no_argument, NULL, OPT_MERGE },
	{ "bars", optional_argument, NULL, OPT_BARS },
	{ "threads", required_argument, NULL, 'j' },
	BK_COMMON_LONGOPTS
};

struct counter {
	tf_model m;
	bk_norm *norm;
	bk_tokenizer tk;
	bk_hash *stop, *only;
	int no_numbers;
	char **by;
	size_t nby;
	long *bycol;             /* the by columns' indexes in the current input (-1: doc) */
	bk_buf gkey, term, fold;
	/* a counting thread: its queue, and the unit of its last record */
	tf_queue *q;
	bk_buf lastkey;
	size_t last_gn;
	uint32_t last_u;
	pthread_t thread;
} BK_LINE_ALIGNED;

/* The term id of a new spelling, or TF_DROP when a filter leaves it out. */
static uint32_t
term_of(struct counter *c, uint32_t u, const char *p, size_t n, const bk_token *t)
{
	if (c->no_numbers && t->kind == BK_TOK_NUMBER)
		return TF_DROP;
	if (c->stop) {
		bk_norm_fold(c->norm, p, n, t->ascii, &c->fold);
		if (bk_hash_find(c->stop, 0, c->fold.p, c->fold.len) != BK_HASH_NONE)
			return TF_DROP;
	}
	bk_norm_term(c->norm, p, n, t->ascii, t->kind, &c->term);
	if (c->term.len == 0)
		return TF_DROP; /* only ignorable characters */
	if (c->only && bk_hash_find(c->only, 0, c->term.p, c->term.len) == BK_HASH_NONE)
		return TF_DROP;
	return tf_term_id(&c->m, u, c->term.p, c->term.len);
}

/* A token whose spelling is new, or was not found in the hot index (see
 * count_tokens): the general table decides, and adds it when new. */
static __attribute__((noinline)) void
count_slow(struct counter *c, uint32_t u, const char *text, const bk_token *t)
{
	tf_model *m = &c->m;
	const char *p = text + t->start;
	size_t n = t->end - t->start;
	uint32_t sid = bk_hash_find(m->surf, u, p, n);
	if (sid == BK_HASH_NONE)
		sid = tf_surf_add(m, u, p, n, term_of(c, u, p, n, t));
	tf_count_surf(m, sid);
}

#define NO_SID UINT32_MAX

/* The id of spelling p[0..n) of unit u in the general table, or NO_SID;
 * w is bk_hash_pack(p, n).  (bk_hash_find, with the rest of the key
 * compared 8 bytes at a time inline rather than by a call to memcmp.) */
static inline uint32_t
find_long(const bk_hash *h, uint32_t u, const char *p, size_t n, uint64_t w)
{
	uint64_t hv = bk_hash_bytes_w(u, p, n, w);
	uint64_t lenns = (uint64_t)n << 32 | u;
	uint32_t tag = (uint32_t)(hv >> 32);
	for (size_t j = (size_t)hv & h->mask;; j = (j + 1) & h->mask) {
		bk_hash_slot sl = h->slot[j];
		if (sl.id == 0)
			return NO_SID;
		const bk_hash_entry *e = &h->ent[sl.id - 1];
		if (sl.tag == tag && e->w == w && e->lenns == lenns) {
			/* the last 8 bytes matched (w); compare the rest */
			const char *q = h->keys + e->off;
			size_t o = 0;
			for (; o + 8 < n; o += 8) {
				uint64_t x, y;
				memcpy(&x, p + o, 8);
				memcpy(&y, q + o, 8);
				if (x != y)
					break;
			}
			if (o + 8 >= n)
				return sl.id - 1;
		}
	}
}

/* The low n bytes of a word (n <= 8). */
static const uint64_t low_bytes[9] = {
	0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffULL, 0xffffffffffffULL,
	0xffffffffffffffULL, ~0ULL
};

/* Counts tokens v[0..k) (k <= 256) of unit u.  The hot loop, in two
 * passes so that the memory the tokens need is fetched for many tokens at
 * once rather than waited for token by token: (1) each spelling's slot in
 * the hot index (see tf_hot), prefetched; (2) its spelling id from that
 * slot (or, for a spelling longer than 16 bytes, from the general table)
 * and the count.  A spelling not found in (2) -- new, or added since (1)
 * by a token before it, or when the hot index has grown since (1) -- goes
 * through count_slow, which knows: the slots of (1) are hints, never
 * trusted for more. */
static void
count_tokens(struct counter *c, uint32_t u, const char *text, const char *end, const bk_token *v,
             size_t k)
{
	tf_model *m = &c->m;
	struct hint { uint64_t w1, w2; uint32_t j, key; } hint[256], *h;
	const uint32_t ukey = u << 5;
	tf_hot *hot = m->hot;
	const unsigned shift = m->hot_shift;
	const bk_token *t, *te = v + k;
	if (u < TF_HOT_UNITS && end - text >= 8) {
		const char *end8 = end - 8;
		for (t = v, h = hint; t < te; t++, h++) {
			const char *p = text + t->start;
			size_t n = t->end - t->start;
			uint64_t w1, w2 = 0;
			h->j = UINT32_MAX;
			if (n <= 8 && p <= end8) {
				memcpy(&w1, p, 8);
				w1 &= low_bytes[n];
			} else if (n > 8 && n <= TF_HOT_LEN) {
				memcpy(&w1, p, 8);
				memcpy(&w2, p + n - 8, 8);
			} else {
				continue;
			}
			uint32_t key = ukey | (uint32_t)n;
			size_t j = tf_hot_slot(w1, w2, key, shift);
			__builtin_prefetch(&hot[j]);
			h->w1 = w1;
			h->w2 = w2;
			h->j = (uint32_t)j;
			h->key = key;
		}
	} else {
		for (h = hint; h < hint + k; h++)
			h->j = UINT32_MAX; /* no hot index for this unit */
	}
	uint32_t mask = (uint32_t)(((size_t)1 << (64 - m->hot_shift)) - 1);
	tf_surf *surf = m->s;
	const uint32_t doc = m->cur_doc;
	/* stands for a spelling not found: no document is UINT32_MAX */
	tf_surf none = { 0, TF_DROP, UINT32_MAX };
	for (t = v, h = hint; t < te; t++, h++) {
		uint32_t j = h->j, id = NO_SID;
		if (j != UINT32_MAX) {
			tf_hot *e;
			for (;; j = (j + 1) & mask) {
				e = &hot[j];
				if ((e->w1 == h->w1 && e->w2 == h->w2 && e->key == h->key) || e->key == 0)
					break;
			}
			if (e->key != 0) {
				if (e->last_doc == doc) {
					if (++e->count == 0) /* the slot's count wrapped */
						m->s[e->sid].count += (uint64_t)1 << 32;
					continue;
				}
				/* the first in this document here: the tf_surf knows */
				e->last_doc = doc;
				tf_count_surf(m, e->sid);
				continue;
			}
		} else {
			const char *p = text + t->start;
			size_t n = t->end - t->start;
			uint64_t w = p + 8 <= end ? bk_hash_pack8(p, n) : bk_hash_pack(p, n);
			id = find_long(m->surf, u, p, n, w);
		}
		tf_surf *s = id != NO_SID ? &surf[id] : &none;
		if (s->last_doc == doc) {
			s->count++;
			continue;
		}
		if (id != NO_SID)
			tf_count_surf(m, id);
		else
			count_slow(c, u, text, t);
		/* the tables may have moved or grown */
		surf = m->s;
		hot = m->hot;
		mask = (uint32_t)(((size_t)1 << (64 - m->hot_shift)) - 1);
	}
}

/* Counts the tokens of one record. */
static void
count_record(struct counter *c, uint32_t u, const char *text, size_t len)
{
	bk_token v[256];
	size_t k;
	uint64_t ntok = 0;
	bk_tok_text(&c->tk, text, len);
	while ((k = bk_tok_batch(&c->tk, v, sizeof v / sizeof v[0])) > 0) {
		count_tokens(c, u, text, text + len, v, k);
		ntok += k;
	}
	c->m.u_tokens[u] += ntok;
}

/* Finds the --by columns in a new input; -1 with a message when one is missing. */
static int
by_columns(struct counter *c, bk_input *in, char *err, size_t errlen)
{
	for (size_t i = 0; i < c->nby; i++) {
		long k = bk_input_col(in, c->by[i]);
		if (k < 0 && strcmp(c->by[i], "doc") != 0) {
			if (bk_input_is_tsv(in))
				snprintf(err, errlen, "%s: no column '%s' to group by (--by)",
				         bk_input_path(in), c->by[i]);
			else
				snprintf(err, errlen, "%s: no column '%s' to group by: a raw text has only "
				         "'doc' (pipe it through speakers for 'speaker')",
				         bk_input_path(in), c->by[i]);
			return -1;
		}
		c->bycol[i] = k;
	}
	return 0;
}

/* The record's --by values, TAB-joined, into c->gkey. */
static void
group_key(struct counter *c, const bk_record *rec)
{
	bk_buf *g = &c->gkey;
	g->len = 0;
	bk_buf_reserve(g, 0);
	for (size_t i = 0; i < c->nby; i++) {
		if (i)
			bk_buf_addc(g, '\t');
		long k = c->bycol[i];
		if (k < 0)
			bk_buf_add(g, rec->doc, rec->doc_len);
		else
			bk_buf_add(g, rec->field[k], rec->field_len[k]);
	}
}

static uint32_t
record_unit(struct counter *c, const bk_record *rec)
{
	group_key(c, rec);
	return tf_unit(&c->m, c->gkey.p, c->gkey.len, rec->doc, rec->doc_len);
}

/* ---- counting with threads ----
 * The main thread reads and validates the inputs and copies their records,
 * in batches, into a bounded queue; each of the other counting threads takes
 * batches and counts them into a model of its own (no locks while
 * counting).  When no batch is free (the others are busy) the main thread
 * counts the record itself, into the main model, without a copy: the work
 * balances itself.  At the end the models are added up by tf_model_absorb,
 * which keeps what --merge keeps (spelling counts, distinct documents), so
 * the output does not depend on which thread counted what. */

/* Counts the batches of the queue into w's model until it is closed and
 * empty. */
static void
count_batches(struct counter *w)
{
	tf_batch *b;
	int have = 0;
	while ((b = tf_queue_take(w->q)) != NULL) {
		size_t pos = 0;
		tf_brec r;
		while (tf_batch_next(b, &pos, &r)) {
			/* records of one document and group come in runs: intern once a run */
			if (!have || r.gn != w->last_gn || r.gn + r.dn != w->lastkey.len ||
			    memcmp(w->lastkey.p, r.gkey, r.gn) != 0 ||
			    memcmp(w->lastkey.p + r.gn, r.doc, r.dn) != 0) {
				w->last_u = tf_unit(&w->m, r.gkey, r.gn, r.doc, r.dn);
				w->lastkey.len = 0;
				bk_buf_add(&w->lastkey, r.gkey, r.gn);
				bk_buf_add(&w->lastkey, r.doc, r.dn);
				w->last_gn = r.gn;
				have = 1;
			}
			count_record(w, w->last_u, r.text, r.len);
		}
		tf_queue_give_back(w->q, b);
	}
}

static void *
count_thread(void *arg)
{
	struct counter *w = arg;
	count_batches(w);
	tf_model_flush(&w->m);
	return NULL;
}

/* Counts every input into c->m with nthreads counting threads; the inputs'
 * status. */
static int
count_threaded(struct counter *c, bk_inputs *inputs, int nthreads, int keep_case, int stem,
               int split_hyphens)
{
	struct counter *w = bk_xcalloc_lines((size_t)nthreads, sizeof *w);
	nthreads--; /* the main thread is one of them */
	tf_queue *q = tf_queue_new(2 * (size_t)nthreads);
	bk_tokopts to = { split_hyphens, 0 };
	for (int i = 0; i < nthreads; i++) {
		w[i].norm = bk_norm_new(keep_case, stem);
		w[i].stop = c->stop;
		w[i].only = c->only;
		w[i].no_numbers = c->no_numbers;
		w[i].q = q;
		tf_model_init(&w[i].m, c->m.partial, c->m.want_df);
		bk_tok_init(&w[i].tk, &to);
		int e = pthread_create(&w[i].thread, NULL, count_thread, &w[i]);
		if (e != 0)
			bk_die(1, "cannot start a counting thread: %s", strerror(e));
	}

	bk_input *in;
	bk_record rec;
	bk_buf doc = { 0 };
	tf_batch *b = NULL;
	char err[1024];
	uint32_t u = 0;
	int have_unit = 0;
	while ((in = bk_inputs_next(inputs)) != NULL) {
		if (by_columns(c, in, err, sizeof err) < 0) {
			bk_inputs_fail(inputs, err);
			continue;
		}
		while (bk_input_next(in, &rec) > 0) {
			if (rec.new_doc || rec.field != NULL) {
				group_key(c, &rec);
				doc.len = 0;
				bk_buf_add(&doc, rec.doc, rec.doc_len);
				have_unit = 0;
			}
			if (b == NULL && (b = tf_queue_try_get_free(q)) == NULL) {
				if (!have_unit) {
					u = tf_unit(&c->m, c->gkey.p, c->gkey.len, doc.p, doc.len);
					have_unit = 1;
				}
				count_record(c, u, rec.text, rec.len);
				continue;
			}
			tf_batch_add(b, c->gkey.p, c->gkey.len, doc.p, doc.len, rec.text, rec.len);
			if (b->data.len >= TF_BATCH_TARGET) {
				tf_queue_put(q, b);
				b = NULL;
			}
		}
	}
	int status = bk_inputs_end(inputs);
	if (b != NULL)
		tf_queue_put(q, b);
	tf_queue_close(q);
	/* the batches still queued: the main thread counts some of them too,
	 * rather than wait for the others to finish them all */
	c->q = q;
	count_batches(c);
	tf_model_flush(&c->m);
	for (int i = 0; i < nthreads; i++) {
		int e = pthread_join(w[i].thread, NULL);
		if (e != 0)
			bk_die(1, "a counting thread failed: %s", strerror(e));
	}
	for (int i = 0; i < nthreads; i++) {
		tf_model_absorb(&c->m, &w[i].m);
		tf_model_free(&w[i].m);
		bk_norm_free(w[i].norm);
		bk_tok_free(&w[i].tk);
		bk_buf_free(&w[i].term);
		bk_buf_free(&w[i].fold);
		bk_buf_free(&w[i].lastkey);
	}
	bk_buf_free(&doc);
	tf_queue_free(q);
	free(w);
	return status;
}

/* -j's default: the CPUs online, at most 8 (past that the reading thread
 * is the bottleneck and each thread's tables cost memory). */
static int
default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

static size_t
split_by(const char *arg, char ***out)
{
	size_t n = 1, k = 0;
	for (const char *p = arg; *p; p++)
		n += *p == ',';
	char **v = bk_xcalloc(n + 1, sizeof *v);
	const char *p = arg;
	for (;;) {
		size_t l = strcspn(p, ",");
		if (l == 0)
			bk_usage_error("--by: empty column name in '%s'", arg);
		v[k++] = bk_xmemdup(p, l);
		if (p[l] == '\0')
			break;
		p += l + 1;
	}
	*out = v;
	return k;
}

int
main(int argc, char **argv)
{
	struct counter c;
	tf_report_opts ro;
	bk_common common;
	int ch, stem = 0, keep_case = 0, split_hyphens = 0, partial = 0, merge = 0, stop = 0;
	int counting_opt = 0, report_opt = 0, nthreads = 0;
	const char *stop_file = NULL, *only_file = NULL, *reference = NULL;
	char err[1024];

	memset(&c, 0, sizeof c);
	memset(&ro, 0, sizeof ro);
	bk_prog_start(argc, argv);
	bk_common_init(&common);
	common.in.chunking = BK_CHUNK_LINE; /* tokens never span lines */
	while ((ch = getopt_long(argc, argv, "b:j:n:m:s::" BK_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		switch (ch) {
		case 'b':
			c.nby = split_by(optarg, &c.by);
			counting_opt = 'b';
			break;
		case 'j':
			nthreads = (int)bk_opt_int("--threads", optarg, 1, 256);
			break;
		case 'n':
			ro.top = bk_opt_int("--top", optarg, 1, 1000000000000LL);
			report_opt = 'n';
			break;
		case 'm':
			ro.min_count = bk_opt_int("--min-count", optarg, 0, 1000000000000000LL);
			report_opt = 'm';
			break;
		case 's':
			stop = 1;
			stop_file = optarg;
			counting_opt = 's';
			break;
		case OPT_SUMMARY:
			ro.summary = 1;
			report_opt = ch;
			break;
		case OPT_TFIDF:
			ro.tfidf = 1;
			report_opt = ch;
			break;
		case OPT_BARS:
			ro.bars = optarg ? (int)bk_opt_int("--bars", optarg, 1, 1000) : 40;
			report_opt = ch;
			break;
		case OPT_REFERENCE:
			reference = optarg;
			report_opt = ch;
			break;
		case OPT_TARGET:
			ro.target = optarg;
			report_opt = ch;
			break;
		case OPT_ONLY:
			only_file = optarg;
			counting_opt = ch;
			break;
		case OPT_STEM:
			stem = 1;
			counting_opt = ch;
			break;
		case OPT_KEEP_CASE:
			keep_case = 1;
			counting_opt = ch;
			break;
		case OPT_SPLIT_HYPHENS:
			split_hyphens = 1;
			counting_opt = ch;
			break;
		case OPT_NO_NUMBERS:
			c.no_numbers = 1;
			counting_opt = ch;
			break;
		case OPT_PARTIAL:
			partial = 1;
			break;
		case OPT_MERGE:
			merge = 1;
			break;
		default:
			bk_common_option(&common, ch, optarg, usage);
		}
	}
	if (partial && report_opt)
		bk_usage_error("--partial writes counts only; give report options (--top, "
		               "--min-count, --summary, --tfidf, --reference, --target) to --merge");
	if (partial && common.no_header)
		bk_usage_error("--partial always writes its header (--merge needs it)");
	if (merge && counting_opt)
		bk_usage_error("--merge takes the counting options (--by, --stopwords, --only, "
		               "--stem, --keep-case, --split-hyphens, --no-numbers) from the "
		               "partials; give them to --partial");
	if (ro.target && reference)
		bk_usage_error("--target and --reference are two kinds of keyness: give one");
	if (ro.target && !merge && c.nby != 1)
		bk_usage_error("--target VALUE needs --by with one column");
	if (ro.tfidf && (ro.target || reference || ro.summary))
		bk_usage_error("--tfidf goes with neither --summary nor keyness");
	if (ro.summary && (ro.target || reference))
		bk_usage_error("--summary goes with no keyness option");

	tf_ref ref;
	if (reference) {
		if (tf_ref_load(&ref, reference, err, sizeof err) < 0)
			bk_die(1, "--reference: %s", err);
		ro.ref = &ref;
	}
	bk_out_init(common.line_buffered);
	tf_model_init(&c.m, partial, ro.tfidf);
	int status = 0;

	if (merge) {
		char *opts = NULL, *header = NULL;
		int n = argc - optind;
		for (int i = 0; i < (n ? n : 1); i++) {
			const char *path = n ? argv[optind + i] : "-";
			/* a report without one of its parts would be wrong, quietly: stop */
			if (tf_merge_file(&c.m, path, &opts, &header, err, sizeof err) < 0)
				bk_die(1, "%s", err);
		}
		if (header == NULL || opts == NULL)
			bk_die(1, "--merge: no partial found in the input (no header or no 'opts' row)");
		if (header)
			c.nby = tf_partial_by(header, &c.by);
		if (ro.target && c.nby != 1)
			bk_die(2, "--target VALUE needs partials counted --by one column");
		if (partial)
			tf_write_partial(&c.m, c.by, c.nby, opts ? opts : "");
		free(opts);
		free(header);
	} else {
		c.norm = bk_norm_new(keep_case, stem);
		if (stop && stop_file == NULL)
			c.stop = bk_stoplist_builtin(c.norm);
		else if (stop && (c.stop = bk_wordlist_load(c.norm, stop_file, 0, err, sizeof err)) == NULL)
			bk_die(2, "--stopwords: %s", err);
		if (only_file && (c.only = bk_wordlist_load(c.norm, only_file, 1, err, sizeof err)) == NULL)
			bk_die(2, "--only: %s", err);
		bk_tokopts to = { split_hyphens, 0 };
		bk_tok_init(&c.tk, &to);
		c.bycol = bk_xcalloc(c.nby + 1, sizeof *c.bycol);

		bk_inputs *inputs = bk_inputs_start(argc - optind, argv + optind, &common);
		bk_input *in;
		bk_record rec;
		if (nthreads == 0)
			nthreads = default_threads();
		if (nthreads > 1)
			status = count_threaded(&c, inputs, nthreads, keep_case, stem, split_hyphens);
		else
		while ((in = bk_inputs_next(inputs)) != NULL) {
			if (by_columns(&c, in, err, sizeof err) < 0) {
				bk_inputs_fail(inputs, err);
				continue;
			}
			uint32_t u = 0;
			while (bk_input_next(in, &rec) > 0) {
				/* raw text: one document, one unit; TSV: per row */
				if (rec.new_doc || rec.field != NULL)
					u = record_unit(&c, &rec);
				count_record(&c, u, rec.text, rec.len);
			}
		}
		if (nthreads <= 1) {
			status = bk_inputs_end(inputs);
			tf_model_flush(&c.m);
		}
		if (partial) {
			char opts[256];
			char stopd[40] = "none", onlyd[40] = "none";
			if (c.stop && stop_file)
				snprintf(stopd, sizeof stopd, "%016llx",
				         (unsigned long long)bk_wordlist_digest(c.stop));
			else if (c.stop)
				strcpy(stopd, "builtin");
			if (c.only)
				snprintf(onlyd, sizeof onlyd, "%016llx",
				         (unsigned long long)bk_wordlist_digest(c.only));
			snprintf(opts, sizeof opts,
			         "termfreq-partial 1; keep-case=%d; stem=%d; split-hyphens=%d; "
			         "numbers=%d; stopwords=%s; only=%s",
			         keep_case, stem, split_hyphens, !c.no_numbers, stopd, onlyd);
			tf_write_partial(&c.m, c.by, c.nby, opts);
		}
	}
	if (!partial) {
		ro.by = c.by;
		ro.nby = c.nby;
		ro.no_header = common.no_header;
		if (tf_report(&c.m, &ro, err, sizeof err) < 0) {
			bk_warn("%s", err);
			status = 1;
		}
	}

	tf_model_free(&c.m);
	bk_norm_free(c.norm);
	bk_tok_free(&c.tk);
	bk_hash_free(c.stop);
	bk_hash_free(c.only);
	if (reference)
		tf_ref_free(&ref);
	for (size_t i = 0; i < c.nby; i++)
		free(c.by[i]);
	free(c.by);
	free(c.bycol);
	bk_buf_free(&c.gkey);
	bk_buf_free(&c.lastkey);
	bk_buf_free(&c.term);
	bk_buf_free(&c.fold);
	return status | bk_out_finish();
}
