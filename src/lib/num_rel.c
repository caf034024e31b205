/* num_rel.c - relative ordinals: a place in a sequence counted from its end
 * or from the present one ("penultimate", "the third from the end", "the next
 * round", "the previous administration", "the last two speakers").
 *
 * By default "last", "next" and "previous" are read only where they pick an
 * item of a sequence: before a singular noun, a count and a noun, or "one".
 * Before a word of time they make a relative date ("last week", "next year",
 * "the last 24 hours"), and in idioms ("at last", "a last resort", "next
 * door", "the last thing we want") no place at all: neither is a claim a
 * reader checks, and both are common in briefings.  "current" is "this one":
 * read only as "the current one".  NUM_SCAN_RELATIVE (--relative) reads every
 * last, next, previous and current. */
#include <stdio.h>
#include <string.h>
#include "num_noun.h"
#include "num_scan_int.h"

static const char *const time_words[] = {
	"year", "years", "yr", "month", "months", "week", "weeks", "weekend", "weekends",
	"day", "days", "night", "nights", "morning", "mornings", "afternoon", "afternoons",
	"evening", "evenings", "hour", "hours", "minute", "minutes", "moment", "moments",
	"time", "times", "decade", "decades", "century", "centuries", "semester", "semesters",
	"term", "terms", "season", "seasons", "period", "periods", "spring", "summer",
	"autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "tonight", "fiscal", "calendar", "while", "forever", "springs",
	"summers", "autumns", "winters", NULL
};

/* Idioms; verbs after "last" (last seen); pronouns with a contraction (Next
 * we'll go to); and the briefing's own turns: "Next question", "Next slide,
 * please", "one last quick one", "my previous answer" order the briefing, not
 * what it is about. */
static const char *const idioms[] = {
	"resort", "word", "words", "thing", "things", "straw", "name", "names", "door",
	"laugh", "gasp", "breath", "mile", "but", "seen", "heard", "held", "spoken", "done",
	"taken", "given", "we", "you", "they", "i", "he", "she", "it", "that", "there", "let",
	"question", "questions", "slide", "slides", "speaker", "speakers", "caller", "callers",
	"questioner", "answer", "reply", "response", "quick", "point", "follow", NULL
};

/* Before "last", a verb's auxiliary: "the talks will last", "how long it can last". */
static const char *const auxiliaries[] = {
	"will", "would", "can", "could", "may", "might", "should", "must", "shall", "to",
	"not", "won't", "wouldn't", "can't", "cannot", "couldn't", "don't", "doesn't",
	"didn't", "did", "does", "do", "it'll", "they'll", "that'll", NULL
};

/* Word token j, up to an apostrophe ("year's" is "year"), is in the list. */
static int
in_list(const num_scanner *S, size_t j, const char *const *list)
{
	if (j >= NT || T(j).t != T_WORD)
		return 0;
	const char *p = S->p + T(j).s;
	size_t n = tlen(S, j);
	for (size_t i = 0; i < n; i++)
		if (p[i] == '\'' || ((unsigned char)p[i] == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
		                     (unsigned char)p[i + 2] == 0x99)) {
			n = i;
			break;
		}
	for (size_t l = 0; list[l] != NULL; l++) {
		size_t m = strlen(list[l]);
		if (m != n)
			continue;
		size_t i = 0;
		while (i < n && (p[i] | 0x20) == list[l][i])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

static void
emit_rel(num_scanner *S, const char *v, size_t i, size_t j, const num_np *np)
{
	num_expr e;
	memset(&e, 0, sizeof e);
	e.kind = NK_ORDINAL;
	strcpy(S->vtext[1], v);
	e.vtext = S->vtext[1];
	e.cmp = "=";
	e.unit = "";
	e.start = T(i).s;
	e.end = T(j - 1).e;
	if (np != NULL) {
		e.noun_s = T(np->head).s;
		e.noun_e = T(np->head).e;
		e.phrase_s = T(np->first).s;
		e.phrase_e = T(np->last).e;
	}
	S->emit(S->ctx, &e, S->p);
}

/* After "one", what makes it a pronoun: the end of the phrase ("the last
 * one."), a function word ("the next one is"), or a verb in -s ("the next
 * one opens"), where a count would need a noun ("the next one hundred days"). */
static int
pronoun_ends(const num_scanner *S, size_t j)
{
	return j >= NT || T(j).t != T_WORD || (wflags(S, j) & (NF_STOP | NF_VERB)) ||
	       num_noun_plural(S->p, &T(j));
}

/* A count between the relative word and its noun: "the last two", "the next
 * 30", "the last few", "the next couple of".  Returns the token after it. */
static size_t
count_after(const num_scanner *S, size_t k)
{
	size_t j = k;
	while (j < NT && j < k + 8) {
		int r = role(S, j);
		if (is_num(S, j) || is_spelled(r) || r == NW_HUNDRED || r == NW_SCALE || r == NW_DOZEN ||
		    is_word(S, j, "few") || is_word(S, j, "couple") || is_word(S, j, "several") ||
		    is_word(S, j, "many"))
			j++;
		else if (j > k && glued(S, j) && (is_punct(S, j, ',') || is_punct(S, j, '.') || is_dash(S, j)) &&
		         glued(S, j + 1) && (is_num(S, j + 1) || is_spelled(role(S, j + 1))))
			j++; /* 1,000; 2.5; twenty-five */
		else if ((j > k && is_word(S, j, "of") && is_word(S, j - 1, "couple")) ||
		         (j > k && r == NW_AND && is_spelled(role(S, j + 1))))
			j++; /* a couple of; two hundred and fifty */
		else
			break;
	}
	return j;
}

/* last, next, previous before what they pick: the place in a sequence, or 0. */
static int
rel_before_noun(num_scanner *S, size_t i, const char *v)
{
	if (i > 0 && (is_word(S, i - 1, "at") || (is_word(S, i, "last") && in_list(S, i - 1, auxiliaries))))
		return 0; /* at last; the ceasefire will last */
	if (i > 0 && is_word(S, i, "last") && is_word(S, i - 1, "one"))
		return 0; /* one last question, one last time: a turn, not a place */
	if ((is_dash(S, i + 1) && glued(S, i + 1)) || (i > 0 && is_dash(S, i - 1) && glued(S, i)))
		return 0; /* last-minute, next-generation */
	size_t k = count_after(S, i + 1);
	int count = k > i + 1;
	if (k >= NT || T(k).t != T_WORD || tlen(S, k) < 2 || role(S, k) != NW_NONE ||
	    (wflags(S, k) & (NF_STOP | NF_VERB)))
		return 0;
	num_np np;
	if (!num_noun_phrase(S->p, &S->tk, k, NT, !count, &np))
		return 0;
	/* the next steps, previous occasions: some later or earlier ones, not one place */
	if (!count && num_noun_plural(S->p, &T(np.head)))
		return 0;
	for (size_t j = k; j <= np.last; j++)
		if (in_list(S, j, time_words) || in_list(S, j, idioms) || role(S, j) == NW_MONTH ||
		    role(S, j) == NW_QUARTER)
			return 0;
	if (!count && in_list(S, np.last + 1, time_words))
		return 0; /* the next school year */
	emit_rel(S, v, i, i + 1, &np);
	return 1;
}

size_t
ns_relative(num_scanner *S, size_t i, int all)
{
	static const struct { const char *w[7]; const char *v; } fixed[] = {
		{ { "the", "last", "but", "one" }, "end-1" },
		{ { "the", "last", "but", "two" }, "end-2" },
		{ { "the", "one", "before", "the", "last", "one" }, "end-1" },
		{ { "the", "one", "before", "the", "last" }, "end-1" },
		{ { "the", "one", "before", "last" }, "end-1" },
		{ { "next", "to", "last" }, "end-1" },
		{ { "penultimate" }, "end-1" }, { { "antepenultimate" }, "end-2" },
		{ { NULL }, NULL }
	};
	/* "one" is a pronoun here only when no noun follows: "the next one
	 * hundred days" is a count */
	static const struct { const char *w[3]; const char *v; size_t span; } pronoun[] = {
		{ { "previous", "one" }, "current-1", 2 }, { { "next", "one" }, "current+1", 2 },
		{ { "current", "one" }, "current+0", 2 }, { { "last", "one" }, "end+0", 1 },
		{ { NULL }, NULL, 0 }
	};
	if (!(wflags(S, i) & NF_REL) && role(S, i) != NW_ORD)
		return i;
	int the = is_word(S, i, "the");
	if (the && !is_word(S, i + 1, "last") && !is_word(S, i + 1, "one") && role(S, i + 1) != NW_ORD)
		return i;
	for (size_t r = 0; fixed[r].w[0] != NULL; r++) {
		size_t e = ns_match_after(S, i, fixed[r].w);
		if (e != (size_t)-1) {
			emit_rel(S, fixed[r].v, i, e, NULL);
			return e;
		}
	}
	/* the second to last, third from the end, fourth from last */
	size_t o = i + (size_t)the;
	if (role(S, o) == NW_ORD && !(wflags(S, o) & (NF_PLURAL | NF_POW)) && T(o).w->val >= 2) {
		static const char *const to_last[] = { "to", "last", NULL };
		static const char *const from_last[] = { "from", "last", NULL };
		static const char *const from_end[] = { "from", "the", "end", NULL };
		size_t e = ns_match_after(S, o + 1, to_last);
		if (e == (size_t)-1)
			e = ns_match_after(S, o + 1, from_last);
		if (e == (size_t)-1)
			e = ns_match_after(S, o + 1, from_end);
		if (e == (size_t)-1)
			return i;
		char v[24];
		snprintf(v, sizeof v, "end-%u", (unsigned)(T(o).w->val - 1));
		emit_rel(S, v, i, e, NULL);
		return e;
	}
	if (the)
		return i;
	for (size_t r = 0; pronoun[r].w[0] != NULL; r++) {
		size_t e = ns_match_after(S, i, pronoun[r].w);
		if (e != (size_t)-1 && pronoun_ends(S, e)) {
			emit_rel(S, pronoun[r].v, i, i + pronoun[r].span, NULL);
			return e;
		}
	}
	const char *v = is_word(S, i, "last") ? "end+0" : is_word(S, i, "next") ? "current+1"
	                : is_word(S, i, "previous") ? "current-1" : is_word(S, i, "current") ? "current+0" : NULL;
	if (v == NULL)
		return i;
	if (!is_word(S, i, "current") && rel_before_noun(S, i, v))
		return i + 1;
	if (all) {
		emit_rel(S, v, i, i + 1, NULL);
		return i + 1;
	}
	return i;
}
