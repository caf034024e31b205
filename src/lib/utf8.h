/* utf8.h - UTF-8 validation, replacement and the positions used in messages. */
#ifndef BK_UTF8_H
#define BK_UTF8_H
#include <stddef.h>

/* Length of the longest prefix of p[0..n) that is valid UTF-8 with no NUL
 * byte; n when all of it is.  Fast on ASCII. */
size_t bk_utf8_valid_prefix(const char *p, size_t n);

/* Length of the invalid sequence (or NUL) at p[0..n): at least 1. */
size_t bk_utf8_bad_len(const char *p, size_t n);

/* Decodes the code point at p[0..n) (which must be valid); returns its length. */
size_t bk_utf8_decode(const char *p, size_t n, unsigned *cp);

/* Encodes cp into dst (room for 4); returns the length. */
size_t bk_utf8_encode(char *dst, unsigned cp);

/* 1-based line and column (in characters) of byte offset `off` within p,
 * counting from line `line0`, column 1 at p[0]. */
void bk_utf8_position(const char *p, size_t off, unsigned long line0,
                      unsigned long *line, unsigned long *col);

#endif
