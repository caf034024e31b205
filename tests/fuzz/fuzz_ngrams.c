/* libFuzzer target: ngrams' counting.  The default's path for bigrams (pairs
 * queued with their ids) and the general path (the windows of -n 2-3) count
 * the same bigrams of any valid UTF-8 text, as often, in as many documents,
 * with the same spellings, whatever the options of the first byte; and both
 * see the same tokens.  The second byte's low bit has the first path count
 * in its stage (ng_count.h) from the first pair. */
#include <stdlib.h>
#include <string.h>
#include "lib/ng_count.h"
#include "lib/ng_terms.h"
#include "lib/utf8.h"

/* Every entry of length len in a is in b with the same count (and docs). */
static void
same_entries(const ng_table *a, const ng_table *b, uint32_t len, int docs)
{
	for (size_t i = 0; i < ng_table_slots(a); i++) {
		const ng_entry *e = &a->e[i];
		if (!ng_entry_used(e) || ng_entry_len(e) != len)
			continue;
		const ng_entry *f = ng_table_find(b, ng_table_key(a, e), len,
		                                  ng_hash_key(ng_table_key(a, e), len));
		if (f == NULL || f->count != e->count || (docs && f->docs != e->docs))
			abort();
	}
}

static size_t
entries(const ng_table *t, uint32_t len)
{
	size_t k = 0;
	for (size_t i = 0; i < ng_table_slots(t); i++)
		k += ng_entry_used(&t->e[i]) && ng_entry_len(&t->e[i]) == len;
	return k;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *p = (const char *)data;
	size_t n = bk_utf8_valid_prefix(p, size); /* the reader only hands out valid text */
	unsigned opt = n > 0 ? data[0] : 0;
	ng_termopts to = { 0 };
	to.keep_case = opt & 1;
	to.split_hyphens = (opt >> 1) & 1;
	to.no_numbers = (opt >> 2) & 1;
	to.stem = (opt >> 3) & 1;
	to.stopwords = (opt >> 4) & 1 ? "" : NULL;
	char err[256];
	ng_terms *terms = ng_terms_new(&to, err, sizeof err);
	if (terms == NULL)
		abort();
	ng_countopts pairs = { 0 };
	pairs.n_lo = pairs.n_hi = 2;
	pairs.split_hyphens = to.split_hyphens;
	pairs.sent.newline = (opt >> 5) % 3;
	ng_countopts general = pairs;
	general.n_hi = 3;
	ng_counter a, b;
	ng_counter_init(&a, &pairs, terms);
	ng_counter_init(&b, &general, terms);
	if (size > 1 && (data[1] & 1))
		a.stage_after = 0;
	/* two records, the second of another document and group, cut at a
	 * line end when there is one */
	const char *nl = memchr(p, '\n', n);
	size_t cut = nl ? (size_t)(nl - p) + 1 : n;
	ng_count_text(&a, p, cut, 0, 0);
	ng_count_text(&b, p, cut, 0, 0);
	ng_count_text(&a, p + cut, n - cut, 1, 1);
	ng_count_text(&b, p + cut, n - cut, 1, 1);
	ng_counter_settle(&a);
	ng_counter_settle(&b);
	same_entries(&a.grams, &b.grams, 3, 1);
	same_entries(&a.forms, &b.forms, 3, 0);
	if (entries(&a.grams, 3) != entries(&b.grams, 3) || entries(&a.forms, 3) != entries(&b.forms, 3))
		abort();
	for (uint32_t g = 0; g < 2; g++) {
		const ng_group *x = ng_counter_group(&a, g), *y = ng_counter_group(&b, g);
		if (x->tokens != y->tokens || x->kept != y->kept || x->kept > x->tokens)
			abort();
	}
	ng_counter_free(&a);
	ng_counter_free(&b);
	ng_terms_free(terms);
	return 0;
}
