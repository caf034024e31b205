/* seg_pipe.h - segment's records on their way to standard output, in input
 * order, split and written by the calling thread or by N threads.
 *
 * With threads, the calling thread (the reader) copies records into batches
 * of termfreq's bounded queue (tf_queue.h): memory stays bounded by the
 * number of batches whatever the input's size.  Each thread takes a batch
 * and splits it.  Its rows need the paragraph and sentence numbers that the
 * batches before it end with: when those are known, the thread numbers its
 * batch, and the batches after it that other threads have split meanwhile
 * (they went on to the next batch rather than wait), writes their rows into
 * buffers, and hands them over in batch order: whichever thread finds the
 * next batch's rows ready writes them.
 * The output is byte for byte that of one thread. */
#ifndef SEG_PIPE_H
#define SEG_PIPE_H
#include "seg_rows.h"

typedef struct seg_pipe seg_pipe;

/* nthreads 1: no threads, all in the calling thread. */
seg_pipe *seg_pipe_start(const seg_conf *c, int nthreads);
/* Splits and writes r (which may change or go away once this returns). */
void seg_pipe_add(seg_pipe *p, const seg_rec *r);
/* Writes all that is left, ends the threads, frees p. */
void seg_pipe_end(seg_pipe *p);

#endif
