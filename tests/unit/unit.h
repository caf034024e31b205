/* unit.h - the smallest test harness: CHECK records a failure and goes on;
 * the program's status is the verdict (0 when every check held). */
#ifndef UNIT_H
#define UNIT_H
#include <stdio.h>
#include <string.h>

static int unit_failures;
static int unit_checks;

#define CHECK(cond) do { \
	unit_checks++; \
	if (!(cond)) { \
		unit_failures++; \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_MEM(got, gotlen, want) do { \
	const char *w_ = (want); \
	size_t wl_ = strlen(w_); \
	unit_checks++; \
	if ((gotlen) != wl_ || memcmp((got), w_, wl_) != 0) { \
		unit_failures++; \
		fprintf(stderr, "%s:%d: got '%.*s', want '%s'\n", __FILE__, __LINE__, \
		        (int)(gotlen), (got), w_); \
	} \
} while (0)

static inline int
unit_end(const char *name)
{
	printf("%s: %d checks, %d failed\n", name, unit_checks, unit_failures);
	return unit_failures != 0;
}
#endif
