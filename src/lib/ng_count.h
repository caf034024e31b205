/* ng_count.h - counting the n-grams of records into per-group tables.
 *
 * A record's text is cut into paragraphs and sentences (bk_sentences, as
 * `segment` does), each sentence into tokens (the shared tokenizer), and the
 * tokens into runs that no n-gram crosses: a clause mark between two tokens
 * (unless cross_punct) and a dropped token (--stopwords, --no-numbers) end a
 * run.  Every window of n_lo..n_hi tokens inside a run is counted.
 *
 * A token becomes a pair of ids once (ng_terms: its spelling and its term;
 * a small cache keyed by the bytes of short tokens spares most of the hash
 * lookups), and an n-gram is the tuple (group, term ids) in an ng_table.
 * Windows are queued with their hashes and their table slots prefetched,
 * and counted NG_BATCH at a time; the default (bigrams, no trimming, no
 * --cross-punct) queues pairs of ids and needs no run arrays, and counts the
 * pairs of a long run of one group and document in a stage of smaller
 * entries (ng_stagent), poured into the table when the run ends.
 *
 * Threads: each counts into a counter of its own (its own spelling and term
 * ids); ng_counter_absorb adds one counter into another by the ids' strings,
 * so the result does not depend on which thread counted what.
 *
 * `docs`: an entry counts the stretches of records (of one document) it
 * occurs in, by the stretch id of the last one.  A stretch whose records
 * were counted by more than one counter is "split": its occurrences are not
 * counted in docs while counting, but remembered (the entry's last split
 * stretch, and in `left` the earlier ones), and counted once each when the
 * counters are settled and absorbed.  Memory stays bounded by the distinct
 * n-grams (times the documents split between threads, which are few: the
 * threads' batches end between documents when they can). */
#ifndef NG_COUNT_H
#define NG_COUNT_H
#include <stddef.h>
#include <stdint.h>
#include "ng_table.h"
#include "ng_terms.h"
#include "sentence.h"
#include "token.h"

#define NG_MAX_N 16
#define NG_BATCH 64              /* at most 256: flush_pairs keeps indexes in bytes */
#define NG_SPLIT 0x80000000u     /* a stretch id's flag: split between counters */

typedef struct ng_countopts {
	int n_lo, n_hi;          /* the n-gram lengths counted */
	int cross_punct;         /* --cross-punct */
	int skip_trimmed;        /* do not count n-grams --trim-stopwords drops */
	int split_hyphens;       /* --split-hyphens */
	bk_sentopts sent;
} ng_countopts;

/* What one group has seen. */
typedef struct ng_group {
	uint64_t tokens;         /* every token, before any stop list (per10k) */
	uint64_t kept;           /* tokens n-grams are made of (the --assoc total) */
} ng_group;

/* A window waiting to be counted: its words are rt[off..off+n); hs: the
 * hash of its spellings when one differs from its term (var). */
typedef struct ng_window {
	uint64_t h, hs;
	uint32_t off, n, g, doc, var;
} ng_window;

/* A bigram waiting to be counted (the default's path): its terms a b, its
 * spellings sa sb and their hash hs when one differs from its term (var).
 * Its group and document are the counter's pair_g and pair_doc: the same
 * for every pair queued. */
typedef struct ng_pair {
	uint64_t h, hs;
	uint32_t a, b, sa, sb, var;
} ng_pair;

/* The cache of short spellings: the token's bytes (up to 16, zero-padded)
 * -> its spelling id and its term id with the flags above bit 29. */
typedef struct ng_lexent {
	uint64_t w0, w1;
	uint32_t sp, tf;
} ng_lexent;

typedef struct ng_lex8ent {
	uint64_t w;
	uint32_t sp, tf;
} ng_lex8ent;

/* A token's key in the cache (table: none, short or long) and its hash,
 * worked out when its slot is prefetched. */
typedef struct ng_lexhint {
	uint64_t w0, w1;
	uint32_t hash, table;
} ng_lexhint;

/* The default path's stage: the bigrams of a long run of pairs of one
 * group and document, in entries of half an ng_entry's size, poured into
 * grams when the group or the document changes and at the end.  Most of a
 * large text's time goes to the misses of its table's lookups, and half the
 * bytes are half the pages and lines missed (kjv x10: doubling the entries
 * took 11-14% more time). */
typedef struct ng_stagent {
	uint32_t a1, b;          /* the ids; a1 = a + 1 (0: an empty slot) */
	uint64_t count;
} ng_stagent;

typedef struct ng_stage {
	ng_stagent *e;           /* mask + 1 slots; NULL until a run is long enough */
	size_t mask, n;
} ng_stage;

typedef struct ng_counter {
	ng_countopts o;
	ng_terms *terms;         /* spellings -> terms */
	ng_table grams;          /* key: group, term ids */
	ng_table forms;          /* key: group, spelling ids; only windows in
	                            which some spelling differs from its term */
	ng_table left;           /* key: split stretch, group, term ids (docs) */
	ng_group *group;
	size_t ngroups;
	bk_spans spans;
	bk_tokenizer tok;
	bk_token toks[256];
	ng_lexhint hints[256];   /* the toks' */
	ng_lex8ent *lex8;        /* tokens of up to 8 bytes */
	size_t lex8mask, lex8n;
	ng_lexent *lex;          /* 9 to 16 bytes */
	size_t lexmask, lexn;
	uint32_t *rt, *rs, *rf;  /* the tokens of the current runs: terms, spellings, flags */
	size_t rn, rcap;
	ng_window pending[NG_BATCH];
	size_t npending;
	ng_pair pairs[NG_BATCH];
	size_t npairs;
	uint32_t pair_g, pair_doc;  /* the group and document of the pairs */
	ng_stage stage;          /* grams' (term ids) */
	ng_stage fstage;         /* forms' (spelling ids) */
	int staging;             /* the current run's pairs go to the stage */
	uint64_t run_pairs;      /* pairs counted of the current group and document */
	uint64_t stage_after;    /* a run stages its pairs past this many (tests lower it) */
} ng_counter;

void ng_counter_init(ng_counter *c, const ng_countopts *o, ng_terms *terms);
/* Counts what is pending: the tables are complete after this. */
void ng_counter_finish(ng_counter *c);
void ng_counter_free(ng_counter *c);
/* Makes sure group id g exists (ids are dense, from 0). */
ng_group *ng_counter_group(ng_counter *c, uint32_t g);
/* Counts the text of one record for group g; stretch numbers the runs of
 * records of one document (from 0, rising), NG_SPLIT added when the
 * stretch's records go to more than one counter. */
void ng_count_text(ng_counter *c, const char *text, size_t len, uint32_t g, uint32_t stretch);
/* Counts the split stretches of c into docs (once, before absorbing). */
void ng_counter_settle(ng_counter *c);
/* Adds src (finished, with terms of its own) into dst (settled); group ids
 * are shared. */
void ng_counter_absorb(ng_counter *dst, const ng_counter *src);
/* The grams entry that forms entry f is a spelling of (NULL cannot happen:
 * every form was counted as a term); key (NG_MAX_N + 1 ids) receives its
 * key: the group, then term ids. */
ng_entry *ng_form_gram(const ng_counter *c, const ng_terms *terms, const ng_entry *f, uint32_t *key);

#endif
