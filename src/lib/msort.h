/* msort.h - a stable merge sort generated for one element type and an inline
 * "less than", for the reports of termfreq and ngrams: they sort a row per
 * term, and qsort's call per compare costs more than the compare itself.
 *
 *   BK_DEFINE_MSORT(NAME, TYPE, LESS)
 *
 * defines `static void NAME(TYPE *v, size_t n)`, sorting v in place;
 * LESS(const TYPE *a, const TYPE *b) is true when a goes before b.  Equal
 * elements keep their order (runs of 16 by insertion, then merges of runs
 * doubling in length). */
#ifndef BK_MSORT_H
#define BK_MSORT_H

#include <stdlib.h>
#include <string.h>

#include "mem.h"

#define BK_DEFINE_MSORT(NAME, TYPE, LESS)                                          \
	static void NAME(TYPE *v, size_t n)                                        \
	{                                                                          \
		if (n < 2)                                                         \
			return;                                                    \
		for (size_t lo = 0; lo < n; lo += 16) {                            \
			size_t hi = lo + 16 < n ? lo + 16 : n;                     \
			for (size_t i = lo + 1; i < hi; i++) {                     \
				TYPE x = v[i];                                     \
				size_t j = i;                                      \
				for (; j > lo && LESS(&x, &v[j - 1]); j--)         \
					v[j] = v[j - 1];                           \
				v[j] = x;                                          \
			}                                                          \
		}                                                                  \
		if (n <= 16)                                                       \
			return;                                                    \
		TYPE *tmp = bk_xmalloc(n * sizeof *tmp), *a = v, *b = tmp;         \
		for (size_t w = 16; w < n; w *= 2) {                               \
			for (size_t lo = 0; lo < n; lo += 2 * w) {                 \
				size_t mid = lo + w < n ? lo + w : n;              \
				size_t hi = lo + 2 * w < n ? lo + 2 * w : n;       \
				size_t i = lo, j = mid, k = lo;                    \
				while (i < mid && j < hi)                          \
					b[k++] = LESS(&a[j], &a[i]) ? a[j++] : a[i++]; \
				while (i < mid)                                    \
					b[k++] = a[i++];                           \
				while (j < hi)                                     \
					b[k++] = a[j++];                           \
			}                                                          \
			TYPE *t = a;                                               \
			a = b;                                                     \
			b = t;                                                     \
		}                                                                  \
		if (a != v)                                                        \
			memcpy(v, a, n * sizeof *v);                               \
		free(tmp);                                                         \
	}

#endif
