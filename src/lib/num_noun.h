/* num_noun.h - what a number counts: the head noun and noun phrase that follow
 * it ("161 countries and regions", "over 8,300 young scientists"). */
#ifndef NUM_NOUN_H
#define NUM_NOUN_H
#include <stddef.h>
#include "num_tok.h"

typedef struct num_np {
	size_t head;             /* token of the head noun; (size_t)-1 if none */
	size_t first, last;      /* tokens of the phrase, inclusive */
} num_np;

/* The noun phrase that starts at token j of t (before token limit), where
 * `singular` says the count is one ("one hospital").  Returns 1 if found. */
int num_noun_phrase(const char *p, const ntoks *t, size_t j, size_t limit, int singular, num_np *np);

/* Does the word token look like a plural noun ("countries", "people")? */
int num_noun_plural(const char *p, const ntok *k);

#endif
