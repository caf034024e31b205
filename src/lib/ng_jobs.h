/* ng_jobs.h - ngrams' counting threads.
 *
 * The main thread reads and checks the inputs and hands their records out in
 * batches (termfreq's queue, tf_queue.h) to N threads, each counting into a
 * counter of its own; at the end the counters are added up into the first.
 * A batch ends between two documents when it can, so that a document's
 * records are mostly counted by one thread; a long document is cut, and its
 * stretch marked split (NG_SPLIT), which keeps `docs` exact (ng_count.h).
 *
 *     ng_jobs *j = ng_jobs_start(n, &countopts, &termopts, err, sizeof err);
 *     for each record: ng_jobs_add(j, text, len, group, stretch);
 *     ng_counter *c = ng_jobs_finish(j, &terms);   // c counted with terms
 *     ... ng_jobs_free(j);                          // frees c and terms
 */
#ifndef NG_JOBS_H
#define NG_JOBS_H
#include <stddef.h>
#include <stdint.h>
#include "ng_count.h"
#include "ng_terms.h"

typedef struct ng_jobs ng_jobs;

/* NULL with a message in err when a word list cannot be read. */
ng_jobs *ng_jobs_start(int nthreads, const ng_countopts *co, const ng_termopts *to,
                       char *err, size_t errlen);
/* Hands out a record of group g in stretch (as ng_count_text, without NG_SPLIT). */
void ng_jobs_add(ng_jobs *j, const char *text, size_t len, uint32_t g, uint32_t stretch);
/* Waits for the threads and adds their counts up: the counter and its terms. */
ng_counter *ng_jobs_finish(ng_jobs *j, ng_terms **terms);
void ng_jobs_free(ng_jobs *j);

#endif
