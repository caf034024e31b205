/* ng_count.c - windows of tokens into the n-gram table. */
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "mem.h"
#include "ng_bound.h"
#include "ng_count.h"

/* A buffer is handed to the counting stage once it holds this many ids. */
#define SHIP_AT (192 * 1024)

/* The word before a token's bytes in the buffer. */
#define TOK_LEN 0x1FFFFFFFu
#define TOK_BREAK 0x20000000u
#define TOK_NUMBER 0x40000000u
#define TOK_ASCII 0x80000000u

/* ---- the counting stage ---------------------------------------------- */

/* The n-gram table is far larger than the cache, so a lookup is a miss to
 * memory.  Windows are queued with their hashes, their slots prefetched, and
 * counted a batch at a time: the misses then overlap instead of queueing. */
static void
flush(ng_counter *c)
{
	for (size_t i = 0; i < c->npending; i++) {
		const ng_window *w = &c->pending[i];
		ng_entry_count(ng_table_get_gk(&c->grams, w->g, c->rt + w->off, w->n, w->h), w->doc);
		if (w->var) {
			/* a spelling differs from its term: count the form too */
			const uint32_t *sp = c->rs + w->off;
			uint64_t hs = ng_hash_step(ng_hash_start(), w->g);
			for (uint32_t j = 0; j < w->n; j++)
				hs = ng_hash_step(hs, sp[j]);
			ng_table_get_gk(&c->forms, w->g, sp, w->n, hs)->count++;
		}
	}
	c->npending = 0;
}

/* Queues every window of the run rt[from..rn). */
static void
count_run(ng_counter *c, size_t from, uint32_t g, uint32_t doc)
{
	const size_t lo = (size_t)c->o.n_lo, hi = (size_t)c->o.n_hi, m = c->rn - from;
	const uint32_t *terms = c->rt + from, *flags = c->rf + from;
	const uint64_t h0 = ng_hash_step(ng_hash_start(), g);
	const int trim = c->o.skip_trimmed;
	for (size_t i = 0; i + lo <= m; i++) {
		if (trim && (flags[i] & NG_STOP))
			continue; /* every window from here begins with a stop word */
		size_t kmax = m - i < hi ? m - i : hi;
		uint64_t h = h0;
		unsigned var = 0;
		for (size_t k = 1; k <= kmax; k++) {
			h = ng_hash_step(h, terms[i + k - 1]);
			var |= flags[i + k - 1];
			if (k < lo || (trim && (flags[i + k - 1] & NG_STOP)))
				continue;
			ng_window *w = &c->pending[c->npending++];
			w->h = h;
			w->off = (uint32_t)(from + i);
			w->n = (uint32_t)k;
			w->g = g;
			w->doc = doc;
			w->var = var & NG_VAR;
			ng_table_prefetch(&c->grams, h);
			if (c->npending == NG_BATCH)
				flush(c);
		}
	}
}

/* The tokens of a buffer: their spellings, terms and flags, cut into runs
 * at clause marks and dropped words, and the runs' windows counted. */
static void
count_buffer(ng_counter *c, const ng_runbuf *b)
{
	c->rn = 0;
	for (size_t i = 0; i < b->n;) {
		uint32_t g = b->v[i], doc = b->v[i + 1], ntok = b->v[i + 2];
		ng_group *grp = ng_counter_group(c, g);
		size_t from = c->rn;
		i += 3;
		grp->tokens += ntok;
		for (uint32_t t = 0; t < ntok; t++) {
			uint32_t word = b->v[i];
			uint32_t len = word & TOK_LEN;
			const char *p = (const char *)(b->v + i + 1);
			i += 1 + (len + 3) / 4;
			/* the buffer has slack: 8 bytes may be read from p */
			uint32_t sp = ng_spelling(c->terms, p, len, 1, (word & TOK_ASCII) != 0,
			                          word & TOK_NUMBER ? BK_TOK_NUMBER : BK_TOK_WORD);
			unsigned fl = ng_spelling_flags(c->terms, sp);
			if ((fl & NG_DROP) || (word & TOK_BREAK)) {
				count_run(c, from, g, doc);
				from = c->rn;
				if (fl & NG_DROP)
					continue;
			}
			grp->kept++;
			if (c->rn == c->rcap) {
				c->rcap = c->rcap ? 2 * c->rcap : 4096;
				c->rt = bk_xrealloc(c->rt, c->rcap * sizeof *c->rt);
				c->rs = bk_xrealloc(c->rs, c->rcap * sizeof *c->rs);
				c->rf = bk_xrealloc(c->rf, c->rcap * sizeof *c->rf);
			}
			c->rt[c->rn] = ng_spelling_term(c->terms, sp);
			c->rs[c->rn] = sp;
			c->rf[c->rn] = fl;
			c->rn++;
		}
		count_run(c, from, g, doc);
	}
	flush(c); /* before the run arrays are reused: windows point into them */
	c->rn = 0;
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
	extra += 2; /* slack: the counting stage reads 8 bytes at a spelling */
	if (b->n + extra > b->cap) {
		size_t cap = b->cap ? b->cap : SHIP_AT + 4096;
		while (b->n + extra > cap)
			cap *= 2;
		b->v = bk_xrealloc(b->v, cap * sizeof *b->v);
		b->cap = cap;
	}
}

/* Appends a sentence's tokens to the buffer: g, doc, the number of tokens,
 * then per token a word (length, ASCII, number, a clause mark before it)
 * and its bytes. */
static void
count_sentence(ng_counter *c, const char *p, size_t n, uint32_t g, uint32_t doc)
{
	size_t prev_end = 0, k, hp;
	uint32_t ntok = 0;
	reserve(&c->cur, 3);
	hp = c->cur.n;
	c->cur.v[hp] = g;
	c->cur.v[hp + 1] = doc;
	c->cur.n += 3;
	bk_tok_text(&c->tok, p, n);
	while ((k = bk_tok_batch(&c->tok, c->toks, sizeof c->toks / sizeof c->toks[0])) > 0) {
		for (size_t i = 0; i < k; i++) {
			const bk_token *tk = &c->toks[i];
			size_t len = tk->end - tk->start;
			if (len > TOK_LEN)
				bk_die(1, "a word of %zu bytes: too long", len);
			uint32_t word = (uint32_t)len;
			if (tk->ascii)
				word |= TOK_ASCII;
			if (tk->kind == BK_TOK_NUMBER)
				word |= TOK_NUMBER;
			/* most gaps are one space: no need to look */
			if (ntok && !c->o.cross_punct &&
			    !(tk->start - prev_end == 1 && p[prev_end] == ' ') &&
			    ng_gap_breaks(p + prev_end, tk->start - prev_end))
				word |= TOK_BREAK;
			reserve(&c->cur, 1 + (len + 3) / 4);
			uint32_t *v = c->cur.v + c->cur.n;
			v[0] = word;
			v[(len + 3) / 4] = 0; /* no uninitialised padding */
			memcpy(v + 1, p + tk->start, len);
			c->cur.n += 1 + (len + 3) / 4;
			ntok++;
			prev_end = tk->end;
		}
	}
	if (ntok == 0)
		c->cur.n = hp;
	else
		c->cur.v[hp + 2] = ntok;
	if (c->cur.n >= SHIP_AT)
		ship(c);
}

void
ng_count_text(ng_counter *c, const char *text, size_t len, uint32_t g, uint32_t doc)
{
	bk_span para;
	size_t pos = 0;
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
	free(c->rt);
	free(c->rs);
	free(c->rf);
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
