/* ng_jobs.c - ngrams' counting threads (see ng_jobs.h). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "mem.h"
#include "ng_jobs.h"
#include "tf_queue.h"

/* A batch ends at the first document change past TF_BATCH_TARGET, or in the
 * middle of a document past twice that.  Each thread's first batch is
 * smaller: the main thread fills its first batches several times slower
 * than the others (its buffers are faulted in meanwhile), and the threads
 * waited for them (3 ms each on a 43 MB text, 1% of the run). */
#define FIRST_BATCH ((size_t)32 * 1024)

typedef struct worker {
	pthread_t thread;
	tf_queue *q;
	ng_terms *terms;
	int first;               /* the counter the others are added to */
	ng_counter c;
} BK_LINE_ALIGNED worker;

struct ng_jobs {
	int n;
	worker *w;
	tf_queue *q;
	tf_batch *b;             /* being filled */
	size_t nput;             /* batches handed over */
	size_t last_at;          /* where b's last stretch begins in b */
	uint32_t last;           /* b's last stretch */
	uint32_t split;          /* the stretch last cut between batches (or none) */
};

/* A record's header, the "group key" of a tf_batch record: group, stretch. */
static void *
count_thread(void *arg)
{
	worker *w = arg;
	tf_batch *b;
	while ((b = tf_queue_take(w->q)) != NULL) {
		size_t pos = 0;
		tf_brec r;
		while (tf_batch_next(b, &pos, &r)) {
			uint32_t h[2];
			memcpy(h, r.gkey, sizeof h);
			ng_count_text(&w->c, r.text, r.len, h[0], h[1]);
		}
		tf_queue_give_back(w->q, b);
	}
	/* the first counter absorbs the others: it settles while they finish */
	if (w->first)
		ng_counter_settle(&w->c);
	else
		ng_counter_finish(&w->c);
	return NULL;
}

ng_jobs *
ng_jobs_start(int nthreads, const ng_countopts *co, const ng_termopts *to, char *err, size_t errlen)
{
	ng_jobs *j = bk_xcalloc(1, sizeof *j);
	j->n = nthreads;
	j->w = bk_xcalloc_lines((size_t)nthreads, sizeof *j->w);
	j->q = tf_queue_new(2 * (size_t)nthreads);
	j->split = UINT32_MAX;
	for (int i = 0; i < nthreads; i++) {
		if ((j->w[i].terms = ng_terms_new(to, err, errlen)) == NULL) {
			for (int k = 0; k < i; k++)
				ng_terms_free(j->w[k].terms);
			tf_queue_free(j->q);
			free(j->w);
			free(j);
			return NULL;
		}
	}
	for (int i = 0; i < nthreads; i++) {
		worker *w = &j->w[i];
		w->q = j->q;
		w->first = i == 0;
		ng_counter_init(&w->c, co, w->terms);
		int e = pthread_create(&w->thread, NULL, count_thread, w);
		if (e != 0)
			bk_die(1, "cannot start a counting thread: %s", strerror(e));
	}
	return j;
}

/* Hands b over; split: its last stretch goes on in the next batch, so its
 * records there are marked. */
static void
put(ng_jobs *j, int split)
{
	tf_batch *b = j->b;
	if (split) {
		size_t pos = j->last_at;
		tf_brec r;
		while (tf_batch_next(b, &pos, &r)) {
			uint32_t h[2];
			memcpy(h, r.gkey, sizeof h);
			h[1] |= NG_SPLIT;
			memcpy((char *)r.gkey, h, sizeof h);
		}
		j->split = j->last;
	}
	tf_queue_put(j->q, b);
	j->b = NULL;
	j->nput++;
}

void
ng_jobs_add(ng_jobs *j, const char *text, size_t len, uint32_t g, uint32_t stretch)
{
	size_t target = j->nput < (size_t)j->n ? FIRST_BATCH : TF_BATCH_TARGET;
	if (j->b && j->b->data.len >= target) {
		if (stretch != j->last)
			put(j, 0);
		else if (j->b->data.len >= 2 * target)
			put(j, 1);
	}
	if (j->b == NULL) {
		j->b = tf_queue_get_free(j->q);
		j->last_at = 0;
	} else if (stretch != j->last) {
		j->last_at = j->b->data.len;
	}
	j->last = stretch;
	uint32_t h[2] = { g, stretch | (stretch == j->split ? NG_SPLIT : 0) };
	tf_batch_add(j->b, (const char *)h, sizeof h, "", 0, text, len);
}

ng_counter *
ng_jobs_finish(ng_jobs *j, ng_terms **terms)
{
	if (j->b)
		put(j, 0);
	tf_queue_close(j->q);
	for (int i = 0; i < j->n; i++) {
		int e = pthread_join(j->w[i].thread, NULL);
		if (e != 0)
			bk_die(1, "a counting thread failed: %s", strerror(e));
	}
	ng_counter *c = &j->w[0].c; /* settled by its thread */
	for (int i = 1; i < j->n; i++) {
		ng_counter_absorb(c, &j->w[i].c);
		ng_counter_free(&j->w[i].c);
		ng_terms_free(j->w[i].terms);
		j->w[i].terms = NULL;
	}
	*terms = j->w[0].terms;
	return c;
}

void
ng_jobs_free(ng_jobs *j)
{
	if (j == NULL)
		return;
	ng_counter_free(&j->w[0].c);
	ng_terms_free(j->w[0].terms);
	tf_queue_free(j->q);
	free(j->w);
	free(j);
}
