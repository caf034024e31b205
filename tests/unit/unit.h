/* unit.h - the smallest test harness: CHECK records a failure and goes on;
 * the program's status is the verdict (0 when every check held). */
#ifndef UNIT_H
#define UNIT_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* Standard output caught in a temporary file, for code that writes through
 * out.h: unit_capture_start redirects it; unit_capture_end puts it back and
 * reads what was written (at most cap bytes) into buf, and says how much. */
typedef struct unit_capture {
	char path[32];
	int saved;
} unit_capture;

static inline void
unit_capture_start(unit_capture *c)
{
	strcpy(c->path, "/tmp/bk_unit_XXXXXX");
	int fd = mkstemp(c->path);
	CHECK(fd >= 0);
	fflush(stdout);
	c->saved = dup(STDOUT_FILENO);
	dup2(fd, STDOUT_FILENO);
	close(fd);
}

static inline size_t
unit_capture_end(unit_capture *c, char *buf, size_t cap)
{
	fflush(stdout);
	dup2(c->saved, STDOUT_FILENO);
	close(c->saved);
	FILE *f = fopen(c->path, "r");
	CHECK(f != NULL);
	size_t n = f ? fread(buf, 1, cap, f) : 0;
	if (f)
		fclose(f);
	unlink(c->path);
	return n;
}

/* A number below n from a xorshift generator (state: nonzero): generated
 * cases that are the same from run to run. */
static inline uint32_t
unit_rand(uint64_t *state, uint32_t n)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return (uint32_t)(*state % n);
}

static inline int
unit_end(const char *name)
{
	printf("%s: %d checks, %d failed\n", name, unit_checks, unit_failures);
	return unit_failures != 0;
}
#endif
