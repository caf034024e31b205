/* Units of ngrams: clause gaps, the association scores, the n-gram table. */
#include <math.h>
#include <stdint.h>
#include "lib/ng_assoc.h"
#include "lib/ng_bound.h"
#include "lib/ng_table.h"
#include "unit.h"

static int
gap(const char *s)
{
	int slow = ng_gap_breaks(s, strlen(s));
	CHECK(ng_gap_breaks_fast(s, strlen(s)) == slow);
	return slow;
}

/* The inline gap test decides as ng_gap_breaks on every gap of one to three
 * bytes drawn from the bytes that matter (and every single byte). */
static void
gap_fast_agrees(void)
{
	static const char al[] = " ,;:()[]{}\"-.'/&\t\n\xe2\x80\x94\xc2\xab\xef\xbc\x8cxa";
	size_t n = sizeof al - 1, bad = 0;
	char g[3];
	for (size_t a = 0; a < n; a++)
		for (size_t b = 0; b < n; b++)
			for (size_t c = 0; c < n; c++) {
				g[0] = al[a];
				g[1] = al[b];
				g[2] = al[c];
				for (size_t k = 1; k <= 3; k++)
					bad += ng_gap_breaks(g, k) != ng_gap_breaks_fast(g, k);
			}
	for (int x = 1; x < 256; x++) {
		char s1 = (char)x;
		bad += ng_gap_breaks(&s1, 1) != ng_gap_breaks_fast(&s1, 1);
	}
	CHECK(bad == 0);
}

int
main(void)
{
	gap_fast_agrees();
	/* gaps that join */
	CHECK(!gap(" "));
	CHECK(!gap(". "));                 /* "Mr. Wang": the splitter's business */
	CHECK(!gap("-"));                  /* "so-called" under --split-hyphens */
	CHECK(!gap(" / "));
	CHECK(!gap(" & "));
	CHECK(!gap("\xE2\x80\xA6 "));      /* an ellipsis */
	CHECK(!gap("' "));
	/* gaps that break */
	CHECK(gap(", "));
	CHECK(gap("; "));
	CHECK(gap(": "));
	CHECK(gap(" ("));
	CHECK(gap(") "));
	CHECK(gap(" \""));
	CHECK(gap(" -- "));
	CHECK(gap("--"));
	CHECK(gap(" - "));
	CHECK(gap(" \xE2\x80\x94 "));      /* em dash */
	CHECK(gap("\xE2\x80\x93"));        /* en dash */
	CHECK(gap(" \xE2\x80\x9C"));       /* left double quotation mark */
	CHECK(gap("\xEF\xBC\x8C"));        /* full-width comma */
	CHECK(gap("\xE3\x80\x81"));        /* ideographic comma */

	/* the scores of assoc.hand: o = 3, a = b = 5, N = 14 */
	ng_scores s;
	ng_assoc_score(3, 5, 5, 14, &s);
	CHECK(fabs(s.pmi - log2(1.68)) < 1e-12);
	CHECK(fabs(s.t_score - (3 - 25.0 / 14) / sqrt(3)) < 1e-12);
	CHECK(fabs(s.log_dice - (14 + log2(0.6))) < 1e-12);
	CHECK(fabs(s.g2 - 1.9843554597) < 1e-9); /* assoc.hand rounds it to 1.9844 */
	/* independence: g2 0, pmi 0; avoidance: g2 negative */
	ng_assoc_score(1, 10, 10, 100, &s);
	CHECK(fabs(s.pmi) < 1e-12 && fabs(s.g2) < 1e-9 && fabs(s.t_score) < 1e-12);
	ng_assoc_score(1, 50, 50, 100, &s);
	CHECK(s.g2 < 0 && s.pmi < 0);
	/* a word against itself: a negative cell adds nothing, no NaN */
	ng_assoc_score(3, 4, 4, 4, &s);
	CHECK(!isnan(s.g2) && !isnan(s.pmi));

	/* the table: keys inline and not, across many growths */
	ng_table t;
	ng_table_init(&t);
	uint32_t key[8];
	for (uint32_t i = 0; i < 100000; i++) {
		uint32_t len = 2 + i % 5;
		for (uint32_t j = 0; j < len; j++)
			key[j] = i * 7 + j;
		ng_entry_count(ng_table_get(&t, key, len, ng_hash_key(key, len)), i % 3);
	}
	CHECK(t.n == 100000);
	int found = 1;
	for (uint32_t i = 0; i < 100000; i += 997) {
		uint32_t len = 2 + i % 5;
		for (uint32_t j = 0; j < len; j++)
			key[j] = i * 7 + j;
		ng_entry *e = ng_table_find(&t, key, len, ng_hash_key(key, len));
		found &= e != NULL && e->count == 1 && e->docs == 1 && ng_entry_len(e) == len &&
		         memcmp(ng_table_key(&t, e), key, len * sizeof *key) == 0;
	}
	CHECK(found);
	key[0] = 1;
	key[1] = 2;
	key[2] = 3;
	CHECK(ng_table_find(&t, key, 3, ng_hash_key(key, 3)) == NULL);
	ng_entry *e = ng_table_get_gk(&t, 1, key + 1, 2, ng_hash_key(key, 3));
	ng_entry_count(e, 5);
	ng_entry_count(ng_table_get(&t, key, 3, ng_hash_key(key, 3)), 5);
	ng_entry_count(ng_table_get(&t, key, 3, ng_hash_key(key, 3)), 6);
	e = ng_table_find(&t, key, 3, ng_hash_key(key, 3));
	CHECK(e != NULL && e->count == 3 && e->docs == 2);
	ng_table_free(&t);
	return unit_end("ngrams_parts");
}
