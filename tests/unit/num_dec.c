/* num_dec: exact values, fractions to 15 significant digits, big numbers. */
#include <stdio.h>
#include <string.h>
#include "lib/num_dec.h"

static int fails;
static num_arena *A;

static void
expect(const num_dec *x, const char *want, int line)
{
	char buf[1024];
	size_t n = num_dec_format(x, buf, sizeof buf);
	buf[n] = 0;
	if (strcmp(buf, want) != 0) {
		printf("line %d: got %s, want %s\n", line, buf, want);
		fails++;
	}
}
#define EXPECT(x, w) do { num_dec t_ = (x); expect(&t_, w, __LINE__); } while (0)

static num_dec
dig(const char *s)
{
	const char *dot = strchr(s, '.');
	char b[512];
	size_t n = 0, frac = 0;
	for (const char *p = s; *p; p++)
		if (*p != '.')
			b[n++] = *p;
	if (dot)
		frac = strlen(dot + 1);
	return num_dec_digits(A, b, n, frac);
}

int
main(void)
{
	A = num_arena_new();
	num_dec x, y, r;
	x = dig("1.2");
	EXPECT(num_dec_shift(x, 12), "1200000000000");
	EXPECT(dig("4.800"), "4.8");
	EXPECT(dig(".08"), "0.08");
	EXPECT(dig("000"), "0");
	x = num_dec_u64(A, 2);
	num_dec_div_u64(A, &x, 3, &r);
	EXPECT(r, "0.666666666666667");
	x = num_dec_u64(A, 1);
	num_dec_div_u64(A, &x, 3, &r);
	EXPECT(r, "0.333333333333333");
	num_dec_div_u64(A, &x, 8, &r);
	EXPECT(r, "0.125");
	num_dec_div_u64(A, &x, 21, &r);
	EXPECT(r, "0.0476190476190476");
	/* 103 + 2/3 */
	y = num_dec_u64(A, 2);
	num_dec_div_u64(A, &y, 3, &y);
	x = num_dec_u64(A, 103);
	num_dec_add(A, &x, &y, &r);
	EXPECT(r, "103.666666666667");
	/* two thirds of a million */
	EXPECT(num_dec_shift(y, 6), "666666.666666667");
	/* 9 + 5/9 million */
	x = num_dec_u64(A, 5);
	num_dec_div_u64(A, &x, 9, &x);
	y = num_dec_u64(A, 9);
	num_dec_add(A, &y, &x, &r);
	EXPECT(num_dec_shift(r, 6), "9555555.55555556");
	/* 0.999...: rounding carries */
	x = num_dec_u64(A, 99999999999999999ULL);
	num_dec_div_u64(A, &x, 100000000000000001ULL, &r);
	EXPECT(r, "1");
	/* half a million, 1/4 of 10^6 */
	x = num_dec_u64(A, 1);
	num_dec_div_u64(A, &x, 4, &x);
	EXPECT(num_dec_shift(x, 6), "250000");
	/* 2.5 dozen */
	x = dig("2.5");
	num_dec_mul_u64(A, &x, 12, &r);
	EXPECT(r, "30");
	/* a thousand trillion trillion: every digit kept */
	x = num_dec_shift(num_dec_u64(A, 1000), 24);
	EXPECT(x, "1000000000000000000000000000");
	/* 400 digits */
	char big[401];
	for (int i = 0; i < 400; i++)
		big[i] = (char)('1' + i % 9);
	big[400] = 0;
	x = num_dec_digits(A, big, 400, 0);
	EXPECT(x, big);
	y = num_dec_u64(A, 1);
	num_dec_add(A, &x, &y, &r);
	big[399] = (char)(big[399] + 1);
	EXPECT(r, big);
	/* negative plus positive */
	x = num_dec_u64(A, 5);
	x.neg = 1;
	y = num_dec_u64(A, 3);
	num_dec_add(A, &x, &y, &r);
	EXPECT(r, "-2");
	uint64_t v;
	x = dig("18446744073709551615");
	if (!num_dec_to_u64(&x, &v) || v != 18446744073709551615ULL) {
		printf("to_u64 max failed\n");
		fails++;
	}
	num_arena_free(A);
	printf("%s\n", fails ? "FAIL" : "ok");
	return fails != 0;
}
