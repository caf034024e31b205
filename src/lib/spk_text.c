/* spk_text.c - byte-level helpers of speakers. */
#include <string.h>
#include "spk_text.h"

size_t
spk_blank_len_slow(const char *p, size_t n, size_t i)
{
	unsigned char c = (unsigned char)p[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xc2 && i + 1 < n && (unsigned char)p[i + 1] == 0xa0)
		return 2;
	if (c == 0xe3 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 && (unsigned char)p[i + 2] == 0x80)
		return 3;
	return 0;
}

size_t
spk_skip_blank(const char *p, size_t n, size_t i)
{
	size_t k;
	while (i < n && (k = spk_blank_len(p, n, i)) > 0)
		i += k;
	return i;
}

size_t
spk_trim_end(const char *p, size_t i, size_t e)
{
	while (e > i) {
		unsigned char c = (unsigned char)p[e - 1];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
			e--;
		else if (c == 0xa0 && e - 2 >= i && (unsigned char)p[e - 2] == 0xc2)
			e -= 2;
		else if (c == 0x80 && e - 3 >= i && (unsigned char)p[e - 2] == 0x80 &&
		         (unsigned char)p[e - 3] == 0xe3)
			e -= 3;
		else
			break;
	}
	return e;
}

size_t
spk_line_end(const char *p, size_t n, size_t i)
{
	const char *nl = memchr(p + i, '\n', n - i);
	return nl ? (size_t)(nl - p) : n;
}

int
spk_is_blank(const char *p, size_t i, size_t e)
{
	return spk_skip_blank(p, e, i) >= e;
}

/* Byte classes for counting words: 0 other, 1 letter or digit (any
 * non-ASCII byte counts as one: CJK text has no spaces, so a CJK run is one
 * word; rough, but only used for shares), 2 ASCII blank, 3 a byte that may
 * open a no-break or ideographic space. */
static unsigned char wclass[256];

static void
wclass_init(void)
{
	for (int c = 0; c < 256; c++)
		wclass[c] = (unsigned char)(c >= 0x80 || (c >= 'a' && c <= 'z') ||
		                            (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
	wclass[' '] = wclass['\t'] = wclass['\n'] = wclass['\r'] = wclass['\v'] = wclass['\f'] = 2;
	wclass[0xc2] = wclass[0xe3] = 3;
}

size_t
spk_count_words(const char *p, size_t i, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t words = 0;
	int in = 0, alnum = 0;
	if (wclass['a'] == 0)
		wclass_init();
	while (i < e) {
		unsigned c = wclass[u[i]];
		if (c == 2 || (c == 3 && spk_blank_len(p, e, i))) {
			words += in && alnum;
			in = alnum = 0;
			i += c == 2 ? 1 : spk_blank_len(p, e, i);
			continue;
		}
		in = 1;
		alnum |= c != 0;
		i++;
	}
	return words + (in && alnum);
}

int
spk_stage_only(const char *p, size_t i, size_t e)
{
	int depth = 0, groups = 0;
	for (size_t k = i; k < e; k++) {
		char c = p[k];
		if (c == '(' || c == '[') {
			depth++;
			groups++;
		} else if ((c == ')' || c == ']') && depth > 0) {
			depth--;
		} else if (depth == 0 && c != ' ' && c != '\n' && c != '\t' && c != '\r' &&
		           !((unsigned char)c == 0xc2 && k + 1 < e && (unsigned char)p[k + 1] == 0xa0 && ++k)) {
			return 0;
		}
	}
	return groups > 0;
}

int
spk_has_question(const char *p, size_t i, size_t e)
{
	if (memchr(p + i, '?', e - i) != NULL)
		return 1;
	const char *q = p + i, *end = p + e;
	while ((q = memchr(q, 0xef, (size_t)(end - q))) != NULL) {
		if (end - q >= 3 && (unsigned char)q[1] == 0xbc && (unsigned char)q[2] == 0x9f)
			return 1;
		q++;
	}
	return 0;
}

static int
lower(int c)
{
	return spk_is_upper(c) ? c + 32 : c;
}

int
spk_starts_ci(const char *p, size_t n, const char *s)
{
	size_t k = strlen(s);
	if (k > n)
		return 0;
	for (size_t i = 0; i < k; i++)
		if (lower((unsigned char)p[i]) != lower((unsigned char)s[i]))
			return 0;
	return 1;
}

int
spk_eq_ci(const char *p, size_t n, const char *s)
{
	if (n == 0 || lower((unsigned char)p[0]) != lower((unsigned char)s[0]))
		return n == 0 && s[0] == '\0';
	return strlen(s) == n && spk_starts_ci(p, n, s);
}

/* The needles are short words and the haystacks short blocks: memchr on
 * the first byte beats a general memmem's set-up. */
int
spk_contains(const char *p, size_t n, const char *s)
{
	size_t m = strlen(s);
	if (m == 0)
		return 1;
	const char *q = p, *end = p + n;
	while ((size_t)(end - q) >= m && (q = memchr(q, s[0], (size_t)(end - q) - m + 1)) != NULL) {
		if (memcmp(q, s, m) == 0)
			return 1;
		q++;
	}
	return 0;
}

size_t
spk_count_words_upto(const char *p, size_t i, size_t e, size_t limit)
{
	size_t w = 0;
	while (i < e && w < limit) {
		i = spk_skip_blank(p, e, i);
		if (i >= e)
			break;
		size_t j = i;
		int alnum = 0;
		while (j < e && !spk_blank_len(p, e, j)) {
			unsigned char c = (unsigned char)p[j++];
			alnum |= (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u || c >= 0x80;
		}
		w += alnum;
		i = j;
	}
	return w;
}
