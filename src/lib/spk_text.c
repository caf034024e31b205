/* spk_text.c - byte-level helpers of speakers. */
#include <string.h>
#include "spk_text.h"

size_t
spk_blank_len(const char *p, size_t n, size_t i)
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

size_t
spk_count_words(const char *p, size_t i, size_t e)
{
	size_t words = 0;
	int in = 0, alnum = 0;
	while (i < e) {
		size_t k = spk_blank_len(p, e, i);
		if (k) {
			if (in && alnum)
				words++;
			in = alnum = 0;
			i += k;
			continue;
		}
		unsigned char c = (unsigned char)p[i];
		in = 1;
		/* Any non-ASCII byte counts as a letter: CJK text has no spaces,
		 * so a CJK run is one word; rough, but only used for shares. */
		if (spk_is_alpha(c) || spk_is_digit(c) || c >= 0x80)
			alnum = 1;
		i++;
	}
	return words + (in && alnum);
}

int
spk_has_question(const char *p, size_t i, size_t e)
{
	if (memchr(p + i, '?', e - i) != NULL)
		return 1;
	for (; i + 2 < e; i++)
		if ((unsigned char)p[i] == 0xef && (unsigned char)p[i + 1] == 0xbc &&
		    (unsigned char)p[i + 2] == 0x9f)
			return 1;
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
	return strlen(s) == n && spk_starts_ci(p, n, s);
}

int
spk_contains(const char *p, size_t n, const char *s)
{
	return memmem(p, n, s, strlen(s)) != NULL;
}
