/* ng_count.c - windows of tokens into the n-gram table. */
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "ng_bound.h"
#include "ng_count.h"

void
ng_counter_init(ng_counter *c, const ng_countopts *o, ng_terms *terms)
{
	memset(c, 0, sizeof *c);
	c->o = *o;
	c->terms = terms;
	ng_table_init(&c->grams);
	ng_table_init(&c->forms);
}

void
ng_counter_free(ng_counter *c)
{
	ng_table_free(&c->grams);
	ng_table_free(&c->forms);
	free(c->group);
	free(c->spans.v);
	free(c->run);
	free(c->run_spell);
	free(c->run_flag);
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

/* Counts every window of a run of m tokens. */
static void
count_run(ng_counter *c, size_t m, uint32_t g, uint32_t doc)
{
	uint32_t key[64], skey[64];
	const int lo = c->o.n_lo, hi = c->o.n_hi;
	key[0] = skey[0] = g;
	uint64_t h0 = ng_hash_step(ng_hash_start(), g);
	for (size_t i = 0; i < m; i++) {
		size_t kmax = m - i < (size_t)hi ? m - i : (size_t)hi;
		if (kmax < (size_t)lo)
			break;
		if (c->o.skip_trimmed && (c->run_flag[i] & NG_STOP))
			continue; /* every window from here begins with a stop word */
		uint64_t h = h0, hs = h0;
		unsigned var = 0;
		for (size_t k = 1; k <= kmax; k++) {
			uint32_t id = c->run[i + k - 1];
			key[k] = id;
			h = ng_hash_step(h, id);
			var |= c->run_flag[i + k - 1];
			if (k < (size_t)lo)
				continue;
			if (c->o.skip_trimmed && (c->run_flag[i + k - 1] & NG_STOP))
				continue;
			ng_entry_count(ng_table_get(&c->grams, key, (uint32_t)k + 1, h), doc);
			if (var & NG_VAR) {
				/* only now is the spelling key needed: build it whole */
				hs = h0;
				for (size_t j = 1; j <= k; j++) {
					skey[j] = c->run_spell[i + j - 1];
					hs = ng_hash_step(hs, skey[j]);
				}
				ng_table_get(&c->forms, skey, (uint32_t)k + 1, hs)->count++;
			}
		}
	}
}

static void
count_sentence(ng_counter *c, const char *p, size_t n, uint32_t g, uint32_t doc)
{
	ng_group *grp = ng_counter_group(c, g);
	size_t pos = 0, ts, te, prev_end = 0, m = 0;
	int have_prev = 0;
	while (ng_next_token(c->terms, p, n, &pos, &ts, &te)) {
		uint32_t sp = ng_spelling(c->terms, p + ts, te - ts);
		unsigned fl = ng_spelling_flags(c->terms, sp);
		grp->tokens++;
		if (fl & NG_DROP) {
			count_run(c, m, g, doc);
			m = 0;
			have_prev = 0;
			continue;
		}
		grp->kept++;
		if (have_prev && !c->o.cross_punct && ng_gap_breaks(p + prev_end, ts - prev_end)) {
			count_run(c, m, g, doc);
			m = 0;
		}
		if (m == c->run_cap) {
			c->run_cap = c->run_cap ? 2 * c->run_cap : 256;
			c->run = bk_xrealloc(c->run, c->run_cap * sizeof *c->run);
			c->run_spell = bk_xrealloc(c->run_spell, c->run_cap * sizeof *c->run_spell);
			c->run_flag = bk_xrealloc(c->run_flag, c->run_cap);
		}
		c->run[m] = ng_spelling_term(c->terms, sp);
		c->run_spell[m] = sp;
		c->run_flag[m] = (uint8_t)fl;
		m++;
		prev_end = te;
		have_prev = 1;
	}
	count_run(c, m, g, doc);
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
