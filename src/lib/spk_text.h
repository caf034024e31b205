/* spk_text.h - byte-level helpers of speakers: blanks, lines, words.
 * Every function takes pointer plus length; nothing allocates. */
#ifndef SPK_TEXT_H
#define SPK_TEXT_H
#include <stddef.h>

/* Length of the blank character at p[i] (ASCII space, tab, CR, LF, VT, FF,
 * U+00A0 no-break space, U+3000 ideographic space), or 0. */
size_t spk_blank_len_slow(const char *p, size_t n, size_t i);
static inline size_t
spk_blank_len(const char *p, size_t n, size_t i)
{
	unsigned char c = (unsigned char)p[i];
	if (c > ' ' && c < 0x80)
		return 0;
	return spk_blank_len_slow(p, n, i);
}

/* First non-blank position in [i, n). */
size_t spk_skip_blank(const char *p, size_t n, size_t i);

/* End of p[i..e) with trailing blanks removed. */
size_t spk_trim_end(const char *p, size_t i, size_t e);

/* End of the line starting at i (the position of its '\n', or n). */
size_t spk_line_end(const char *p, size_t n, size_t i);

/* Is p[i..e) only blanks? */
int spk_is_blank(const char *p, size_t i, size_t e);

/* Words of p[i..e): runs of non-blanks holding a letter or digit. */
size_t spk_count_words(const char *p, size_t i, size_t e);

/* The same, counting no further than limit. */
size_t spk_count_words_upto(const char *p, size_t i, size_t e, size_t limit);

/* Is p[i..e) only stage directions: "(Speaks Ukrainian.)", "[inaudible]"? */
int spk_stage_only(const char *p, size_t i, size_t e);

/* Does p[i..e) hold a question mark (ASCII or full-width)? */
int spk_has_question(const char *p, size_t i, size_t e);

/* Case-insensitive (ASCII) prefix and equality tests. */
int spk_starts_ci(const char *p, size_t n, const char *s);
int spk_eq_ci(const char *p, size_t n, const char *s);

/* Does p[0..n) contain s, case-sensitively? */
int spk_contains(const char *p, size_t n, const char *s);

static inline int spk_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int spk_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int spk_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int spk_is_alpha(int c) { return spk_is_upper(c) || spk_is_lower(c); }

#endif
