/* Offsets are written by bk_out_u64 twice on every row: every digit count
 * from 1 to 20, either side of each power of ten; and bk_u64_to on many
 * values. */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "lib/out.h"
#include "unit.h"

int
main(void)
{
	unit_capture cap;
	unit_capture_start(&cap);
	bk_out_init(0);
	uint64_t v = 1;
	for (int i = 0; i < 20; i++, v *= 10) {
		bk_out_u64(v - 1);
		bk_out_tab();
		bk_out_u64(v);
		bk_out_tab();
		bk_out_u64(v + 1);
		bk_out_endrow();
	}
	bk_out_u64(UINT64_MAX);
	bk_out_endrow();
	CHECK(bk_out_finish() == 0);
	char want[2048], got[2048];
	size_t n = unit_capture_end(&cap, got, sizeof got);
	size_t k = 0;
	unsigned long long w = 1;
	for (int i = 0; i < 20; i++, w *= 10)
		k += (size_t)snprintf(want + k, sizeof want - k, "%llu\t%llu\t%llu\n", w - 1, w, w + 1);
	k += (size_t)snprintf(want + k, sizeof want - k, "%llu\n", (unsigned long long)UINT64_MAX);
	CHECK(n == k && memcmp(got, want, k) == 0);

	/* bk_u64_to makes up to eight digits at once: every value below 10^6,
	 * and a stride through the eight-digit ones, against printf */
	int bad = 0;
	for (uint64_t x = 0; x < 100000000; x += x < 1000000 ? 1 : 997) {
		char a[32], b[32];
		size_t al = (size_t)(bk_u64_to(a, x) - a);
		int bl = snprintf(b, sizeof b, "%llu", (unsigned long long)x);
		bad += al != (size_t)bl || memcmp(a, b, al) != 0;
	}
	CHECK(bad == 0);
	return unit_end("out_u64");
}
