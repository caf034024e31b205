/* sent_words.c - abbreviations, sentence starters and function words.
 *
 * The lists are written for briefings: titles of officials, the acronyms and
 * months that come with dates and places, and the words that open a sentence
 * in answers and questions.  Lookups happen at every period, so the table is
 * a small open-addressing hash keyed on the lowercase word. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "sent_words.h"

/* Before a name; a period after them is never a sentence end. */
static const char *const titles[] = {
	"mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gen", "lt", "col", "maj",
	"capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "rev", "fr", "hon",
	"pres", "sen", "sens", "rep", "reps", "gov", "govs", "amb", "sec", "supt", "insp",
	"mt", "ft", "st", "atty", "det", "gens", "msgr", "mme", "mlle", "dep", NULL
};

/* Always followed by more of the same sentence. */
static const char *const conts[] = {
	"e.g", "i.e", "vs", "cf", "viz", "eg", "ie", "approx", NULL
};

/* Abbreviations only when a number follows. */
static const char *const nums[] = {
	"no", "nos", "n\xc2\xb0", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp",
	"para", "paras", "par", "op", "ch", "chap", "sec", "secs", "ca", "nr", "tel", "ext",
	"rm", "ste", "pt", "pts", "bldg", NULL
};

/* Ordinary abbreviations: the next word decides. */
static const char *const gens[] = {
	"co", "cos", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "esq",
	"dept", "govt", "univ", "assn", "assoc", "intl", "natl", "al", "est",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"ave", "blvd", "rd", "mfg", "min", "gal", "oz", "lb", "lbs", "sq", "cu",
	"a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "d.c", "u.s.a", "ph.d", "m.d", "b.a", "m.a",
	"h.e", "h.r", "s.e", "p.r.c", "d.p.r.k", "r.o.k", NULL
};

/* Capitalised, these usually open a sentence rather than continue a name
 * (decides "the U.S. How" against "the U.S. Government"). */
static const char *const starters[] = {
	"i", "we", "you", "he", "she", "it", "they", "the", "this", "that", "these", "those",
	"there", "here", "how", "what", "why", "when", "where", "who", "which", "whether",
	"and", "but", "so", "or", "nor", "yet", "if", "in", "on", "at", "as", "for", "from",
	"by", "with", "without", "of", "to", "after", "before", "since", "while",
	"although", "though", "because", "our", "my", "your", "his", "her", "its", "their",
	"a", "an", "now", "then", "today", "yesterday", "tomorrow", "also", "let", "please",
	"thank", "thanks", "yes", "no", "well", "okay", "ok", "meanwhile", "however",
	"moreover", "furthermore", "first", "second", "third", "finally", "next", "last",
	"some", "many", "most", "all", "every", "each", "both", "any", "such", "another",
	"mr", "mrs", "ms", "dr", "is", "are", "was", "were", "do", "does", "did", "can",
	"could", "will", "would", "should", "shall", "may", "might", "must", "has", "have",
	"had", "not", "just", "only", "even", "still", "again", "look", "sure", "right",
	"given", "during", "under", "over", "among", "about", "again", "one", "two",
	"q", "chinese", "china", NULL
};

/* A line that ends on one of these goes on in the next line. */
static const char *const funcs[] = {
	"the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "with", "by", "and",
	"or", "but", "nor", "as", "that", "than", "which", "who", "whom", "whose", "whether",
	"if", "because", "since", "while", "although", "though", "our", "my", "your", "his",
	"her", "its", "their", "this", "these", "those", "is", "are", "was", "were", "be",
	"been", "being", "will", "would", "shall", "should", "can", "could", "may", "might",
	"must", "has", "have", "had", "do", "does", "did", "very", "more", "most", "such",
	"about", "into", "onto", "over", "under", "between", "among", "through", "during",
	"without", "within", "against", "toward", "towards", "upon", "across", "per", "via",
	"also", "both", "either", "neither", "each", "every", "any", "some", "all", "not",
	"we", "i", "they", "he", "she", "you", "it's", "it\xe2\x80\x99s", "we're",
	"we\xe2\x80\x99re", NULL
};

static size_t
hash(const char *w, size_t n)
{
	size_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * 16777619u;
	}
	return h;
}

static int
same(const struct sw_entry *e, const char *w, size_t n)
{
	if (e->len != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if ((unsigned char)e->w[i] != c)
			return 0;
	}
	return 1;
}

static void
grow(sw_table *t)
{
	sw_table old = *t;
	size_t slots = old.slot ? 2 * (old.mask + 1) : 512;
	t->slot = bk_xcalloc(slots, sizeof *t->slot);
	t->mask = slots - 1;
	t->n = 0;
	for (size_t i = 0; old.slot && i <= old.mask; i++)
		if (old.slot[i].len)
			sw_add(t, old.slot[i].w, old.slot[i].len, old.slot[i].cls);
	free(old.slot);
}

void
sw_add(sw_table *t, const char *w, size_t n, int cls)
{
	if (n == 0 || n > SW_MAXLEN)
		return;
	if (t->slot == NULL || 2 * (t->n + 1) > t->mask + 1)
		grow(t);
	size_t i = hash(w, n) & t->mask;
	while (t->slot[i].len && !same(&t->slot[i], w, n))
		i = (i + 1) & t->mask;
	struct sw_entry *e = &t->slot[i];
	if (e->len == 0) {
		e->len = (unsigned char)n;
		for (size_t k = 0; k < n; k++)
			e->w[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
		t->n++;
	}
	e->cls |= (unsigned char)cls;
}

int
sw_lookup(const sw_table *t, const char *w, size_t n)
{
	if (t == NULL || t->slot == NULL || n == 0 || n > SW_MAXLEN)
		return 0;
	size_t i = hash(w, n) & t->mask;
	while (t->slot[i].len) {
		if (same(&t->slot[i], w, n))
			return t->slot[i].cls;
		i = (i + 1) & t->mask;
	}
	return 0;
}

void
sw_free(sw_table *t)
{
	free(t->slot);
	t->slot = NULL;
	t->n = t->mask = 0;
}

static void
add_list(sw_table *t, const char *const *list, int cls)
{
	for (size_t i = 0; list[i]; i++)
		sw_add(t, list[i], strlen(list[i]), cls);
}

static sw_table builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void
builtin_make(void)
{
	add_list(&builtin, titles, SW_TITLE);
	add_list(&builtin, conts, SW_CONT);
	add_list(&builtin, nums, SW_NUM);
	add_list(&builtin, gens, SW_GEN);
	add_list(&builtin, starters, SW_STARTER);
	add_list(&builtin, funcs, SW_FUNC);
}

/* Built on first use, once even when threads split at the same time. */
const sw_table *
sw_builtin(void)
{
	pthread_once(&builtin_once, builtin_make);
	return &builtin;
}
