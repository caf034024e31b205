/* UTF-8 validation: the prefix length stops at the first bad byte or NUL,
 * positions are line and character column, replacement follows the
 * maximal-subpart practice. */
#include "lib/utf8.h"
#include "unit.h"

int
main(void)
{
	CHECK(bk_utf8_valid_prefix("hello", 5) == 5);
	CHECK(bk_utf8_valid_prefix("caf\xC3\xA9 ok", 8) == 8);
	CHECK(bk_utf8_valid_prefix("abcdefghij\x80", 11) == 10);   /* lone continuation */
	CHECK(bk_utf8_valid_prefix("ab\0cd", 5) == 2);              /* NUL */
	CHECK(bk_utf8_valid_prefix("\xC0\xAF", 2) == 0);            /* overlong */
	CHECK(bk_utf8_valid_prefix("\xED\xA0\x80", 3) == 0);        /* surrogate */
	CHECK(bk_utf8_valid_prefix("\xF4\x90\x80\x80", 4) == 0);    /* > U+10FFFF */
	CHECK(bk_utf8_valid_prefix("\xE4\xB8\xAD\xE5\x9B\xBD", 6) == 6);
	CHECK(bk_utf8_valid_prefix("\xF0\x9F\x98\x80", 4) == 4);    /* emoji */
	CHECK(bk_utf8_valid_prefix("\xE4\xB8", 2) == 0);            /* truncated */
	/* long ASCII runs take the 8-byte path; the bad byte is still found */
	char s[100];
	memset(s, 'a', sizeof s);
	s[77] = (char)0xFF;
	CHECK(bk_utf8_valid_prefix(s, sizeof s) == 77);

	CHECK(bk_utf8_bad_len("\xE4\xB8x", 3) == 2);   /* truncated sequence: one U+FFFD */
	CHECK(bk_utf8_bad_len("\x80\x80", 2) == 1);    /* each stray continuation: one */
	CHECK(bk_utf8_bad_len("\xED\xA0\x80", 3) == 1);

	unsigned long line, col;
	const char *t = "ab\ncaf\xC3\xA9 x";
	bk_utf8_position(t, 8, 1, &line, &col);        /* the space after "café" */
	CHECK(line == 2 && col == 5);
	bk_utf8_position(t, 0, 7, &line, &col);
	CHECK(line == 7 && col == 1);

	char enc[4];
	unsigned cp;
	size_t k = bk_utf8_encode(enc, 0x4E2D);
	CHECK(k == 3 && bk_utf8_decode(enc, k, &cp) == 3 && cp == 0x4E2D);
	k = bk_utf8_encode(enc, 0x1F600);
	CHECK(k == 4 && bk_utf8_decode(enc, k, &cp) == 4 && cp == 0x1F600);

	/* a bad byte, a NUL or a valid two-byte character at every position of
	 * a long ASCII text: the fast paths (32 and 8 bytes at a time) stop
	 * exactly there */
	char longt[100];
	for (size_t at = 0; at < sizeof longt - 1; at++) {
		memset(longt, 'a', sizeof longt);
		longt[at] = '\xFF';
		CHECK(bk_utf8_valid_prefix(longt, sizeof longt) == at);
		longt[at] = '\0';
		CHECK(bk_utf8_valid_prefix(longt, sizeof longt) == at);
		longt[at] = '\xC3';
		longt[at + 1] = '\xA9';
		CHECK(bk_utf8_valid_prefix(longt, sizeof longt) == sizeof longt);
	}
	return unit_end("utf8_check");
}
