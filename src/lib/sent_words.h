/* sent_words.h - the word lists behind sentence boundaries (used by sentence.c).
 *
 * Each word (lowercase, without its final period) carries classes that tell
 * what a period after it, or a line break after it, means. */
#ifndef BK_SENT_WORDS_H
#define BK_SENT_WORDS_H
#include <stddef.h>

enum {
	SW_TITLE = 1,    /* precedes a name: "Mr." "Dr." "Sen." - never ends a sentence */
	SW_CONT = 2,     /* always continues: "e.g." "i.e." "vs." */
	SW_NUM = 4,      /* an abbreviation only before a number: "No. 1" "p. 55" */
	SW_GEN = 8,      /* may end a sentence: "U.S." "Co." "etc." "a.m." */
	SW_STARTER = 16, /* commonly opens a sentence: "The" "We" "How" */
	SW_FUNC = 32     /* cannot end a sentence: "the" "of" "and" */
};

#define SW_MAXLEN 31

typedef struct sw_table {
	struct sw_entry {
		unsigned char len, cls;
		char w[SW_MAXLEN];
	} *slot;
	size_t mask;             /* slots - 1 (a power of two) */
	size_t n;
} sw_table;

/* The built-in table (built on first use). */
const sw_table *sw_builtin(void);
/* Adds w[0..n) (any case) with classes cls; words longer than SW_MAXLEN are ignored. */
void sw_add(sw_table *t, const char *w, size_t n, int cls);
/* The classes of w[0..n), compared case-insensitively (ASCII); 0 when absent. */
int sw_lookup(const sw_table *t, const char *w, size_t n);
void sw_free(sw_table *t);

#endif
