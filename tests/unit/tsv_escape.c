/* Escaping and unescaping TSV fields: the four escapes round-trip, nothing else
 * is touched, and a lone or unknown backslash stays literal. */
#include <stdlib.h>
#include "lib/input.h"
#include "lib/out.h"
#include "unit.h"

static void
roundtrip(const char *s, size_t n)
{
	char *esc = malloc(2 * n + 1), *back = malloc(2 * n + 1);
	size_t el = bk_tsv_escape(esc, s, n);
	CHECK(memchr(esc, '\t', el) == NULL && memchr(esc, '\n', el) == NULL &&
	      memchr(esc, '\r', el) == NULL);
	size_t bl = bk_tsv_unescape(back, esc, el);
	CHECK(bl == n && memcmp(back, s, n) == 0);
	free(esc);
	free(back);
}

int
main(void)
{
	char buf[64];
	size_t n = bk_tsv_escape(buf, "a\tb\nc\rd\\e", 9);
	CHECK_MEM(buf, n, "a\\tb\\nc\\rd\\\\e");
	n = bk_tsv_unescape(buf, "x\\ty\\nz\\\\w", 10);
	CHECK_MEM(buf, n, "x\ty\nz\\w");
	/* other backslashes are literal: \a, a final lone backslash */
	n = bk_tsv_unescape(buf, "\\a\\", 3);
	CHECK_MEM(buf, n, "\\a\\");
	n = bk_tsv_unescape(buf, "C:\\\\new", 7);
	CHECK_MEM(buf, n, "C:\\new");

	/* every byte value, in random strings */
	srand(42);
	for (int k = 0; k < 2000; k++) {
		char s[40];
		size_t len = (size_t)(rand() % 40);
		for (size_t i = 0; i < len; i++) {
			int r = rand() % 8;
			s[i] = r == 0 ? '\\' : r == 1 ? '\t' : r == 2 ? '\n' : r == 3 ? '\r' :
			       r == 4 ? 'n' : (char)(rand() % 256);
		}
		roundtrip(s, len);
	}
	return unit_end("tsv_escape");
}
