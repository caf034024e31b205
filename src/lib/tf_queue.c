/* tf_queue.c - batches of records between termfreq's threads (see tf_queue.h). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "tf_queue.h"

struct tf_queue {
	pthread_mutex_t mu;
	pthread_cond_t filled_cv, free_cv;
	tf_batch *filled, *filled_tail, *free;
	tf_batch *all;
	size_t n;
	int closed;
};

tf_queue *
tf_queue_new(size_t nbatches)
{
	tf_queue *q = bk_xcalloc(1, sizeof *q);
	if (pthread_mutex_init(&q->mu, NULL) != 0 || pthread_cond_init(&q->filled_cv, NULL) != 0 ||
	    pthread_cond_init(&q->free_cv, NULL) != 0)
		bk_die(1, "cannot create a mutex for the counting threads");
	q->all = bk_xcalloc(nbatches, sizeof *q->all);
	q->n = nbatches;
	for (size_t i = 0; i < nbatches; i++) {
		q->all[i].next = q->free;
		q->free = &q->all[i];
	}
	return q;
}

void
tf_queue_free(tf_queue *q)
{
	if (q == NULL)
		return;
	for (size_t i = 0; i < q->n; i++)
		bk_buf_free(&q->all[i].data);
	free(q->all);
	pthread_mutex_destroy(&q->mu);
	pthread_cond_destroy(&q->filled_cv);
	pthread_cond_destroy(&q->free_cv);
	free(q);
}

static tf_batch *
get_free(tf_queue *q, int wait)
{
	pthread_mutex_lock(&q->mu);
	while (q->free == NULL && wait)
		pthread_cond_wait(&q->free_cv, &q->mu);
	tf_batch *b = q->free;
	if (b)
		q->free = b->next;
	pthread_mutex_unlock(&q->mu);
	if (b) {
		b->next = NULL;
		b->data.len = 0;
		b->nrec = 0;
	}
	return b;
}

tf_batch *
tf_queue_get_free(tf_queue *q)
{
	return get_free(q, 1);
}

tf_batch *
tf_queue_try_get_free(tf_queue *q)
{
	return get_free(q, 0);
}

void
tf_queue_put(tf_queue *q, tf_batch *b)
{
	pthread_mutex_lock(&q->mu);
	b->next = NULL;
	if (q->filled_tail)
		q->filled_tail->next = b;
	else
		q->filled = b;
	q->filled_tail = b;
	pthread_cond_signal(&q->filled_cv);
	pthread_mutex_unlock(&q->mu);
}

void
tf_queue_close(tf_queue *q)
{
	pthread_mutex_lock(&q->mu);
	q->closed = 1;
	pthread_cond_broadcast(&q->filled_cv);
	pthread_mutex_unlock(&q->mu);
}

tf_batch *
tf_queue_take(tf_queue *q)
{
	pthread_mutex_lock(&q->mu);
	while (q->filled == NULL && !q->closed)
		pthread_cond_wait(&q->filled_cv, &q->mu);
	tf_batch *b = q->filled;
	if (b) {
		q->filled = b->next;
		if (q->filled == NULL)
			q->filled_tail = NULL;
	}
	pthread_mutex_unlock(&q->mu);
	return b;
}

void
tf_queue_give_back(tf_queue *q, tf_batch *b)
{
	pthread_mutex_lock(&q->mu);
	b->next = q->free;
	q->free = b;
	pthread_cond_signal(&q->free_cv);
	pthread_mutex_unlock(&q->mu);
}

/* A record: three lengths, then the group key, document and text bytes, and
 * a NUL (the text stays a C string, as the input gave it). */
void
tf_batch_add(tf_batch *b, const char *gkey, size_t gn, const char *doc, size_t dn,
             const char *text, size_t len)
{
	size_t h[3] = { gn, dn, len };
	bk_buf_reserve(&b->data, sizeof h + gn + dn + len + 1);
	memcpy(b->data.p + b->data.len, h, sizeof h);
	b->data.len += sizeof h;
	if (gn)
		memcpy(b->data.p + b->data.len, gkey, gn);
	b->data.len += gn;
	if (dn)
		memcpy(b->data.p + b->data.len, doc, dn);
	b->data.len += dn;
	if (len)
		memcpy(b->data.p + b->data.len, text, len);
	b->data.len += len;
	b->data.p[b->data.len++] = '\0';
	b->nrec++;
}

int
tf_batch_next(const tf_batch *b, size_t *pos, tf_brec *r)
{
	size_t h[3];
	if (*pos >= b->data.len)
		return 0;
	const char *p = b->data.p + *pos;
	memcpy(h, p, sizeof h);
	p += sizeof h;
	r->gkey = p;
	r->gn = h[0];
	r->doc = p + h[0];
	r->dn = h[1];
	r->text = p + h[0] + h[1];
	r->len = h[2];
	*pos += sizeof h + h[0] + h[1] + h[2] + 1;
	return 1;
}
