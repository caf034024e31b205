/* out.h - buffered standard output with the contract's TSV escaping.
 *
 * All programs write through here.  A closed pipe (EPIPE) ends the program
 * quietly with status 0; any other write failure (a full disk) is reported and
 * ends it with status 1: output is never silently truncated. */
#ifndef BK_OUT_H
#define BK_OUT_H
#include <stddef.h>
#include <stdint.h>

/* line_buffered: flush after every row (for `tail -f` pipelines). */
void bk_out_init(int line_buffered);

void bk_out_write(const void *p, size_t n);      /* raw bytes */
void bk_out_str(const char *s);                  /* raw NUL-terminated string */
void bk_out_field(const char *p, size_t n);      /* escaped: \\ \t \n \r */
void bk_out_u64(uint64_t v);
void bk_out_i64(int64_t v);
/* A double with `prec` digits after the point, trailing zeros kept; NaN and
 * infinities are written as nan, inf, -inf. */
void bk_out_fixed(double v, int prec);
void bk_out_tab(void);
void bk_out_endrow(void);                        /* '\n', flush if line-buffered */
void bk_out_flush(void);                         /* write out what is buffered */

/* Flush and close stdout; returns the exit status to use (0 or 1). */
int bk_out_finish(void);
/* Best-effort flush on the way out of a fatal error; never reports. */
void bk_out_abandon(void);

/* Escape p[0..n) into dst (which needs room for 2n bytes); returns its length. */
size_t bk_tsv_escape(char *dst, const char *p, size_t n);
/* Writes v in decimal at dst (room for 20 bytes); returns the end. */
char *bk_u64_to(char *dst, uint64_t v);
/* Writes v with 4 decimals, rounded half away from zero, at dst (room for 32
 * bytes) and returns the end; |v| must be below 1e11.  bk_out_fixed4 takes
 * any v (printf beyond that range).  printf's %f costs about a thousand
 * instructions a call, and reports write a number per row. */
char *bk_fixed4_to(char *dst, double v);
void bk_out_fixed4(double v);

#endif
