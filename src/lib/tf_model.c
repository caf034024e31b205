/* tf_model.c - termfreq's counts (see tf_model.h). */
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "tf_model.h"

void
tf_model_init(tf_model *m, int partial, int want_df)
{
	memset(m, 0, sizeof *m);
	m->partial = partial;
	m->want_df = want_df;
	m->groups = bk_hash_new();
	m->docs = bk_hash_new();
	m->units = bk_hash_new();
	m->gdocs = bk_hash_new();
	/* a vocabulary of some tens of thousands is the common case: start
	 * there rather than grow to it (the pages are not touched until used) */
	m->surf = bk_hash_new_sized(32768);
	m->terms = bk_hash_new_sized(32768);
	m->tdocs = bk_hash_new_sized(32768);
	m->gterms = bk_hash_new();
	m->gtdocs = bk_hash_new();
	m->cur_doc = UINT32_MAX;
	m->hot_shift = 64 - 15; /* room for 16k short spellings before it grows */
	m->hot = bk_xcalloc((size_t)1 << (64 - m->hot_shift), sizeof *m->hot);
}

void
tf_model_free(tf_model *m)
{
	bk_hash_free(m->groups);
	bk_hash_free(m->docs);
	bk_hash_free(m->units);
	bk_hash_free(m->gdocs);
	bk_hash_free(m->surf);
	bk_hash_free(m->terms);
	bk_hash_free(m->tdocs);
	bk_hash_free(m->gterms);
	bk_hash_free(m->gtdocs);
	free(m->u_group);
	free(m->u_doc);
	free(m->u_tokens);
	free(m->s);
	free(m->t);
	free(m->gt_df);
	free(m->gt_last);
	free(m->hot);
}

/* Grows an array to hold index i (doubling). */
static void *
room(void *p, size_t *cap, size_t i, size_t size)
{
	if (i < *cap)
		return p;
	size_t c = *cap ? *cap : 256;
	while (c <= i)
		c *= 2;
	p = bk_xrealloc(p, c * size);
	memset((char *)p + *cap * size, 0, (c - *cap) * size);
	*cap = c;
	return p;
}

uint32_t
tf_unit(tf_model *m, const char *gkey, size_t gn, const char *doc, size_t dn)
{
	uint32_t g = bk_hash_intern(m->groups, 0, gkey, gn, NULL);
	uint32_t d = bk_hash_intern(m->docs, 0, doc, dn, NULL);
	bk_hash_intern(m->gdocs, g, (const char *)&d, sizeof d, NULL);
	m->cur_doc = d;
	uint32_t u = g;
	if (m->partial)
		u = bk_hash_intern(m->units, g, (const char *)&d, sizeof d, NULL);
	if (u >= m->u_cap) {
		size_t cap = m->u_cap;
		m->u_group = room(m->u_group, &cap, u, sizeof *m->u_group);
		cap = m->u_cap;
		m->u_doc = room(m->u_doc, &cap, u, sizeof *m->u_doc);
		m->u_tokens = room(m->u_tokens, &m->u_cap, u, sizeof *m->u_tokens);
	}
	m->u_group[u] = g;
	m->u_doc[u] = d;
	return u;
}

uint32_t
tf_term_id(tf_model *m, uint32_t u, const char *term, size_t n)
{
	int fresh;
	uint32_t id = bk_hash_intern(m->terms, u, term, n, &fresh);
	if (!fresh)
		return id;
	m->t = room(m->t, &m->t_cap, id, sizeof *m->t);
	tf_term *t = &m->t[id];
	t->last_doc = UINT32_MAX;
	t->form = UINT32_MAX;
	t->gterm = UINT32_MAX;
	if (m->want_df) {
		uint32_t g = bk_hash_intern(m->gterms, 0, term, n, &fresh);
		if (fresh) {
			size_t cap = m->gt_cap;
			m->gt_df = room(m->gt_df, &cap, g, sizeof *m->gt_df);
			m->gt_last = room(m->gt_last, &m->gt_cap, g, sizeof *m->gt_last);
			m->gt_last[g] = UINT32_MAX;
		}
		t->gterm = g;
	}
	return id;
}

static void
hot_put(tf_hot *hot, size_t mask, unsigned shift, const tf_hot *e)
{
	size_t j = tf_hot_slot(e->w1, e->w2, e->key, shift);
	while (hot[j].key != 0)
		j = (j + 1) & mask;
	hot[j] = *e;
}

/* Indexes the new spelling sid in the hot table (see tf_hot). */
static void
hot_add(tf_model *m, uint32_t u, const char *p, size_t n, uint32_t sid)
{
	size_t size = (size_t)1 << (64 - m->hot_shift);
	if (n > TF_HOT_LEN || u >= TF_HOT_UNITS || m->hot_n + 1 >= TF_HOT_MAX / 2)
		return; /* (only a hint: the general table has it) */
	if (2 * (m->hot_n + 1) > size) {
		/* at most half full: short probes */
		unsigned shift = m->hot_shift - 1;
		tf_hot *h = bk_xcalloc(2 * size, sizeof *h);
		for (size_t i = 0; i < size; i++)
			if (m->hot[i].key != 0)
				hot_put(h, 2 * size - 1, shift, &m->hot[i]);
		free(m->hot);
		m->hot = h;
		m->hot_shift = shift;
		size *= 2;
	}
	tf_hot e;
	tf_hot_words(p, n, &e.w1, &e.w2);
	e.key = (uint32_t)n | u << 5;
	e.sid = sid;
	e.count = 0;
	e.last_doc = UINT32_MAX;
	hot_put(m->hot, size - 1, m->hot_shift, &e);
	m->hot_n++;
}

void
tf_model_flush(tf_model *m)
{
	size_t size = (size_t)1 << (64 - m->hot_shift);
	for (size_t i = 0; i < size; i++) {
		tf_hot *e = &m->hot[i];
		if (e->key != 0 && e->count != 0) {
			m->s[e->sid].count += e->count;
			e->count = 0;
		}
	}
}

uint32_t
tf_surf_add(tf_model *m, uint32_t u, const char *p, size_t n, uint32_t tid)
{
	int fresh;
	uint32_t id = bk_hash_intern(m->surf, u, p, n, &fresh);
	if (fresh) {
		m->s = room(m->s, &m->s_cap, id, sizeof *m->s);
		m->s[id].tid = tid;
		m->s[id].last_doc = UINT32_MAX;
		hot_add(m, u, p, n, id);
	}
	return id;
}

void
tf_term_doc(tf_model *m, uint32_t tid, uint32_t did)
{
	tf_term *t = &m->t[tid];
	int fresh;
	if (t->last_doc != did) {
		t->last_doc = did;
		/* documents may come back (rows of a TSV, parts of a merge): a set decides */
		bk_hash_intern(m->tdocs, tid, (const char *)&did, sizeof did, &fresh);
		if (fresh)
			t->docs++;
	}
	if (t->gterm != UINT32_MAX && m->gt_last[t->gterm] != did) {
		m->gt_last[t->gterm] = did;
		bk_hash_intern(m->gtdocs, t->gterm, (const char *)&did, sizeof did, &fresh);
		if (fresh)
			m->gt_df[t->gterm]++;
	}
}

/* Adds src's counts into dst, as --merge would add src's partial output:
 * the same spellings, terms, units and document sets, so that the report
 * of dst is the one a single model counting both inputs would give.  src
 * may count by group (then its (term, document) pairs carry the document
 * sets) or, like dst when dst->partial, by (group, document) cell. */
void
tf_model_absorb(tf_model *dst, const tf_model *src)
{
	size_t ndocs = bk_hash_count(src->docs), ngroups = bk_hash_count(src->groups);
	size_t nunits = src->partial ? bk_hash_count(src->units) : ngroups;
	size_t nterms = bk_hash_count(src->terms), nsurf = bk_hash_count(src->surf);
	uint32_t *dmap = bk_xmalloc((ndocs + 1) * sizeof *dmap);
	uint32_t *umap = bk_xmalloc((nunits + 1) * sizeof *umap);
	uint32_t *tmap = bk_xmalloc((nterms + 1) * sizeof *tmap);
	const char *k, *g, *d;
	size_t n, gn, dn;

	for (uint32_t i = 0; i < ndocs; i++) {
		k = bk_hash_key(src->docs, i, &n);
		dmap[i] = bk_hash_intern(dst->docs, 0, k, n, NULL);
	}
	/* every (group, document) pair, also those without a token */
	for (uint32_t i = 0; i < bk_hash_count(src->gdocs); i++) {
		g = bk_hash_key(src->groups, bk_hash_ns(src->gdocs, i), &gn);
		uint32_t sd;
		memcpy(&sd, bk_hash_key(src->gdocs, i, &n), sizeof sd);
		d = bk_hash_key(src->docs, sd, &dn);
		tf_unit(dst, g, gn, d, dn);
	}
	for (uint32_t u = 0; u < nunits; u++) {
		g = bk_hash_key(src->groups, src->u_group[u], &gn);
		d = bk_hash_key(src->docs, src->u_doc[u], &dn);
		umap[u] = tf_unit(dst, g, gn, d, dn);
		dst->u_tokens[umap[u]] += src->u_tokens[u];
	}
	for (uint32_t t = 0; t < nterms; t++) {
		k = bk_hash_key(src->terms, t, &n);
		tmap[t] = tf_term_id(dst, umap[bk_hash_ns(src->terms, t)], k, n);
	}
	for (uint32_t s = 0; s < nsurf; s++) {
		const tf_surf *ss = &src->s[s];
		if (ss->tid == TF_DROP || ss->count == 0)
			continue;
		k = bk_hash_key(src->surf, s, &n);
		uint32_t du = umap[bk_hash_ns(src->surf, s)];
		uint32_t tid = tmap[ss->tid];
		uint32_t sid = tf_surf_add(dst, du, k, n, tid);
		dst->s[sid].count += ss->count;
		if (dst->partial)
			tf_term_doc(dst, tid, dst->u_doc[du]);
	}
	if (!dst->partial) {
		for (uint32_t i = 0; i < bk_hash_count(src->tdocs); i++) {
			uint32_t sd;
			memcpy(&sd, bk_hash_key(src->tdocs, i, &n), sizeof sd);
			tf_term_doc(dst, tmap[bk_hash_ns(src->tdocs, i)], dmap[sd]);
		}
	}
	free(dmap);
	free(umap);
	free(tmap);
}
