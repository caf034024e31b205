/* ng_count.h - counting the n-grams of records into per-group tables.
 *
 * A record's text is cut into paragraphs and sentences (bk_sentences, as
 * `segment` does), each sentence into tokens (the shared tokenizer), and the
 * tokens into runs that no n-gram crosses: a clause mark between two tokens
 * (unless cross_punct) and a dropped token (--stopwords, --no-numbers) end a
 * run.  Every window of n_lo..n_hi tokens inside a run is counted. */
#ifndef NG_COUNT_H
#define NG_COUNT_H
#include <stddef.h>
#include <stdint.h>
#include "ng_table.h"
#include "ng_terms.h"
#include "sentence.h"

typedef struct ng_countopts {
	int n_lo, n_hi;          /* the n-gram lengths counted */
	int cross_punct;         /* --cross-punct */
	int skip_trimmed;        /* do not count n-grams --trim-stopwords drops */
	bk_sentopts sent;
} ng_countopts;

/* What one group has seen. */
typedef struct ng_group {
	uint64_t tokens;         /* every token, before any stop list (per10k) */
	uint64_t kept;           /* tokens n-grams are made of (the --assoc total) */
} ng_group;

typedef struct ng_counter {
	ng_countopts o;
	ng_terms *terms;         /* spellings -> terms, shared with the caller */
	ng_table grams;          /* key: group, term ids */
	ng_table forms;          /* key: group, spelling ids; only windows in
	                            which some spelling differs from its term */
	ng_group *group;
	size_t ngroups;
	bk_spans spans;
	uint32_t *run, *run_spell;
	uint8_t *run_flag;
	size_t run_cap;
} ng_counter;

void ng_counter_init(ng_counter *c, const ng_countopts *o, ng_terms *terms);
void ng_counter_free(ng_counter *c);
/* Makes sure group id g exists (ids are dense, from 0). */
ng_group *ng_counter_group(ng_counter *c, uint32_t g);
/* Counts the text of one record for group g in document doc. */
void ng_count_text(ng_counter *c, const char *text, size_t len, uint32_t g, uint32_t doc);

#endif
