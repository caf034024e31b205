/* spk_label.h - recognising a speaker label at the start of a line.
 *
 * Forms: Q / A with ':', '.', a full-width colon, no-break spaces or two
 * spaces (the White House "Q  "); QUESTION: / ANSWER:; capitals with an
 * optional title ending in ':' (MS. PSAKI:, SENIOR ADMINISTRATION OFFICIAL:)
 * or in '.' (CHAIR POWELL.); a capitalised name or outlet ending in ':' (Hua
 * Chunying:, China Daily:), optionally with an affiliation after a comma or in
 * parentheses (Xu Lin, deputy head of ...:); CJK names with a full-width colon. */
#ifndef SPK_LABEL_H
#define SPK_LABEL_H
#include <stddef.h>

enum spk_lkind {
	SPK_L_NONE,
	SPK_L_Q,      /* a reporter's question mark: Q, QUESTION */
	SPK_L_A,      /* an unnamed answer: A, ANSWER */
	SPK_L_UPPER,  /* capitals: MS. PSAKI, THE PRESIDENT, MODERATOR */
	SPK_L_MIXED,  /* capitalised words: Hua Chunying, China Daily */
	SPK_L_CJK     /* 王志刚 */
};

/* Where a label may be taken. */
enum {
	SPK_AT_PARA = 1,  /* the line opens a paragraph: every form is allowed */
	SPK_AT_LINE = 2   /* a later line of a paragraph: only unmistakable forms */
};

typedef struct spk_label {
	int kind;               /* enum spk_lkind */
	size_t start, end;      /* the label as written, colon included */
	size_t name_start, name_end; /* the name part: no colon, affiliation or title case */
	size_t text;            /* first byte of speech after the label (may be a line end) */
	int alone;              /* nothing else on the label's line */
	char punct;             /* ':', '.', or ' ' for Q without punctuation */
} spk_label;

/* Recognises a label in p[0..n) at line start i (leading blanks allowed).
 * Returns 1 and fills *l, or 0. */
int spk_label_at(const char *p, size_t n, size_t i, int where, spk_label *l);

#endif
