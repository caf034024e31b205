/* ng_count.h - counting the n-grams of records into per-group tables.
 *
 * A record's text is cut into paragraphs and sentences (bk_sentences, as
 * `segment` does), each sentence into tokens (the shared tokenizer), and the
 * tokens into runs that no n-gram crosses: a clause mark between two tokens
 * (unless cross_punct) and a dropped token (--stopwords, --no-numbers) end a
 * run.  Every window of n_lo..n_hi tokens inside a run is counted.
 *
 * Two stages: reading, splitting into sentences and tokenizing make a
 * stream of tokens; the counting stage turns them into terms, cuts the runs
 * and puts their windows into the table.  With `threaded` the
 * second stage runs in a thread of its own, fed through a small queue of
 * buffers, so the two overlap; the result is the same either way. */
#ifndef NG_COUNT_H
#define NG_COUNT_H
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include "ng_table.h"
#include "ng_terms.h"
#include "sentence.h"
#include "token.h"

#define NG_MAX_N 16
#define NG_BATCH 64
#define NG_QUEUE 4

typedef struct ng_countopts {
	int n_lo, n_hi;          /* the n-gram lengths counted */
	int cross_punct;         /* --cross-punct */
	int skip_trimmed;        /* do not count n-grams --trim-stopwords drops */
	int split_hyphens;       /* --split-hyphens */
	int threaded;            /* count in a second thread */
	bk_sentopts sent;
} ng_countopts;

/* What one group has seen. */
typedef struct ng_group {
	uint64_t tokens;         /* every token, before any stop list (per10k) */
	uint64_t kept;           /* tokens n-grams are made of (the --assoc total) */
} ng_group;

/* A window waiting to be counted: its words are rt[off..off+n). */
typedef struct ng_window {
	uint64_t h;
	uint32_t off, n, g, doc, var;
} ng_window;

/* Sentences on their way to the counting stage: their tokens' bytes. */
typedef struct ng_runbuf {
	uint32_t *v;
	size_t n, cap;
} ng_runbuf;

typedef struct ng_counter {
	ng_countopts o;
	ng_terms *terms;         /* spellings -> terms, shared with the caller */
	ng_table grams;          /* key: group, term ids */
	ng_table forms;          /* key: group, spelling ids; only windows in
	                            which some spelling differs from its term */
	ng_group *group;
	size_t ngroups;
	bk_spans spans;
	bk_tokenizer tok;
	bk_token toks[256];
	uint32_t *rt, *rs, *rf;  /* the runs of a buffer: terms, spellings, flags */
	size_t rn, rcap;
	ng_runbuf cur;           /* being filled by the first stage */
	ng_window pending[NG_BATCH];
	size_t npending;
	/* the queue between the stages */
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	ng_runbuf full[NG_QUEUE], spare[NG_QUEUE + 2]; /* at most 6 buffers exist */
	size_t nfull, nspare;
	int done, running;
} ng_counter;

void ng_counter_init(ng_counter *c, const ng_countopts *o, ng_terms *terms);
/* Ends the counting stage: the tables are complete after this. */
void ng_counter_finish(ng_counter *c);
void ng_counter_free(ng_counter *c);
/* Makes sure group id g exists (ids are dense, from 0). */
ng_group *ng_counter_group(ng_counter *c, uint32_t g);
/* Counts the text of one record for group g in document doc. */
void ng_count_text(ng_counter *c, const char *text, size_t len, uint32_t g, uint32_t doc);

#endif
