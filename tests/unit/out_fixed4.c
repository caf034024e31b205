/* Reports write per10k, tf-idf and association scores with bk_fixed4_to:
 * against printf's %.4f on values whose fourth decimal is not a tie (where
 * the two agree), the sign of values that round to zero, and the edges. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
	return 0;
}
