/* seg_pipe.c - segment's records through threads, in order (see seg_pipe.h). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "out.h"
#include "seg_pipe.h"
#include "tf_queue.h"

/* A batch is handed over once it holds this much input (raw input comes in
 * chunks of about this size anyway).  Large enough that locking is rare,
 * small enough that the last batch (split by one thread while the others
 * wait) is a small part of a large input. */
#define SEG_BATCH_TARGET (256 * 1024)
/* A record larger than this (a paragraph of megabytes: a whole file on one
 * line) is split by the reader itself once the batches before it are
 * written, its rows streamed out: a copy of it in a batch, and all its rows
 * in a buffer, would take several times its size. */
#define SEG_HUGE (1024 * 1024)
/* Without threads, rows go to standard output in pieces of this size: as
 * large as out.c's buffer, they are written without a copy. */
#define SEG_FLUSH_AT (128 * 1024)

/* A record in a batch: this header, then the lead and the text.  A batch
 * begins with its sequence number (uint64_t). */
struct brec {
	uint64_t start;
	size_t lead_len, len;
	int new_doc, fragment;
};

/* A batch on its way: batch seq uses slot seq % nslots.  A batch goes back
 * to the queue only once its rows are written, so the batches in flight are
 * at most the queue's, and never share a slot. */
struct slot {
	tf_batch *b;
	seg_split split;         /* its paragraphs and sentences */
	int split_done;          /* split, waiting for the numbers before it */
	seg_count base;          /* the numbers the batch before it ends with */
	bk_buf out;              /* its rows */
	int ready;               /* rows waiting for their turn to be written */
};

struct worker {
	seg_pipe *p;
	pthread_t thread;
};

struct seg_pipe {
	seg_conf c;
	int nthreads;
	/* without threads */
	seg_split split;
	bk_buf out;
	seg_count n;
	/* with threads: the reader's side */
	tf_queue *q;
	tf_batch *cur;
	uint64_t next_seq;
	struct worker *w;
	/* shared, under mu */
	pthread_mutex_t mu;
	pthread_cond_t written_cv; /* write_seq went up */
	uint64_t count_seq;      /* the batch whose numbers come next */
	seg_count count;         /* the numbers after batch count_seq - 1 */
	uint64_t write_seq;      /* the batch whose rows are written next */
	int writing;             /* a thread is writing rows */
	struct slot *slot;
	size_t nslots;
};

/* The records of a batch: *pos starts at sizeof(uint64_t); 0 at the end. */
static int
batch_next(const tf_batch *b, size_t *pos, seg_rec *r)
{
	struct brec h;
	if (*pos >= b->data.len)
		return 0;
	const char *q = b->data.p + *pos;
	memcpy(&h, q, sizeof h);
	q += sizeof h;
	r->lead = q;
	r->lead_len = h.lead_len;
	r->text = q + h.lead_len;
	r->len = h.len;
	r->start = h.start;
	r->new_doc = h.new_doc;
	r->fragment = h.fragment;
	*pos += sizeof h + h.lead_len + h.len + 1;
	return 1;
}

/* Writes the rows of batches that are ready, in order, unless another
 * thread is at it (it will see those made ready meanwhile).  Called with mu
 * held. */
static void
write_ready(seg_pipe *p)
{
	if (p->writing)
		return;
	p->writing = 1;
	for (;;) {
		struct slot *s = &p->slot[p->write_seq % p->nslots];
		if (!s->ready)
			break;
		s->ready = 0;
		pthread_mutex_unlock(&p->mu);
		if (s->out.len)
			bk_out_write(s->out.p, s->out.len);
		tf_queue_give_back(p->q, s->b);
		pthread_mutex_lock(&p->mu);
		p->write_seq++;
		pthread_cond_broadcast(&p->written_cv);
	}
	p->writing = 0;
}

static void
format_batch(seg_pipe *p, struct slot *s)
{
	seg_cursor k = { 0, 0, 0 };
	seg_count n = s->base;
	size_t pos = sizeof(uint64_t);
	seg_rec r;
	s->out.len = 0;
	while (batch_next(s->b, &pos, &r))
		seg_format(&p->c, &r, &s->split, &k, &n, &s->out, 0);
}

/* Splits batch b; then, if the numbers before it are known, numbers it and
 * the batches after it that are already split (their threads went on to
 * other batches rather than wait), and writes their rows.  No thread waits
 * for another. */
static void
do_batch(seg_pipe *p, tf_batch *b)
{
	uint64_t seq;
	size_t pos = sizeof seq;
	seg_rec r;
	memcpy(&seq, b->data.p, sizeof seq);
	struct slot *s = &p->slot[seq % p->nslots];
	s->b = b;
	seg_split_reset(&s->split);
	while (batch_next(b, &pos, &r))
		seg_split_add(&p->c, &r, &s->split);

	pthread_mutex_lock(&p->mu);
	s->split_done = 1;
	uint64_t first = p->count_seq;
	for (;;) {
		struct slot *t = &p->slot[p->count_seq % p->nslots];
		if (!t->split_done)
			break;
		t->split_done = 0;
		t->base = p->count;
		p->count = seg_split_end(&t->split, t->base);
		p->count_seq++;
	}
	uint64_t last = p->count_seq;
	pthread_mutex_unlock(&p->mu);

	for (uint64_t q = first; q < last; q++) {
		struct slot *t = &p->slot[q % p->nslots];
		format_batch(p, t);
		pthread_mutex_lock(&p->mu);
		t->ready = 1;
		write_ready(p);
		pthread_mutex_unlock(&p->mu);
	}
}

static void *
work(void *arg)
{
	struct worker *w = arg;
	tf_batch *b;
	while ((b = tf_queue_take(w->p->q)) != NULL)
		do_batch(w->p, b);
	return NULL;
}

seg_pipe *
seg_pipe_start(const seg_conf *c, int nthreads)
{
	seg_pipe *p = bk_xcalloc(1, sizeof *p);
	p->c = *c;
	p->nthreads = nthreads < 1 ? 1 : nthreads;
	if (p->nthreads == 1)
		return p;
	/* A batch a thread, one being filled, and room for threads to run
	 * ahead of a slow one (a few: each batch with its rows is about 1 MB,
	 * as raw input comes in chunks of 256 KB to 512 KB). */
	size_t ahead = p->nthreads < 4 ? (size_t)p->nthreads : 4;
	p->nslots = (size_t)p->nthreads + ahead + 1;
	p->q = tf_queue_new(p->nslots);
	p->slot = bk_xcalloc(p->nslots, sizeof *p->slot);
	if (pthread_mutex_init(&p->mu, NULL) != 0 || pthread_cond_init(&p->written_cv, NULL) != 0)
		bk_die(1, "cannot create a mutex for the splitting threads");
	p->w = bk_xcalloc((size_t)p->nthreads, sizeof *p->w);
	for (int i = 0; i < p->nthreads; i++) {
		p->w[i].p = p;
		int e = pthread_create(&p->w[i].thread, NULL, work, &p->w[i]);
		if (e != 0)
			bk_die(1, "cannot start a splitting thread: %s", strerror(e));
	}
	return p;
}

/* Splits and writes r in the calling thread, numbering on from *n. */
static void
add_here(seg_pipe *p, const seg_rec *r, seg_count *n)
{
	seg_cursor k = { 0, 0, 0 };
	seg_split_reset(&p->split);
	seg_split_add(&p->c, r, &p->split);
	seg_format(&p->c, r, &p->split, &k, n, &p->out, SEG_FLUSH_AT);
}

void
seg_pipe_add(seg_pipe *p, const seg_rec *r)
{
	if (p->nthreads == 1) {
		add_here(p, r, &p->n);
		return;
	}
	if (r->len > SEG_HUGE) {
		if (p->cur != NULL) {
			tf_queue_put(p->q, p->cur);
			p->cur = NULL;
		}
		pthread_mutex_lock(&p->mu);
		while (p->write_seq != p->next_seq)
			pthread_cond_wait(&p->written_cv, &p->mu);
		/* every batch is numbered and written: the threads are idle */
		seg_count n = p->count;
		pthread_mutex_unlock(&p->mu);
		add_here(p, r, &n);
		seg_emit(&p->c, &p->out);
		pthread_mutex_lock(&p->mu);
		p->count = n;
		pthread_mutex_unlock(&p->mu);
		return;
	}
	if (p->cur == NULL) {
		uint64_t seq = p->next_seq++;
		p->cur = tf_queue_get_free(p->q);
		bk_buf_add(&p->cur->data, &seq, sizeof seq);
	}
	struct brec h = { r->start, r->lead_len, r->len, r->new_doc, r->fragment };
	bk_buf *d = &p->cur->data;
	bk_buf_reserve(d, sizeof h + r->lead_len + r->len + 1);
	memcpy(d->p + d->len, &h, sizeof h);
	d->len += sizeof h;
	memcpy(d->p + d->len, r->lead, r->lead_len);
	d->len += r->lead_len;
	memcpy(d->p + d->len, r->text, r->len);
	d->len += r->len;
	d->p[d->len++] = '\0'; /* the text stays a C string, as the input gave it */
	p->cur->nrec++;
	if (d->len >= SEG_BATCH_TARGET) {
		tf_queue_put(p->q, p->cur);
		p->cur = NULL;
	}
}

void
seg_pipe_end(seg_pipe *p)
{
	if (p->nthreads == 1) {
		if (p->out.len)
			seg_emit(&p->c, &p->out);
	} else {
		if (p->cur != NULL)
			tf_queue_put(p->q, p->cur);
		tf_queue_close(p->q);
		for (int i = 0; i < p->nthreads; i++) {
			int e = pthread_join(p->w[i].thread, NULL);
			if (e != 0)
				bk_die(1, "a splitting thread failed: %s", strerror(e));
		}
		for (size_t i = 0; i < p->nslots; i++) {
			bk_buf_free(&p->slot[i].out);
			seg_split_free(&p->slot[i].split);
		}
		free(p->slot);
		free(p->w);
		tf_queue_free(p->q);
		pthread_mutex_destroy(&p->mu);
		pthread_cond_destroy(&p->written_cv);
	}
	seg_split_free(&p->split);
	bk_buf_free(&p->out);
	free(p);
}
