/* tf_report.c - from counts to rows: sorting, ranks, rates, keyness.
 *
 * Formulas (man/termfreq.1 says the same):
 *   per10k    = 10000 * count / tokens of the group (every token, before filters)
 *   tfidf     = count * ln(N / df); N = documents in the input, df = documents
 *               holding the term (in any group)
 *   g2        = 2 * (a ln(a/E1) + b ln(b/E2)), E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
 *               negative when a/c < b/d (Dunning's log-likelihood, signed)
 *   log_ratio = log2((a/c) / (b/d)), a zero a or b counted as 0.5 (Hardie)
 * with a = count, b = ref_count, c = counted tokens of the group, d = counted
 * tokens of the reference (the sum of its counts). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "msort.h"
#include "out.h"
#include "bar.h"
#include "tf_report.h"

struct row {
	uint64_t key;        /* group's place, then count descending: one compare */
	uint64_t pre;        /* the term's first 8 bytes, big-endian: most ties in one compare */
	const char *tp;      /* the term */
	size_t tn;
	uint32_t gid;
	uint32_t tid;        /* UINT32_MAX: a reference-only term */
	uint32_t rid;        /* reference term, or UINT32_MAX */
	uint64_t count, ref;
	uint32_t rank;
	double score;        /* what rows sort by after the group (count, tfidf or g2) */
};

static const tf_model *S;
static uint32_t *grank;   /* group id -> its place in byte order */

static int
gid_cmp(const void *x, const void *y)
{
	return bk_hash_keycmp(S->groups, *(const uint32_t *)x, *(const uint32_t *)y);
}

static int
term_cmp(const struct row *a, const struct row *b)
{
	return bk_bytes_cmp(a->tp, a->tn, b->tp, b->tn);
}

/* The first 8 bytes of p[0..n) as a big-endian number, zeros after the
 * end: compares as memcmp and then length would. */
static uint64_t
prefix8(const char *p, size_t n)
{
	uint64_t v = 0;
	for (size_t i = 0; i < 8; i++)
		v = v << 8 | (i < n ? (unsigned char)p[i] : 0);
	return v;
}

#define COUNT_BITS 40
static uint64_t
count_key(uint32_t grank_of_group, uint64_t count)
{
	const uint64_t max = ((uint64_t)1 << COUNT_BITS) - 1;
	return ((uint64_t)grank_of_group << COUNT_BITS) | (max - (count < max ? count : max));
}

/* A row's sort keys, with its place: what sort_by_count moves around. */
struct sortkey {
	uint64_t key, pre;
	const struct row *r;
};

static inline int
key_before(const struct sortkey *a, const struct sortkey *b)
{
	if (a->key != b->key)
		return a->key < b->key;
	if (a->pre != b->pre)
		return a->pre < b->pre;
	return term_cmp(a->r, b->r) < 0;
}

BK_DEFINE_MSORT(sort_keys, struct sortkey, key_before)

/* rows (freed) by group, count descending, then term, in a new array: the
 * sort moves small keys, its compares inline (qsort moves the wide rows, or
 * pointers to them, through a call per compare; a report sorts a row per
 * term). */
static struct row *
sort_by_count(struct row *rows, size_t n)
{
	if (n < 2)
		return rows;
	struct sortkey *a = bk_xmalloc(n * sizeof *a);
	for (size_t i = 0; i < n; i++)
		a[i] = (struct sortkey){ rows[i].key, rows[i].pre, &rows[i] };
	sort_keys(a, n);
	struct row *sorted = bk_xmalloc(n * sizeof *sorted);
	for (size_t i = 0; i < n; i++)
		sorted[i] = *a[i].r;
	free(rows);
	free(a);
	return sorted;
}

static int
by_score(const void *x, const void *y)
{
	const struct row *a = x, *b = y;
	if (a->gid != b->gid)
		return grank[a->gid] < grank[b->gid] ? -1 : 1;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->pre != b->pre)
		return a->pre < b->pre ? -1 : 1;
	return term_cmp(a, b);
}

static double
xlnx(double a, double e)
{
	return a > 0 ? a * log(a / e) : 0;
}

static void
keyness(double a, double b, double c, double d, double *g2, double *lr)
{
	if (c <= 0 || d <= 0) {
		/* nothing to compare: no score (0 keeps the order by term) */
		*g2 = 0;
		*lr = NAN;
		return;
	}
	double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
	double g = 2 * (xlnx(a, e1) + xlnx(b, e2));
	if (a / c < b / d)
		g = -g;
	*g2 = g == 0 ? 0 : g; /* no "-0.0000" */
	*lr = log2(((a > 0 ? a : 0.5) / c) / ((b > 0 ? b : 0.5) / d));
}

static void
out_key(const bk_hash *h, uint32_t id, int escape)
{
	size_t n;
	const char *p = bk_hash_key(h, id, &n);
	if (escape)
		bk_out_field(p, n);
	else
		bk_out_write(p, n);
}

static void
header(const tf_report_opts *o, const char *own)
{
	if (o->no_header)
		return;
	for (size_t i = 0; i < o->nby; i++) {
		bk_out_field(o->by[i], strlen(o->by[i]));
		bk_out_tab();
	}
	bk_out_str(own);
	bk_out_endrow();
}

static void
summary(tf_model *m, const tf_report_opts *o, const uint32_t *order, size_t ng,
        const uint64_t *counted)
{
	size_t nt = bk_hash_count(m->terms);
	uint64_t *types = bk_xcalloc(ng + 1, sizeof *types), *hapax = bk_xcalloc(ng + 1, sizeof *hapax);
	uint32_t *ndocs = bk_xcalloc(ng + 1, sizeof *ndocs);
	for (uint32_t t = 0; t < nt; t++) {
		uint32_t g = bk_hash_ns(m->terms, t);
		if (m->t[t].count == 0)
			continue;
		types[g]++;
		hapax[g] += m->t[t].count == 1;
	}
	for (uint32_t i = 0; i < bk_hash_count(m->gdocs); i++)
		ndocs[bk_hash_ns(m->gdocs, i)]++;
	header(o, "tokens\tcounted\ttypes\tttr\thapaxes\tdocs");
	for (size_t i = 0; i < ng; i++) {
		uint32_t g = order[i];
		if (o->nby) {
			out_key(m->groups, g, 0);
			bk_out_tab();
		}
		bk_out_u64(m->u_tokens[g]);
		bk_out_tab();
		bk_out_u64(counted[g]);
		bk_out_tab();
		bk_out_u64(types[g]);
		bk_out_tab();
		bk_out_fixed4(counted[g] ? (double)types[g] / (double)counted[g] : 0);
		bk_out_tab();
		bk_out_u64(hapax[g]);
		bk_out_tab();
		bk_out_u64(ndocs[g]);
		bk_out_endrow();
	}
	free(types);
	free(hapax);
	free(ndocs);
}

int
tf_report(tf_model *m, const tf_report_opts *o, char *err, size_t errlen)
{
	size_t ng = bk_hash_count(m->groups), nt = bk_hash_count(m->terms);
	size_t ns = bk_hash_count(m->surf);
	uint64_t *counted = bk_xcalloc(ng + 1, sizeof *counted);
	uint64_t *bestform = bk_xcalloc(nt + 1, sizeof *bestform);
	S = m;

	/* spellings into terms: counts, and the most frequent spelling (ties:
	 * the first in byte order) */
	for (uint32_t s = 0; s < ns; s++) {
		uint32_t t = m->s[s].tid;
		if (t == TF_DROP)
			continue;
		uint64_t c = m->s[s].count;
		m->t[t].count += c;
		counted[bk_hash_ns(m->terms, t)] += c;
		if (m->t[t].form == UINT32_MAX || c > bestform[t] ||
		    (c == bestform[t] && bk_hash_keycmp(m->surf, s, m->t[t].form) < 0)) {
			m->t[t].form = s;
			bestform[t] = c;
		}
	}
	free(bestform);

	uint32_t *order = bk_xmalloc((ng + 1) * sizeof *order);
	grank = bk_xmalloc((ng + 1) * sizeof *grank);
	for (uint32_t g = 0; g < ng; g++)
		order[g] = g;
	qsort(order, ng, sizeof *order, gid_cmp);
	for (uint32_t i = 0; i < ng; i++)
		grank[order[i]] = i;

	if (o->summary) {
		summary(m, o, order, ng, counted);
		goto done;
	}

	/* keyness: which group(s) are compared, and against what */
	uint32_t target = UINT32_MAX;
	bk_hash *others = NULL;        /* --target: the other groups' terms */
	uint64_t *ocount = NULL, ototal = 0;
	if (o->target) {
		char *esc = bk_xmalloc(2 * strlen(o->target) + 1);
		size_t en = bk_tsv_escape(esc, o->target, strlen(o->target));
		target = bk_hash_find(m->groups, 0, esc, en);
		free(esc);
		if (target == BK_HASH_NONE) {
			snprintf(err, errlen, "--target '%s': no record has that %s", o->target, o->by[0]);
			free(order);
			free(grank);
			free(counted);
			return -1;
		}
		others = bk_hash_new();
		ocount = bk_xcalloc(nt + 1, sizeof *ocount);
		for (uint32_t t = 0; t < nt; t++) {
			if (bk_hash_ns(m->terms, t) == target || m->t[t].count == 0)
				continue;
			size_t n;
			const char *k = bk_hash_key(m->terms, t, &n);
			uint32_t id = bk_hash_intern(others, 0, k, n, NULL);
			ocount[id] += m->t[t].count;
		}
		for (uint32_t g = 0; g < ng; g++)
			if (g != target)
				ototal += counted[g];
	}
	const bk_hash *rterms = o->ref ? o->ref->terms : others;
	const uint64_t *rcount = o->ref ? o->ref->count : ocount;
	uint64_t rtotal = o->ref ? o->ref->total : ototal;
	int kn = rterms != NULL;

	/* rows: every counted term, plus (keyness) the reference's other terms */
	size_t nrows = 0, cap = nt + 1;
	struct row *rows = bk_xmalloc(cap * sizeof *rows);
	for (uint32_t t = 0; t < nt; t++) {
		uint32_t g = bk_hash_ns(m->terms, t);
		if (m->t[t].count == 0 || (target != UINT32_MAX && g != target))
			continue;
		struct row r = { count_key(grank[g], m->t[t].count), 0, NULL, 0, g, t, UINT32_MAX,
		                 m->t[t].count, 0, 0, 0 };
		r.tp = bk_hash_key(m->terms, t, &r.tn);
		r.pre = prefix8(r.tp, r.tn);
		if (kn) {
			size_t n;
			const char *k = bk_hash_key(m->terms, t, &n);
			r.rid = bk_hash_find(rterms, 0, k, n);
			r.ref = r.rid == BK_HASH_NONE ? 0 : rcount[r.rid];
		}
		rows[nrows++] = r;
	}
	if (kn) {
		for (uint32_t g = 0; g < ng; g++) {
			if (target != UINT32_MAX && g != target)
				continue;
			for (uint32_t i = 0; i < bk_hash_count(rterms); i++) {
				size_t n;
				const char *k = bk_hash_key(rterms, i, &n);
				if (rcount[i] == 0 || bk_hash_find(m->terms, g, k, n) != BK_HASH_NONE)
					continue;
				if (nrows == cap) {
					cap *= 2;
					rows = bk_xrealloc(rows, cap * sizeof *rows);
				}
				rows[nrows++] = (struct row){ count_key(grank[g], 0), prefix8(k, n), k, n, g,
				                              UINT32_MAX, i, 0, rcount[i], 0, 0 };
			}
		}
	}

	/* ranks: by count within the group; ties share the lowest (1, 2, 2, 4) */
	rows = sort_by_count(rows, nrows);
	for (size_t i = 0, first = 0; i < nrows; i++) {
		if (i == 0 || rows[i].gid != rows[i - 1].gid)
			first = i;
		if (i > first && rows[i].count == rows[i - 1].count)
			rows[i].rank = rows[i - 1].rank;
		else
			rows[i].rank = (uint32_t)(i - first + 1);
	}

	double ndocs = (double)bk_hash_count(m->docs);
	if (o->tfidf || kn) {
		for (size_t i = 0; i < nrows; i++) {
			struct row *r = &rows[i];
			if (o->tfidf) {
				double df = m->t[r->tid].gterm != UINT32_MAX ? m->gt_df[m->t[r->tid].gterm] : 1;
				r->score = (double)r->count * log(ndocs / df);
			} else {
				double lr;
				keyness((double)r->count, (double)r->ref, (double)counted[r->gid],
				        (double)rtotal, &r->score, &lr);
			}
		}
		qsort(rows, nrows, sizeof *rows, by_score);
	}

	header(o, o->tfidf ? (o->bars ? "term\tcount\tper10k\tdocs\trank\tform\ttfidf\tbar" :
	                                 "term\tcount\tper10k\tdocs\trank\tform\ttfidf") :
	          kn ? (o->bars ? "term\tcount\tper10k\tdocs\trank\tform\tref_count\tg2\tlog_ratio\tbar" :
	                          "term\tcount\tper10k\tdocs\trank\tform\tref_count\tg2\tlog_ratio") :
	          o->bars ? "term\tcount\tper10k\tdocs\trank\tform\tbar" :
	          "term\tcount\tper10k\tdocs\trank\tform");
	long long in_group = 0;
	/* --bars: scaled to the largest count among the rows written */
	uint64_t bar_max = 0;
	for (size_t i = 0; o->bars && i < nrows; i++) {
		if (i == 0 || rows[i].gid != rows[i - 1].gid)
			in_group = 0;
		if (rows[i].count < (uint64_t)o->min_count || (o->top && in_group >= o->top))
			continue;
		in_group++;
		if (rows[i].count > bar_max)
			bar_max = rows[i].count;
	}
	in_group = 0;
	for (size_t i = 0; i < nrows; i++) {
		const struct row *r = &rows[i];
		if (i == 0 || r->gid != rows[i - 1].gid)
			in_group = 0;
		if (r->count < (uint64_t)o->min_count)
			continue;
		if (o->top && in_group >= o->top)
			continue;
		in_group++;
		if (o->nby) {
			out_key(m->groups, r->gid, 0);
			bk_out_tab();
		}
		const char *tp = r->tp;
		size_t tn = r->tn;
		bk_out_field(tp, tn);
		bk_out_tab();
		bk_out_u64(r->count);
		bk_out_tab();
		uint64_t gt = m->u_tokens[r->gid];
		bk_out_fixed4(gt ? 10000.0 * (double)r->count / (double)gt : 0);
		bk_out_tab();
		bk_out_u64(r->tid != UINT32_MAX ? m->t[r->tid].docs : 0);
		bk_out_tab();
		bk_out_u64(r->rank);
		bk_out_tab();
		if (r->tid != UINT32_MAX)
			out_key(m->surf, m->t[r->tid].form, 1);
		else if (o->ref && o->ref->form[r->rid] != UINT32_MAX)
			out_key(o->ref->forms, o->ref->form[r->rid], 1);
		else
			bk_out_field(tp, tn);
		if (o->tfidf) {
			bk_out_tab();
			bk_out_fixed4(r->score);
		} else if (kn) {
			double g2, lr;
			keyness((double)r->count, (double)r->ref, (double)counted[r->gid], (double)rtotal,
			        &g2, &lr);
			bk_out_tab();
			bk_out_u64(r->ref);
			bk_out_tab();
			bk_out_fixed4(g2);
			bk_out_tab();
			bk_out_fixed4(lr);
		}
		if (o->bars) {
			bk_out_tab();
			bk_out_bar((double)r->count, (double)bar_max, o->bars);
		}
		bk_out_endrow();
	}
	free(rows);
	bk_hash_free(others);
	free(ocount);
done:
	free(order);
	free(grank);
	free(counted);
	return 0;
}
