/* ng_bound.c - clause punctuation between words. */
#include <string.h>
#include "ng_bound.h"

/* Multi-byte marks that end a clause (UTF-8). */
static const char *const wide_marks[] = {
	"\xE2\x80\x94", /* — em dash */
	"\xE2\x80\x93", /* – en dash */
	"\xE2\x80\x95", /* ― horizontal bar */
	"\xE2\x80\x9C", /* “ */
	"\xE2\x80\x9D", /* ” */
	"\xE2\x80\x9E", /* „ */
	"\xC2\xAB",     /* « */
	"\xC2\xBB",     /* » */
	"\xEF\xBC\x8C", /* ， */
	"\xE3\x80\x81", /* 、 */
	"\xEF\xBC\x9B", /* ； */
	"\xEF\xBC\x9A", /* ： */
	"\xEF\xBC\x88", /* （ */
	"\xEF\xBC\x89", /* ） */
	"\xE3\x80\x8C", /* 「 */
	"\xE3\x80\x8D", /* 」 */
	"\xE3\x80\x8E", /* 『 */
	"\xE3\x80\x8F", /* 』 */
	"\xE3\x80\x8A", /* 《 */
	"\xE3\x80\x8B", /* 》 */
	"\xE3\x80\x82", /* 。 */
	"\xEF\xBC\x81", /* ！ */
	"\xEF\xBC\x9F", /* ？ */
	NULL
};

/* Built from the rules of ng_gap_breaks: the bytes it decides alone. */
const unsigned char ng_gap_class[256] = {
	[','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1,
	['{'] = 1, ['}'] = 1, ['"'] = 1, ['-'] = 2,
	[0x80] = 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
};

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int
ng_gap_breaks(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		switch (c) {
		case ',': case ';': case ':': case '(': case ')': case '[': case ']':
		case '{': case '}': case '"':
			return 1;
		case '-':
			if (i + 1 < n && p[i + 1] == '-')
				return 1;
			/* the ends of the gap touch words: "so-called" split by
			 * --split-hyphens still joins */
			if (i > 0 && is_space((unsigned char)p[i - 1]) && i + 1 < n &&
			    is_space((unsigned char)p[i + 1]))
				return 1;
			continue;
		default:
			if (c < 0x80)
				continue;
		}
		for (int k = 0; wide_marks[k]; k++) {
			size_t m = strlen(wide_marks[k]);
			if (m <= n - i && memcmp(p + i, wide_marks[k], m) == 0)
				return 1;
		}
	}
	return 0;
}
