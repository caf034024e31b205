/* docmeta.h - a briefing's date and title, read from its head: a YAML front
 * matter (date:, title:), a title line ("... Regular Press Conference on May
 * 11, 2018"), a dateline ("Issued on: March 14, 2020", "2026/09/14"). */
#ifndef BK_DOCMETA_H
#define BK_DOCMETA_H
#include <stddef.h>

typedef struct bk_docmeta {
	char date[11];           /* YYYY-MM-DD, or "" when the document does not say */
	char title[512];         /* the title line as written (whitespace folded), or "" */
} bk_docmeta;

/* Reads the first lines of p[0..n). */
void bk_docmeta_read(const char *p, size_t n, bk_docmeta *m);

/* Finds a date in s[0..n) ("May 11, 2018", "11 May 2018", "2018-05-11",
 * "2018/05/11", "Sept. 3, 2019"); writes YYYY-MM-DD into iso; 1 if found. */
int bk_find_date(const char *s, size_t n, char iso[11]);

#endif
