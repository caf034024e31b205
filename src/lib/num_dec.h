/* num_dec.h - exact values for numbers: arbitrary-length decimals and the few
 * rationals that spoken fractions make ("two thirds").
 *
 * A value is  (-1)^neg * digits * 10^exp / den.  Digits are kept in full, so a
 * 400-digit literal or "a thousand trillion trillion" is never wrapped or
 * rounded; only a non-terminating fraction is rounded when it is written (to
 * NUM_DEC_SIG significant digits, half up, decimally, never through a double).
 * Digit storage comes from an arena that the caller resets between records. */
#ifndef NUM_DEC_H
#define NUM_DEC_H
#include <stddef.h>
#include <stdint.h>

/* Significant digits of a written non-terminating fraction (as Recognizers-Text
 * and a double's round trip: 1/3 -> 0.333333333333333). */
#define NUM_DEC_SIG 15

typedef struct num_arena num_arena;

typedef struct num_dec {
	uint8_t *d;      /* digits, least significant first; NULL when the value is unset */
	uint32_t len;    /* digits used (0 means zero) */
	int32_t exp;     /* power of ten applied to the digits */
	uint64_t den;    /* denominator, >= 1 */
	int neg;
} num_dec;

num_arena *num_arena_new(void);
void num_arena_reset(num_arena *a);
void num_arena_free(num_arena *a);

/* Unset value (d == NULL): "no value". */
static inline int num_dec_set(const num_dec *x) { return x->d != NULL; }

num_dec num_dec_u64(num_arena *a, uint64_t v);
/* From ASCII digits p[0..n) (separators already removed by the caller), with
 * `frac` of them after the decimal point. */
num_dec num_dec_digits(num_arena *a, const char *p, size_t n, size_t frac);

/* The arithmetic spoken numbers need.  Results share no storage with inputs.
 * A rational whose denominator would overflow 64 bits fails: the functions
 * return 0 and leave *r unset; 1 on success. */
int num_dec_add(num_arena *a, const num_dec *x, const num_dec *y, num_dec *r);
int num_dec_mul_u64(num_arena *a, const num_dec *x, uint64_t m, num_dec *r);
int num_dec_mul(num_arena *a, const num_dec *x, const num_dec *y, num_dec *r);
int num_dec_div_u64(num_arena *a, const num_dec *x, uint64_t m, num_dec *r);
/* x * 10^k. */
num_dec num_dec_shift(num_dec x, int32_t k);
int num_dec_is_zero(const num_dec *x);
int num_dec_is_int(const num_dec *x);
/* The value as uint64 if it is a whole number that fits; else 0 returned. */
int num_dec_to_u64(const num_dec *x, uint64_t *v);
/* -1, 0, 1 like strcmp, for non-negative values (signs considered). */
int num_dec_cmp(num_arena *a, const num_dec *x, const num_dec *y);

/* Writes the value in plain decimal notation ("1200000000000", "6.9", "-0.5",
 * "0.333333333333333") into dst, which has room for `cap` bytes; returns the
 * length, or 0 when it does not fit (the caller then grows its buffer). */
size_t num_dec_format(const num_dec *x, char *dst, size_t cap);
/* An upper bound of the formatted length. */
size_t num_dec_format_max(const num_dec *x);

#endif
