/* The stage of ngrams' default path (ng_count.h): counting a run's bigrams
 * in the stage and pouring them into the table leaves the tables exactly as
 * counting each pair straight into them does: counts, docs, the last
 * document and the split stretches left, for runs of any length, whether
 * the stage takes over at once, part way, or never. */
#include <stdint.h>
#include "lib/ng_count.h"
#include "lib/ng_terms.h"
#include "unit.h"

static uint64_t rng = 88172645463325252ull;

static uint32_t
next(uint32_t n)
{
	return unit_rand(&rng, n);
}

/* A paragraph of a briefing, words drawn from a small vocabulary (so that
 * pairs repeat) with capitals, clause marks and sentence ends. */
static size_t
paragraph(char *buf, size_t cap)
{
	static const char *const words[] = {
		"the", "spokesperson", "said", "China", "United", "States", "we", "firmly",
		"oppose", "Belt", "and", "Road", "cooperation", "of", "mankind", "future",
		"shared", "a", "community", "with", "I", "would", "refer", "you", "to",
		"competent", "authorities", "Ministry", "Foreign", "Affairs", "2024", "per",
	};
	static const char *const gaps[] = { " ", " ", " ", " ", " ", ", ", "; ", ". ", "? ", " (", ") ", "\n" };
	size_t n = 0, k = 3 + next(60);
	for (size_t i = 0; i < k && n + 40 < cap; i++) {
		const char *w = words[next(sizeof words / sizeof *words)];
		size_t l = strlen(w);
		memcpy(buf + n, w, l);
		n += l;
		const char *g = i + 1 < k ? gaps[next(sizeof gaps / sizeof *gaps)] : ".\n\n";
		memcpy(buf + n, g, strlen(g));
		n += strlen(g);
	}
	return n;
}

/* A terms table, and in co the options of ngrams' default (bigrams). */
static ng_terms *
bigrams(ng_countopts *co)
{
	char err[256];
	ng_termopts to = { 0 };
	ng_terms *terms = ng_terms_new(&to, err, sizeof err);
	CHECK(terms != NULL);
	memset(co, 0, sizeof *co);
	co->n_lo = co->n_hi = 2;
	return terms;
}

/* Two counters of bigrams over one terms table: a stages its long runs
 * (as ngrams does), b never does. */
static ng_terms *
two_counters(ng_counter *a, ng_counter *b)
{
	ng_countopts co;
	ng_terms *terms = bigrams(&co);
	ng_counter_init(a, &co, terms);
	ng_counter_init(b, &co, terms);
	b->stage_after = UINT64_MAX;
	return terms;
}

static void
free_counters(ng_counter *a, ng_counter *b, ng_terms *terms)
{
	ng_counter_free(a);
	ng_counter_free(b);
	ng_terms_free(terms);
}

/* Every entry of a is in b with the same count, docs and last document;
 * and as many entries. */
static int
same_table(const ng_table *a, const ng_table *b)
{
	size_t na = 0, nb = 0;
	int same = 1;
	for (size_t i = 0; i < ng_table_slots(a); i++) {
		const ng_entry *e = &a->e[i];
		if (!ng_entry_used(e))
			continue;
		na++;
		uint32_t len = ng_entry_len(e);
		const ng_entry *f = ng_table_find(b, ng_table_key(a, e), len, ng_hash_key(ng_table_key(a, e), len));
		if (f == NULL || f->count != e->count || f->docs != e->docs || f->last_doc != e->last_doc)
			same = 0;
	}
	for (size_t i = 0; i < ng_table_slots(b); i++)
		nb += ng_entry_used(&b->e[i]);
	return same && na == nb;
}

/* Records in groups 0-2 and documents whose stretches are sometimes split
 * (as between threads), counted by counters whose stage takes over after
 * 0, 1, 100 and 5000 pairs, and by one that never stages. */
static void
stage_changes_nothing(int records, int max_paras)
{
	static char text[1 << 20];
	static const uint64_t after[] = { UINT64_MAX, 0, 1, 100, 5000 };
	enum { K = sizeof after / sizeof *after };
	ng_countopts co;
	ng_terms *terms = bigrams(&co);
	ng_counter c[K];
	for (int i = 0; i < K; i++) {
		ng_counter_init(&c[i], &co, terms);
		c[i].stage_after = after[i];
	}
	uint32_t stretch = 0;
	for (int r = 0; r < records; r++) {
		size_t n = 0, paras = 1 + next((uint32_t)max_paras);
		for (size_t p = 0; p < paras && n + 4096 < sizeof text; p++)
			n += paragraph(text + n, sizeof text - n);
		uint32_t g = next(3);
		if (next(4) == 0)
			stretch++;
		uint32_t s = stretch | (next(3) == 0 ? NG_SPLIT : 0);
		for (int i = 0; i < K; i++)
			ng_count_text(&c[i], text, n, g, s);
	}
	for (int i = 0; i < K; i++)
		ng_counter_settle(&c[i]);
	for (int i = 1; i < K; i++) {
		CHECK(same_table(&c[0].grams, &c[i].grams));
		CHECK(same_table(&c[0].forms, &c[i].forms));
		CHECK(same_table(&c[0].left, &c[i].left));
		for (uint32_t g = 0; g < 3; g++) {
			CHECK(ng_counter_group(&c[i], g)->tokens == ng_counter_group(&c[0], g)->tokens);
			CHECK(ng_counter_group(&c[i], g)->kept == ng_counter_group(&c[0], g)->kept);
		}
	}
	/* the stage saw pairs, and the table is not empty */
	CHECK(c[0].grams.n > 0);
	for (int i = 0; i < K; i++)
		ng_counter_free(&c[i]);
	ng_terms_free(terms);
}

/* Two runs of one group, the first's document split or not: the second
 * run's staged entries meet those of the first document. */
static void
stage_meets_earlier_documents(int split)
{
	static char text[1 << 20];
	ng_counter a, b;
	ng_terms *terms = two_counters(&a, &b);
	a.stage_after = 0;
	size_t n = 0;
	for (int p = 0; p < 20; p++)
		n += paragraph(text + n, sizeof text - n);
	ng_count_text(&a, text, n, 0, split ? NG_SPLIT : 0);
	ng_count_text(&b, text, n, 0, split ? NG_SPLIT : 0);
	n = 0;
	for (int p = 0; p < 400; p++)
		n += paragraph(text + n, sizeof text - n);
	ng_count_text(&a, text, n, 0, 1);
	ng_count_text(&b, text, n, 0, 1);
	ng_counter_settle(&a);
	ng_counter_settle(&b);
	CHECK(same_table(&a.grams, &b.grams));
	CHECK(same_table(&a.left, &b.left));
	CHECK(!split || b.left.n > 0);
	free_counters(&a, &b, terms);
}

/* One long run (a raw file of one document): the stage grows past the size
 * it keeps between runs, then a short run follows in another group. */
static void
long_run_then_short(void)
{
	static char text[1 << 22];
	ng_counter a, b;
	ng_terms *terms = two_counters(&a, &b);
	/* numbers make the pairs distinct: the stage passes 65,536 slots */
	size_t n = 0;
	for (uint32_t i = 0; n + 64 < sizeof text; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "w%u v%u x ", i % 70001, i % 3);
	ng_count_text(&a, text, n, 0, 0);
	ng_count_text(&b, text, n, 0, 0);
	ng_count_text(&a, "a short turn, of a few words.", 29, 1, 1);
	ng_count_text(&b, "a short turn, of a few words.", 29, 1, 1);
	ng_counter_settle(&a);
	ng_counter_settle(&b);
	CHECK(a.grams.n > 100000);
	CHECK(same_table(&a.grams, &b.grams));
	CHECK(same_table(&a.forms, &b.forms));
	free_counters(&a, &b, terms);
}

int
main(void)
{
	stage_changes_nothing(2000, 3);
	stage_changes_nothing(60, 400);
	stage_meets_earlier_documents(0);
	stage_meets_earlier_documents(1);
	long_run_then_short();
	printf("%d checks, %d failed\n", unit_checks, unit_failures);
	return unit_failures != 0;
}
