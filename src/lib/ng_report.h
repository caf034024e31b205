/* ng_report.h - the table ngrams writes: rows chosen, scored, sorted, ranked.
 *
 * Rows are ordered by group (the --by values, in byte order), then n, then
 * the sort key (count, or an --assoc measure) descending, then term in byte
 * order; rank, --top, --min-count and --min-docs apply within a group and n. */
#ifndef NG_REPORT_H
#define NG_REPORT_H
#include <stdint.h>
#include "hash.h"
#include "ng_count.h"
#include "ng_table.h"
#include "ng_terms.h"

enum ng_sort { NG_SORT_COUNT, NG_SORT_PMI, NG_SORT_T, NG_SORT_G2, NG_SORT_DICE };

typedef struct ng_reportopts {
	int n_lo, n_hi;          /* the lengths written */
	uint64_t top;            /* 0: all */
	uint64_t min_count, min_docs;
	int trim;                /* --trim-stopwords */
	int assoc;
	int sort;                /* enum ng_sort */
	int no_header;
	int bars;                /* --bars: width of a bar column of counts; 0: none */
	int line_buffered;       /* a row written as soon as it is made */
	int threads;             /* > 1: a second thread may help (-j) */
	const char *const *by;   /* the --by column names, NULL-terminated */
} ng_reportopts;

/* Writes the table; group g's --by values (TSV-escaped, tab-separated) are
 * string g of groups. */
void ng_report(ng_counter *c, ng_terms *terms, const bk_hash *groups, const ng_reportopts *o);

#endif
