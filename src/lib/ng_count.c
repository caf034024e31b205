/* ng_count.c - windows of tokens into the n-gram table. */
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "mem.h"
#include "ng_bound.h"
#include "ng_count.h"

/* A buffer is handed to the counting stage once it holds this many ids. */
#define SHIP_AT (192 * 1024)

/* ---- the counting stage ---------------------------------------------- */

/* The n-gram table is far larger than the cache, so a lookup is a miss to
 * memory.  Windows are queued with their hashes, their slots prefetched, and
 * counted a batch at a time: the misses then overlap instead of queueing. */
static void
flush(ng_counter *c)
{
	for (size_t i = 0; i < c->npending; i++) {
		ng_window *w = &c->pending[i];
		ng_entry_count(ng_table_get(&c->grams, w->key, w->len, w->h), w->doc);
		if (w->var) {
			/* a spelling differs from its term: count the form too */
			uint64_t hs = ng_hash_key(w->skey, w->len);
			ng_table_get(&c->forms, w->skey, w->len, hs)->count++;
		}
	}
	c->npending = 0;
}

/* Queues every window of a run of m tokens (triples at t). */
static void
count_run(ng_counter *c, const uint32_t *t, size_t m, uint32_t g, uint32_t doc)
{
	const size_t lo = (size_t)c->o.n_lo, hi = (size_t)c->o.n_hi;
	const uint64_t h0 = ng_hash_step(ng_hash_start(), g);
	for (size_t i = 0; i + lo <= m; i++) {
		if (c->o.skip_trimmed && (t[3 * i + 2] & NG_STOP))
			continue; /* every window from here begins with a stop word */
		size_t kmax = m - i < hi ? m - i : hi;
		uint64_t h = h0;
		unsigned var = 0;
		for (size_t k = 1; k <= kmax; k++) {
			const uint32_t *tk = t + 3 * (i + k - 1);
			h = ng_hash_step(h, tk[0]);
			var |= tk[2];
			if (k < lo)
				continue;
			if (c->o.skip_trimmed && (tk[2] & NG_STOP))
				continue;
			ng_window *w = &c->pending[c->npending++];
			w->h = h;
			w->len = (uint32_t)k + 1;
			w->doc = doc;
			w->var = (var & NG_VAR) != 0;
			w->key[0] = g;
			for (size_t j = 0; j < k; j++)
				w->key[1 + j] = t[3 * (i + j)];
			if (w->var) {
				w->skey[0] = g;
				for (size_t j = 0; j < k; j++)
					w->skey[1 + j] = t[3 * (i + j) + 1];
			}
			ng_table_prefetch(&c->grams, h);
			if (c->npending == NG_BATCH)
				flush(c);
		}
	}
}

static void
count_buffer(ng_counter *c, const ng_runbuf *b)
{
	for (size_t i = 0; i < b->n;) {
		uint32_t g = b->v[i], doc = b->v[i + 1], m = b->v[i + 2];
		count_run(c, b->v + i + 3, m, g, doc);
		i += 3 + 3 * (size_t)m;
	}
	flush(c);
}

static void *
counting_stage(void *arg)
{
	ng_counter *c = arg;
	pthread_mutex_lock(&c->mu);
	for (;;) {
		while (c->nfull == 0 && !c->done)
			pthread_cond_wait(&c->cv, &c->mu);
		if (c->nfull == 0)
			break;
		ng_runbuf b = c->full[0];
		memmove(c->full, c->full + 1, --c->nfull * sizeof *c->full);
		pthread_cond_broadcast(&c->cv);
		pthread_mutex_unlock(&c->mu);
		count_buffer(c, &b);
		b.n = 0;
		pthread_mutex_lock(&c->mu);
		c->spare[c->nspare++] = b;
		pthread_cond_broadcast(&c->cv);
	}
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

/* Hands the filled buffer to the counting stage and takes an empty one. */
static void
ship(ng_counter *c)
{
	if (!c->running) {
		count_buffer(c, &c->cur);
		c->cur.n = 0;
		return;
	}
	pthread_mutex_lock(&c->mu);
	while (c->nfull == NG_QUEUE)
		pthread_cond_wait(&c->cv, &c->mu);
	c->full[c->nfull++] = c->cur;
	memset(&c->cur, 0, sizeof c->cur);
	if (c->nspare)
		c->cur = c->spare[--c->nspare];
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->mu);
}

/* ---- the first stage: sentences, tokens, runs --------------------------- */

static void
reserve(ng_runbuf *b, size_t extra)
{
	if (b->n + extra > b->cap) {
		size_t cap = b->cap ? b->cap : SHIP_AT + 4096;
		while (b->n + extra > cap)
			cap *= 2;
		b->v = bk_xrealloc(b->v, cap * sizeof *b->v);
		b->cap = cap;
	}
}

/* Ends the run whose header is at hp: keeps it when it has windows. */
static void
end_run(ng_counter *c, size_t hp)
{
	size_t m = (c->cur.n - hp - 3) / 3;
	if (m < (size_t)c->o.n_lo) {
		c->cur.n = hp;
		return;
	}
	c->cur.v[hp + 2] = (uint32_t)m;
	if (c->cur.n >= SHIP_AT)
		ship(c);
}

static size_t
begin_run(ng_counter *c, uint32_t g, uint32_t doc)
{
	reserve(&c->cur, 3);
	size_t hp = c->cur.n;
	c->cur.v[hp] = g;
	c->cur.v[hp + 1] = doc;
	c->cur.n += 3;
	return hp;
}

static void
count_sentence(ng_counter *c, const char *p, size_t n, uint32_t g, uint32_t doc)
{
	ng_group *grp = &c->group[g];
	size_t prev_end = 0, hp = begin_run(c, g, doc);
	int have_prev = 0;
	bk_token tk;
	bk_tok_text(&c->tok, p, n);
	while (bk_tok_next(&c->tok, &tk)) {
		uint32_t sp = ng_spelling(c->terms, p + tk.start, tk.end - tk.start, tk.ascii, tk.kind);
		unsigned fl = ng_spelling_flags(c->terms, sp);
		grp->tokens++;
		if (fl & NG_DROP) {
			end_run(c, hp);
			hp = begin_run(c, g, doc);
			have_prev = 0;
			continue;
		}
		grp->kept++;
		/* most gaps are one space: no need to look */
		if (have_prev && !c->o.cross_punct &&
		    !(tk.start - prev_end == 1 && p[prev_end] == ' ') &&
		    ng_gap_breaks(p + prev_end, tk.start - prev_end)) {
			end_run(c, hp);
			hp = begin_run(c, g, doc);
		}
		reserve(&c->cur, 3);
		uint32_t *v = c->cur.v + c->cur.n;
		v[0] = ng_spelling_term(c->terms, sp);
		v[1] = sp;
		v[2] = fl;
		c->cur.n += 3;
		prev_end = tk.end;
		have_prev = 1;
	}
	end_run(c, hp);
}

void
ng_count_text(ng_counter *c, const char *text, size_t len, uint32_t g, uint32_t doc)
{
	bk_span para;
	size_t pos = 0;
	ng_counter_group(c, g);
	while (bk_next_paragraph(text, len, &pos, &para)) {
		const char *p = text + para.start;
		c->spans.n = 0;
		bk_sentences(p, para.end - para.start, &c->o.sent, &c->spans);
		for (size_t i = 0; i < c->spans.n; i++)
			count_sentence(c, p + c->spans.v[i].start,
			               c->spans.v[i].end - c->spans.v[i].start, g, doc);
	}
}

/* ---- set-up ------------------------------------------------------------ */

void
ng_counter_init(ng_counter *c, const ng_countopts *o, ng_terms *terms)
{
	memset(c, 0, sizeof *c);
	c->o = *o;
	c->terms = terms;
	ng_table_init(&c->grams);
	ng_table_init(&c->forms);
	bk_tokopts to = { 0 };
	to.split_hyphens = o->split_hyphens;
	bk_tok_init(&c->tok, &to);
	if (o->threaded) {
		pthread_mutex_init(&c->mu, NULL);
		pthread_cond_init(&c->cv, NULL);
		/* without a thread, count in this one: same result, slower */
		c->running = pthread_create(&c->thread, NULL, counting_stage, c) == 0;
	}
}

void
ng_counter_finish(ng_counter *c)
{
	if (c->cur.n)
		ship(c);
	if (c->running) {
		pthread_mutex_lock(&c->mu);
		c->done = 1;
		pthread_cond_broadcast(&c->cv);
		pthread_mutex_unlock(&c->mu);
		pthread_join(c->thread, NULL);
		c->running = 0;
	}
}

void
ng_counter_free(ng_counter *c)
{
	ng_table_free(&c->grams);
	ng_table_free(&c->forms);
	free(c->group);
	free(c->spans.v);
	free(c->cur.v);
	for (size_t i = 0; i < c->nfull; i++)
		free(c->full[i].v);
	for (size_t i = 0; i < c->nspare; i++)
		free(c->spare[i].v);
	bk_tok_free(&c->tok);
	if (c->o.threaded) {
		pthread_mutex_destroy(&c->mu);
		pthread_cond_destroy(&c->cv);
	}
	memset(c, 0, sizeof *c);
}

ng_group *
ng_counter_group(ng_counter *c, uint32_t g)
{
	if (g >= c->ngroups) {
		size_t n = c->ngroups ? c->ngroups : 16;
		while (n <= g)
			n *= 2;
		c->group = bk_xrealloc(c->group, n * sizeof *c->group);
		memset(c->group + c->ngroups, 0, (n - c->ngroups) * sizeof *c->group);
		c->ngroups = n;
	}
	return &c->group[g];
}
