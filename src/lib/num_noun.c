/* num_noun.c - the counted noun after a number.  Briefing noun phrases after a
 * count are short: adjectives and nouns up to a function word, punctuation or
 * another number; the head is the first plural among them ("people die",
 * "countries participating") or, for a count of one, the last word. */
#include <string.h>
#include "num_noun.h"

/* Plurals without a final s, and words ending in s that are not plurals. */
static const char *const irregular[] = {
	"people", "children", "men", "women", "staff", "personnel", "cattle", "data",
	"media", "feet", "teeth", "mice", "geese", "sheep", "fish", "yuan", "yen",
	"criteria", "phenomena", "bacteria", "alumni", "youth", "troops", "livestock",
	"aircraft", "militia", NULL
};
static const char *const not_plural[] = {
	"this", "is", "was", "has", "us", "his", "its", "as", "yes", "thus", "plus", "less",
	"unless", "across", "always", "perhaps", "besides", "whereas", "various", "previous",
	"serious", "famous", "numerous", "enormous", "tremendous", "obvious", "virus",
	"coronavirus", "bus", "status", "census", "consensus", "campus", "bonus", "focus",
	"process", "progress", "business", "congress", "address", "access", "success",
	"press", "express", "class", "mass", "glass", "loss", "boss", "stress",
	"analysis", "basis", "crisis", "emphasis", "thesis", "diagnosis", "news",
	"series", "species", "means", "politics", "economics", "physics", "mathematics",
	"united", NULL
};

static int
word_eq(const char *p, const ntok *k, const char *w)
{
	size_t n = k->e - k->s;
	char c0 = p[k->s];
	if ((c0 >= 'A' && c0 <= 'Z' ? c0 + 32 : c0) != w[0] || strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = p[k->s + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != w[i])
			return 0;
	}
	return 1;
}

static int
in_list(const char *p, const ntok *k, const char *const *list)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (word_eq(p, k, list[i]))
			return 1;
	return 0;
}

/* Chinese, Japanese: a plural noun alone, an adjective before one */
static int
demonym(const char *p, const ntok *k)
{
	size_t n = k->e - k->s;
	return n > 4 && k->cap && p[k->e - 3] == 'e' && p[k->e - 2] == 's' && p[k->e - 1] == 'e';
}

int
num_noun_plural(const char *p, const ntok *k)
{
	size_t n = k->e - k->s;
	if (k->t != T_WORD || n < 2)
		return 0;
	char last = p[k->e - 1], prev = p[k->e - 2];
	if (demonym(p, k))
		return 1;
	if (last == 's' || last == 'S') {
		if (prev == 's' || prev == 'S' || prev == '\'' || prev == 'u')
			return 0;
		const num_word *w = num_tok_word(p, k);
		if (w != NULL && (w->flags & (NF_VERB | NF_STOP)))
			return 0;
		return !in_list(p, k, not_plural);
	}
	return in_list(p, k, irregular);
}

/* A word that can be part of a counted noun phrase. */
static int
content(const char *p, const ntok *k)
{
	if (k->t != T_WORD || k->e - k->s < 2)
		return 0;
	const num_word *w = num_tok_word(p, k);
	if (w == NULL)
		return 1;
	if (w->flags & (NF_STOP | NF_VERB))
		return 0;
	switch (w->role) {
	case NW_DIGIT: case NW_TEEN: case NW_TENS: case NW_ZERO: case NW_HUNDRED:
	case NW_SCALE: case NW_PERCENT: case NW_NEG: case NW_AND: case NW_POINT:
	case NW_DOZEN: case NW_HALF: case NW_QUARTER: case NW_A:
		return 0;
	}
	return 1;
}

/* Advances over one word, or a hyphenated compound ("face-to-face", "COVID-19"
 * is not one: digits end it).  Returns the last token of the unit. */
static size_t
compound_end(const ntoks *t, size_t j, size_t limit)
{
	while (j + 2 < limit && t->v[j + 1].t == T_PUNCT && t->v[j + 1].ch == '-' &&
	       !t->v[j + 1].sp && !t->v[j + 2].sp && t->v[j + 2].t == T_WORD)
		j += 2;
	return j;
}

/* -ed and -ing forms: they modify a noun ("confirmed cases") but never head one. */
static int
participle(const char *p, const ntok *k)
{
	size_t n = k->e - k->s;
	const char *w = p + k->s;
	if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd')
		return 1;
	return n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g' &&
	       !word_eq(p, k, "building") && !word_eq(p, k, "meeting") && !word_eq(p, k, "briefing") &&
	       !word_eq(p, k, "hearing") && !word_eq(p, k, "funding") && !word_eq(p, k, "training") &&
	       !word_eq(p, k, "spending") && !word_eq(p, k, "testing") && !word_eq(p, k, "housing");
}

int
num_noun_phrase(const char *p, const ntoks *t, size_t j, size_t limit, int singular, num_np *np)
{
	size_t words[6], nw = 0;
	size_t k = j;
	while (k < limit && nw < 4 && content(p, &t->v[k])) {
		/* "hospital opened": a participle after a noun starts the predicate;
		 * after a count of one, so does a word in -s ("one person takes") */
		if (nw > 0 && (participle(p, &t->v[k]) || (singular && num_noun_plural(p, &t->v[k]))))
			break;
		/* "the third state visit President Xi made": a name starts a new phrase */
		if (singular && nw > 0 && t->v[k].cap && !t->v[words[nw - 1]].cap)
			break;
		size_t e = compound_end(t, k, limit);
		words[nw++] = e;
		k = e + 1;
	}
	if (nw == 0 || (nw == 1 && t->v[j].cap && k < limit && t->v[k].t == T_PUNCT && t->v[k].ch == ':'))
		return 0; /* 100701 Tel: a label, not a noun */
	/* "first discovered", "one started seeing": a verb, not a noun */
	if (participle(p, &t->v[words[0]]) && (nw == 1 || participle(p, &t->v[words[1]])))
		return 0;
	np->first = j;
	size_t head = (size_t)-1, hi = 0;
	for (size_t i = 0; i < nw; i++)
		if (num_noun_plural(p, &t->v[words[i]]) && !(i + 1 < nw && demonym(p, &t->v[words[i]]))) {
			head = words[i];
			hi = i;
			break;
		}
	if (head == (size_t)-1) {
		/* a count above one with no plural noun: the phrase is not a noun
		 * ("200 on Monday"), unless it is a single word */
		if (!singular && nw > 1)
			return 0;
		hi = nw - 1;
		head = words[hi];
	}
	np->head = head;
	np->last = head;
	/* "countries and regions": a plural head coordinated with another */
	if (hi == nw - 1 && k + 1 < limit && t->v[k].t == T_WORD &&
	    (word_eq(p, &t->v[k], "and") || word_eq(p, &t->v[k], "or"))) {
		size_t m = k + 1, last = 0, n2 = 0;
		while (m < limit && n2 < 3 && content(p, &t->v[m])) {
			last = compound_end(t, m, limit);
			m = last + 1;
			n2++;
		}
		if (n2 > 0 && num_noun_plural(p, &t->v[last]) && !singular)
			np->last = last;
	}
	return 1;
}
