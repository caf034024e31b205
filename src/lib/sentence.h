/* sentence.h - paragraphs and sentences of English (and CJK) briefing text.
 * Shared by segment, ngrams and numbers so that all agree on what a sentence is. */
#ifndef BK_SENTENCE_H
#define BK_SENTENCE_H
#include <stddef.h>

typedef struct bk_span {
	size_t start, end;       /* half-open byte range */
} bk_span;

typedef struct bk_spans {
	bk_span *v;
	size_t n, cap;
} bk_spans;

enum bk_newline { BK_NL_AUTO, BK_NL_ALWAYS, BK_NL_NEVER };

typedef struct bk_abbrevs bk_abbrevs;

typedef struct bk_sentopts {
	int newline;             /* enum bk_newline: is a line break a boundary? */
	const bk_abbrevs *abbrevs; /* NULL: the built-in list only */
	/* The text may begin in the middle of a line (a record of a TSV input that
	 * is a piece of its document): the length of its first line then says
	 * nothing about hard wrapping, and --newline=auto judges without it. */
	int fragment;
} bk_sentopts;

/* The next paragraph of p[0..n) at or after *pos: a run of lines ended by a blank
 * line (only spaces, tabs, CR or no-break spaces) or the end.  The span excludes
 * surrounding whitespace.  Returns 0 when no paragraph is left. */
int bk_next_paragraph(const char *p, size_t n, size_t *pos, bk_span *para);

/* Splits one paragraph p[0..n) into sentences, appending their spans (relative
 * to p, surrounding whitespace excluded, never empty) to *out. */
void bk_sentences(const char *p, size_t n, const bk_sentopts *o, bk_spans *out);

/* For the tests: bk_sentences, under --newline=auto, passes over the line
 * breaks of a paragraph it can tell is hard-wrapped prose without looking at
 * each line in full.  Returns 1 when that shortcut says no break of
 * paragraph p[0..n) is a boundary (0: it cannot tell), and sets *full to the
 * number of breaks the full look makes boundaries: never more than 0 when
 * the shortcut returned 1. */
int bk_sentences_prose_check(const char *p, size_t n, int fragment, size_t *full);

/* The built-in abbreviations plus those of `path` (one a line, with or without
 * the final period; '#' starts a comment).  NULL with errno set on failure. */
bk_abbrevs *bk_abbrevs_load(const char *path);
void bk_abbrevs_free(bk_abbrevs *a);

#endif
