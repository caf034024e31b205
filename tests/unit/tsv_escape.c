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

/* The escaping, one byte at a time: what the sixteen-bytes-at-a-time code
 * must write. */
static size_t
escape_ref(char *d, const char *p, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		char e = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : 0;
		if (e) {
			d[k++] = '\\';
			d[k++] = e;
		} else {
			d[k++] = c;
		}
	}
	return k;
}

/* Long runs of plain text with escapes here and there (the blocks, the
 * tail), into a buffer of exactly 2n bytes (the sanitizers see overruns). */
static void
long_strings(void)
{
	for (int k = 0; k < 3000; k++) {
		size_t len = 1 + (size_t)(rand() % 300);
		int every = 1 + rand() % 64;
		char *s = malloc(len), *got = malloc(2 * len), *want = malloc(2 * len);
		for (size_t i = 0; i < len; i++) {
			int r = rand() % every;
			s[i] = r == 0 ? "\\\t\n\r"[rand() % 4] : (char)(' ' + rand() % 95);
		}
		size_t gl = bk_tsv_escape(got, s, len), wl = escape_ref(want, s, len);
		CHECK(gl == wl && memcmp(got, want, wl) == 0);
		free(s);
		free(got);
		free(want);
	}
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
	long_strings();
	return unit_end("tsv_escape");
}
