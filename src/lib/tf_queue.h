/* tf_queue.h - termfreq's hand-over from the reading thread to the counting
 * threads: batches of records (group key, document, text) copied out of the
 * input, passed through a bounded queue so that memory stays bounded by
 * the number of batches it was made with, whatever the input's size.
 *
 *     reader:  b = tf_queue_get_free(q); tf_batch_add(b, ...); tf_queue_put(q, b);
 *              ... tf_queue_close(q);
 *     worker:  while ((b = tf_queue_take(q)) != NULL) { for each record ...; tf_queue_give_back(q, b); }
 */
#ifndef TF_QUEUE_H
#define TF_QUEUE_H
#include <stddef.h>
#include <stdint.h>
#include "mem.h"

/* A batch is full (to be handed over) once it holds this much. */
#define TF_BATCH_TARGET (256 * 1024)

typedef struct tf_batch {
	bk_buf data;   /* records, one after the other (see tf_batch_next) */
	size_t nrec;
	struct tf_batch *next;
} tf_batch;

typedef struct tf_brec {
	const char *gkey, *doc, *text;
	size_t gn, dn, len;
} tf_brec;

typedef struct tf_queue tf_queue;

tf_queue *tf_queue_new(size_t nbatches);
void tf_queue_free(tf_queue *q);
/* An empty batch (waits until a worker gives one back). */
tf_batch *tf_queue_get_free(tf_queue *q);
/* An empty batch, or NULL when none is free now. */
tf_batch *tf_queue_try_get_free(tf_queue *q);
/* Hands a filled batch to the workers. */
void tf_queue_put(tf_queue *q, tf_batch *b);
/* No more batches: tf_queue_take returns NULL once the queue is empty. */
void tf_queue_close(tf_queue *q);
/* The next filled batch, or NULL when closed and empty. */
tf_batch *tf_queue_take(tf_queue *q);
void tf_queue_give_back(tf_queue *q, tf_batch *b);

void tf_batch_add(tf_batch *b, const char *gkey, size_t gn, const char *doc, size_t dn,
                  const char *text, size_t len);
/* Walks the records: *pos starts at 0; 0 at the end. */
int tf_batch_next(const tf_batch *b, size_t *pos, tf_brec *r);

#endif
