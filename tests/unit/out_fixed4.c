/* Reports write per10k, tf-idf and association scores with bk_fixed4_to:
 * against printf's %.4f on values whose fourth decimal is not a tie (where
 * the two agree), the sign of values that round to zero, and the edges. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/out.h"
#include "unit.h"

static void
check(double v, const char *want)
{
	char got[40];
	*bk_fixed4_to(got, v) = 0;
	if (strcmp(got, want) != 0)
		fprintf(stderr, "bk_fixed4_to(%.17g): got %s, want %s\n", v, got, want);
	CHECK(strcmp(got, want) == 0);
}

int
main(void)
{
	check(0, "0.0000");
	check(-0.0, "0.0000");
	check(-0.00004, "0.0000");
	check(-0.00006, "-0.0001");
	check(0.00005, "0.0001");   /* half away from zero */
	check(2.5, "2.5000");
	check(-13.81551, "-13.8155");
	check(10000, "10000.0000");
	check(999999999.0, "999999999.0000");
	srand(7);
	for (int i = 0; i < 100000; i++) {
		double v = ((double)rand() / RAND_MAX - 0.5) * pow(10, rand() % 12);
		double s = v * 10000, frac = fabs(s - trunc(s));
		if (fabs(frac - 0.5) < 1e-6)
			continue; /* a tie: printf rounds the binary value, we round half away */
		char want[64];
		snprintf(want, sizeof want, "%.4f", v);
		if (strcmp(want, "-0.0000") == 0)
			strcpy(want, "0.0000");
		check(v, want);
	}
	/* rounding: half away from zero of v * 10000, exactly as round() does,
	 * on ties and on their neighbours in the last place */
	check(0.00025, "0.0003");
	check(-0.00025, "-0.0003");
	check(-0.00005, "-0.0001");
	/* a v whose v * 10000 is the largest double below one half: adding a
	 * half before truncating would make it 1 */
	int found = 0;
	for (double v = 0.49999999999999994 / 10000, lo = v; v < lo * (1 + 1e-12); v = nextafter(v, 1)) {
		if (v * 10000 == 0.49999999999999994) {
			check(v, "0.0000");
			check(-v, "0.0000");
			found = 1;
		}
	}
	CHECK(found);
	for (int i = 0; i < 200000; i++) {
		/* quarters, halves and their neighbours in the last place */
		double s = (double)(rand() % 4000000 - 2000000) / 4;
		if (i % 3)
			s = nextafter(s, i % 3 == 1 ? INFINITY : -INFINITY);
		double v = s / 10000, r = round(v * 10000);
		char want[64], *w = want;
		if (r < 0) {
			*w++ = '-';
			r = -r;
		}
		uint64_t x = (uint64_t)r;
		snprintf(w, sizeof want - 1, "%llu.%04llu", (unsigned long long)(x / 10000),
		         (unsigned long long)(x % 10000));
		check(v, want);
	}
	/* past the fast path's range, printf: every digit right */
	unit_capture cap;
	unit_capture_start(&cap);
	bk_out_init(0);
	bk_out_fixed4(99999999999999.0);
	bk_out_tab();
	bk_out_fixed4(-123456789012.5);
	bk_out_tab();
	bk_out_fixed4(1.25);
	bk_out_endrow();
	CHECK(bk_out_finish() == 0);
	char got[128];
	size_t n = unit_capture_end(&cap, got, sizeof got);
	CHECK_MEM(got, n, "99999999999999.0000\t-123456789012.5000\t1.2500\n");
	return unit_end("out_fixed4");
}
