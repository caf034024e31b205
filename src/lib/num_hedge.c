/* num_hedge.c - hedges and comparisons before and after a number ("more than",
 * "about", "up to", "or more"), as word sequences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num_scan_int.h"

/* ---- hedges ---- */

struct hedge {
	const char *w[6];        /* the words, NULL-terminated */
	const char *cmp;
};

static const struct hedge before[] = {
	{ { "more", "than" }, ">" }, { { "greater", "than" }, ">" }, { { "higher", "than" }, ">" }, { { "larger", "than" }, ">" },
	{ { "bigger", "than" }, ">" }, { { "well", "over" }, ">" }, { { "just", "over" }, ">" }, { { "over" }, ">" },
	{ { "well", "above" }, ">" }, { { "above" }, ">" }, { { "exceeding" }, ">" }, { { "exceed" }, ">" },
	{ { "exceeds" }, ">" }, { { "exceeded" }, ">" }, { { "in", "excess", "of" }, ">" }, { { "upwards", "of" }, ">" },
	{ { "upward", "of" }, ">" }, { { "north", "of" }, ">" }, { { "surpass" }, ">" }, { { "surpassing" }, ">" },
	{ { "greater", "than", "or", "equal", "to" }, ">=" }, { { "more", "than", "or", "equal", "to" }, ">=" },
	{ { "at", "least" }, ">=" }, { { "at", "least", "or", "equal", "to" }, ">=" },
	{ { "bigger", "or", "equal", "than" }, ">=" }, { { "higher", "or", "equal", "than" }, ">=" },
	{ { "greater", "or", "equal", "than" }, ">=" }, { { "larger", "or", "equal", "than" }, ">=" },
	{ { "equal", "to", "or", "more", "than" }, ">=" }, { { "equal", "to", "or", "greater", "than" }, ">=" },
	{ { "smaller", "or", "equal", "than" }, "<=" }, { { "less", "or", "equal", "than" }, "<=" },
	{ { "lower", "or", "equal", "than" }, "<=" }, { { "equal", "to", "or", "less", "than" }, "<=" },
	{ { "equal", "to", "or", "fewer", "than" }, "<=" }, { { "no", "less", "than" }, ">=" }, { { "no", "fewer", "than" }, ">=" },
	{ { "not", "less", "than" }, ">=" }, { { "not", "fewer", "than" }, ">=" }, { { "a", "minimum", "of" }, ">=" },
	{ { "less", "than", "or", "equal", "to" }, "<=" }, { { "fewer", "than", "or", "equal", "to" }, "<=" },
	{ { "up", "to" }, "<=" }, { { "at", "most" }, "<=" }, { { "no", "more", "than" }, "<=" }, { { "not", "more", "than" }, "<=" },
	{ { "a", "maximum", "of" }, "<=" }, { { "as", "many", "as" }, "<=" }, { { "as", "much", "as" }, "<=" }, { { "as", "high", "as" }, "<=" },
	{ { "less", "than" }, "<" }, { { "fewer", "than" }, "<" }, { { "lower", "than" }, "<" }, { { "smaller", "than" }, "<" },
	{ { "just", "under" }, "<" }, { { "under" }, "<" }, { { "just", "below" }, "<" }, { { "below" }, "<" },
	{ { "short", "of" }, "<" },
	{ { "about" }, "~" }, { { "around" }, "~" }, { { "approximately" }, "~" }, { { "approx" }, "~" },
	{ { "roughly" }, "~" }, { { "nearly" }, "~" }, { { "almost" }, "~" }, { { "close", "to" }, "~" },
	{ { "some" }, "~" }, { { "an", "estimated" }, "~" }, { { "estimated" }, "~" }, { { "circa" }, "~" },
	{ { "just", "about" }, "~" }, { { "more", "or", "less" }, "~" }, { { "somewhere", "around" }, "~" },
	{ { "exactly" }, "=" }, { { "precisely" }, "=" }, { { "equal", "to" }, "=" }, { { "equals" }, "=" },
	{ { "equals", "to" }, "=" }, { { "just" }, "=" }, { { "only" }, "=" },
	{ { NULL }, NULL }
};

static const struct hedge after[] = {
	{ { "or", "more" }, ">=" }, { { "and", "more" }, ">=" }, { { "and", "over" }, ">=" }, { { "or", "over" }, ">=" },
	{ { "and", "above" }, ">=" }, { { "or", "above" }, ">=" }, { { "or", "older" }, ">=" }, { { "and", "older" }, ">=" },
	{ { "and", "up" }, ">=" }, { { "or", "greater" }, ">=" }, { { "or", "higher" }, ">=" }, { { "plus" }, ">=" },
	{ { "or", "less" }, "<=" }, { { "or", "fewer" }, "<=" }, { { "and", "under" }, "<=" }, { { "or", "under" }, "<=" },
	{ { "and", "below" }, "<=" }, { { "or", "below" }, "<=" }, { { "or", "younger" }, "<=" }, { { "and", "younger" }, "<=" },
	{ { "or", "so" }, "~" }, { { "or", "thereabouts" }, "~" }, { { "odd" }, "~" },
	{ { NULL }, NULL }
};

/* Matches the words of h ending just before token i (not before floor);
 * returns the first token of the match, or (size_t)-1. */
static size_t
match_before(const num_scanner *S, size_t i, const char *const *w)
{
	size_t nw = 0;
	while (w[nw] != NULL)
		nw++;
	if (nw > i || i - nw < S->floor || !is_word(S, i - 1, w[nw - 1]))
		return (size_t)-1;
	for (size_t k = 0; k + 1 < nw; k++)
		if (!is_word(S, i - nw + k, w[k]))
			return (size_t)-1;
	return i - nw;
}

size_t
ns_match_after(const num_scanner *S, size_t j, const char *const *w)
{
	for (size_t k = 0; w[k] != NULL; k++)
		if (!is_word(S, j + k, w[k]))
			return (size_t)-1;
	size_t k = 0;
	while (w[k] != NULL)
		k++;
	return j + k;
}

/* Words before "up to" that make it a direction, not a bound. */
static int
motion_verb(const num_scanner *S, size_t j)
{
	static const char *const verbs[] = {
		"rose", "risen", "rise", "rises", "rising", "went", "go", "goes", "going", "gone",
		"jumped", "jump", "climbed", "climb", "moved", "move", "came", "come", "shot",
		"soared", "increased", "grew", "grown", "ramped", "step", "stepped", "add", "added",
		"adds", "sum", "sums", "summed", "built", "build", "scale", "scaled", "bring", "brought",
		"amount", "amounts", "amounted", "live", "lived", "lives", "measure", "measured",
		"stood", "stand", "picked", "pick", NULL
	};
	for (size_t i = 0; verbs[i] != NULL; i++)
		if (is_word(S, j, verbs[i]))
			return 1;
	return 0;
}

/* The hedge before token i: sets *hs (first token) and returns its cmp. */
const char *
ns_hedge_before(const num_scanner *S, size_t i, size_t *hs)
{
	static uint32_t last_words[27]; /* by first letter: bit n for a last word of n letters */
	if (last_words[0] == 0) {
		last_words[0] = 1;
		for (const struct hedge *h = before; h->w[0] != NULL; h++) {
			size_t n = 0;
			while (h->w[n + 1] != NULL)
				n++;
			last_words[num_word_letter[(unsigned char)h->w[n][0]]] |= 1u << strlen(h->w[n]);
		}
	}
	/* >10, < = 100, >= 30, ≤ 5 */
	if (i > S->floor && T(i - 1).t == T_PUNCT) {
		size_t k = i - 1;
		int eq = 0;
		if (T(k).ch == '=' && k > S->floor && (is_punct(S, k - 1, '<') || is_punct(S, k - 1, '>'))) {
			eq = 1;
			k--;
		}
		/* "< 1 2 3 >" is a page list: a lone sign counts only glued to the number */
		if ((T(k).ch == '<' || T(k).ch == '>') && !eq && T(i).sp && !is_dash(S, i))
			return NULL;
		if (T(k).ch == '<' || T(k).ch == '>' || T(k).ch == 0x2264 || T(k).ch == 0x2265) {
			if (k > 0 && (is_punct(S, k - 1, '<') || is_punct(S, k - 1, '>') || is_punct(S, k - 1, '=')))
				return NULL; /* <>30, =>30 */
			*hs = k;
			if (T(k).ch == 0x2264)
				return "<=";
			if (T(k).ch == 0x2265)
				return ">=";
			return T(k).ch == '<' ? (eq ? "<=" : "<") : (eq ? ">=" : ">");
		}
		return NULL;
	}
	if (i == 0 || T(i - 1).t != T_WORD || tlen(S, i - 1) >= 32 ||
	    !(last_words[num_word_letter[(unsigned char)S->p[T(i - 1).s]]] >> tlen(S, i - 1) & 1))
		return NULL; /* every hedge ends in a word, and not this one */
	for (const struct hedge *h = before; h->w[0] != NULL; h++) {
		size_t k = match_before(S, i, h->w);
		if (k == (size_t)-1)
			continue;
		if (strcmp(h->w[0], "up") == 0 && k > 0 && motion_verb(S, k - 1))
			continue;
		if (h->w[1] == NULL && (strcmp(h->w[0], "just") == 0 || strcmp(h->w[0], "only") == 0))
			continue; /* kept as words of no comparison */
		*hs = k;
		return h->cmp;
	}
	return NULL;
}

/* The hedge after a number ending before token j ("or more", "and over"):
 * its cmp, with *end after it; NULL when there is none. */
const char *
ns_hedge_after(const num_scanner *S, size_t j, size_t *end)
{
	if (j >= NT || T(j).t != T_WORD)
		return NULL;
	for (const struct hedge *h = after; h->w[0] != NULL; h++) {
		size_t k = ns_match_after(S, j, h->w);
		if (k == (size_t)-1)
			continue;
		if (ns_core_start(S, k) && strcmp(h->w[0], "odd") != 0 && !is_word(S, k, "a"))
			continue; /* 200 or more than 300: the next is its own */
		*end = k;
		return h->cmp;
	}
	return NULL;
}
