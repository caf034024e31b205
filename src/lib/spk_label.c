/* spk_label.c - recognising speaker labels.  The rules are deliberately
 * conservative: an ordinary sentence ending in a colon ("There is a Chinese
 * saying:") must not open a turn, so mixed-case labels must look like names
 * (capitalised words, a few connectors) and are taken only where a paragraph
 * begins. */
#include <string.h>
#include "spk_label.h"
#include "spk_text.h"

#define MAX_LABEL 100        /* bytes from line start to the colon */
#define MAX_AFFIL 240        /* a name's affiliation, up to its colon */

static int
is_nbsp(const char *p, size_t n, size_t i)
{
	return i + 1 < n && (unsigned char)p[i] == 0xc2 && (unsigned char)p[i + 1] == 0xa0;
}

static int
is_fwcolon(const char *p, size_t n, size_t i)
{
	return i + 2 < n && (unsigned char)p[i] == 0xef && (unsigned char)p[i + 1] == 0xbc &&
	       (unsigned char)p[i + 2] == 0x9a;
}

/* Length of a colon (ASCII or full-width) at i, or 0. */
static size_t
colon_len(const char *p, size_t n, size_t i)
{
	if (i < n && p[i] == ':')
		return 1;
	return is_fwcolon(p, n, i) ? 3 : 0;
}

/* After a label: a blank (not a line end counted twice) or the end of the line. */
static int
ends_label(const char *p, size_t n, size_t i)
{
	return i >= n || p[i] == '\n' || spk_blank_len(p, n, i) > 0;
}

/* Spaces and no-break spaces within a line, not line ends. */
static size_t
skip_inline(const char *p, size_t n, size_t i)
{
	for (;;) {
		if (i < n && (p[i] == ' ' || p[i] == '\t'))
			i++;
		else if (is_nbsp(p, n, i))
			i += 2;
		else
			return i;
	}
}

static void
finish(const char *p, size_t n, size_t after, spk_label *l)
{
	size_t le = spk_line_end(p, n, after);
	size_t t = skip_inline(p, n, after);
	l->alone = spk_is_blank(p, after, le);
	l->text = l->alone ? spk_skip_blank(p, n, le) : t;
}

/* Q and A: "Q:", "Q.", "Q：", "Q" + two spaces, NBSP or a tab, a bare "Q" line,
 * "Q" + one space + a capital or dash (the Obama-era pages). */
static int
qa_label(const char *p, size_t n, size_t i, spk_label *l)
{
	char c = p[i];
	size_t j = i + 1, k;
	if (c != 'Q' && c != 'A')
		return 0;
	if (j < n && p[j] == ' ' && j + 1 < n && p[j + 1] == ':')
		j++;                           /* "A :" */
	if ((k = colon_len(p, n, j)) > 0 || (j < n && p[j] == '.')) {
		size_t after = j + (k ? k : 1);
		/* "A:We have been..." (no space) is common enough in scraped pages */
		if (!ends_label(p, n, after) &&
		    !(k && after < n && (spk_is_upper((unsigned char)p[after]) || (unsigned char)p[after] >= 0x80)))
			return 0;
		if (!k && after < n && p[after] != '\n' && p[after] != ' ' && !is_nbsp(p, n, after))
			return 0;
		l->punct = k ? ':' : '.';
		l->end = after;
	} else if (c == 'Q') {
		if (j >= n || p[j] == '\n' || p[j] == '\r' || p[j] == '\t' || is_nbsp(p, n, j) ||
		    (p[j] == ' ' && j + 1 < n && (p[j + 1] == ' ' || is_nbsp(p, n, j + 1)))) {
			l->end = j;
		} else if (p[j] == ' ' && j + 1 < n &&
		           (spk_is_upper((unsigned char)p[j + 1]) || p[j + 1] == '-' || p[j + 1] == '(' ||
		            p[j + 1] == '[' || p[j + 1] == '"' || (unsigned char)p[j + 1] == 0xe2)) {
			l->end = j;
		} else
			return 0;
		l->punct = ' ';
	} else
		return 0;
	l->kind = c == 'Q' ? SPK_L_Q : SPK_L_A;
	l->start = l->name_start = i;
	l->name_end = i + 1;
	finish(p, n, l->end, l);
	return 1;
}

/* A word of capitals: A-Z, digits, . ' ’ - &, Latin-1 capitals; "Mc" allowed. */
static size_t
upper_word(const char *p, size_t n, size_t i, int *letters)
{
	size_t j = i;
	*letters = 0;
	if (j + 2 < n && p[j] == 'M' && p[j + 1] == 'c' && spk_is_upper((unsigned char)p[j + 2]))
		j += 2, *letters = 2;
	while (j < n) {
		unsigned char c = (unsigned char)p[j];
		if (spk_is_upper(c)) {
			(*letters)++;
			j++;
		} else if (spk_is_digit(c) || c == '.' || c == '\'' || c == '-' || c == '&') {
			j++;
		} else if (c == 0xc3 && j + 1 < n && (unsigned char)p[j + 1] >= 0x80 &&
		           (unsigned char)p[j + 1] <= 0x9e) {
			(*letters)++;
			j += 2;
		} else if (c == 0xe2 && j + 2 < n && (unsigned char)p[j + 1] == 0x80 &&
		           (unsigned char)p[j + 2] == 0x99) {
			j += 3;                    /* ’ as in O’BRIEN */
		} else
			break;
	}
	return j - i;
}

/* Words that head an editorial note, not a speaker. */
static int
editorial_word(const char *p, size_t n)
{
	static const char *const w[] = { "NOTE", "NOTES", "UPDATE", "CORRECTION", "EDITOR",
		"EDITORS", "SOURCE", "END", "RELEASE", "EMBARGOED", "PHOTO", "VIDEO", "AUDIO",
		"TRANSCRIPT", "UPDATED", "CLARIFICATION", "ATTACHMENT", "SUBJECT", NULL };
	for (int k = 0; w[k]; k++)
		if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

static int
upper_label(const char *p, size_t n, size_t i, int where, spk_label *l)
{
	size_t j = i, period_end = 0, words = 0, long_words = 0, period_words = 0;
	size_t first_len = 0;
	while (j < n && j - i <= MAX_LABEL) {
		int letters;
		size_t w = upper_word(p, n, j, &letters);
		if (w == 0)
			break;
		if (words == 0)
			first_len = w;
		words++;
		if (letters >= 2)
			long_words++;
		size_t e = j + w, k;
		if ((k = colon_len(p, n, e)) > 0 && letters > 0) {
			if (!ends_label(p, n, e + k) || long_words == 0)
				return 0;
			if (words == 1 && editorial_word(p + i, w))
				return 0;
			l->kind = SPK_L_UPPER;
			l->start = l->name_start = i;
			l->name_end = e;
			l->end = e + k;
			l->punct = ':';
			finish(p, n, l->end, l);
			return 1;
		}
		/* "CHAIR POWELL." : a word ending in a period, of letters only. */
		if (p[e - 1] == '.' && letters >= 2 && memchr(p + j, '.', w - 1) == NULL &&
		    (e >= n || p[e] == ' ' || p[e] == '\n' || is_nbsp(p, n, e))) {
			period_end = e;
			period_words = words;
		}
		j = e;
		size_t s = skip_inline(p, n, j);
		if (s == j || s - j > 6 || s >= n || p[s] == '\n')
			break;
		/* A lowercase word ends the capitals: only the period form is left. */
		j = s;
	}
	(void)first_len;
	if (period_end && (where & SPK_AT_PARA) && period_words >= 2) {
		size_t nxt = skip_inline(p, n, period_end);
		/* The speech must start like a sentence. */
		if (nxt < n && p[nxt] != '\n' && !spk_is_upper((unsigned char)p[nxt]) &&
		    p[nxt] != '(' && p[nxt] != '[' && (unsigned char)p[nxt] < 0x80)
			return 0;
		l->kind = SPK_L_UPPER;
		l->start = l->name_start = i;
		l->name_end = period_end - 1;
		l->end = period_end;
		l->punct = '.';
		finish(p, n, l->end, l);
		return 1;
	}
	return 0;
}

/* A capitalised word: a capital (or non-ASCII letter) then letters, digits,
 * . ' ’ - &. */
static size_t
cap_word(const char *p, size_t n, size_t i, int *cap, int *digits_only)
{
	size_t j = i;
	int alpha = 0;
	unsigned char c0 = (unsigned char)p[i];
	*cap = spk_is_upper(c0) || (c0 >= 0xc3 && c0 < 0xe0);
	while (j < n) {
		unsigned char c = (unsigned char)p[j];
		if (spk_is_alpha(c)) {
			alpha = 1;
			j++;
		} else if (spk_is_digit(c) || c == '.' || c == '\'' || c == '-' || c == '&') {
			j++;
		} else if (c >= 0xc3 && c < 0xe0 && j + 1 < n) {
			alpha = 1;
			j += 2;
		} else if (c == 0xe2 && j + 2 < n && (unsigned char)p[j + 1] == 0x80 &&
		           (unsigned char)p[j + 2] == 0x99) {
			j += 3;
		} else
			break;
	}
	*digits_only = !alpha;
	return j - i;
}

static int
connector(const char *p, size_t n)
{
	static const char *const w[] = { "of", "and", "the", "de", "du", "des", "la", "le",
		"van", "von", "der", "al", "bin", "da", "di", "y", "for", "on", "in", "und",
		"&", "el", "zu", NULL };
	for (int k = 0; w[k]; k++)
		if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

/* One capitalised word that opens a list or a note rather than a turn. */
static int
discourse_word(const char *p, size_t n)
{
	static const char *const w[] = { "First", "Second", "Third", "Fourth", "Fifth",
		"Finally", "Firstly", "Secondly", "Thirdly", "Lastly", "Also", "Note", "Notes",
		"Update", "Correction", "Example", "Background", "Yes", "No", "Again", "Here",
		"Now", "Today", "Moreover", "Meanwhile", "However", "Additionally", "Summary",
		"Conclusion", "Subject", "Re", "Remember", "Appendix", "Result", "Results",
		"Source", "Sources", "Editor", "Photo", "Video", "Attachment", "Attachments",
		"Tags", "Keywords", "Date", "Time", "Location", "Venue", "Title", "Read",
		"Contact", "Tel", "Fax", "Email", "Address", "Website", "Note", "PS", "Ps",
		"Therefore", "Thus", "Besides", "Furthermore", "Specifically", "Namely",
		"Meanwhile", "Then", "Next", "Last", "Point", "Topic", "Question", "Speakers",
		"Speaker", "Chairperson", "Participants", "Guests", "Attendees", "Panelists",
		"Dateline", "Transcript", NULL };
	/* Function words open sentences ("On Russia:", "In Honduras:"), never names. */
	static const char *const lead[] = { "In", "On", "At", "For", "With", "About",
		"Regarding", "As", "To", "From", "Of", "By", "And", "But", "So", "Or", "If", "When",
		"What", "Why", "How", "Where", "Who", "This", "That", "These", "Those", "It", "We",
		"I", "You", "He", "She", "They", "Our", "My", "Your", "Let", "Please", "Thank",
		"Thanks", "Like", "Just", "Even", "Because", "After", "Before", "During", "Since",
		"Until", "While", "Under", "Over", "Between", "Among", "Through", "All", "Some",
		"Many", "Most", "One", "Two", "Three", "Another", "Other", "Each", "Every", "Both",
		"Its", "Their", "His", "Her", "There", "Here", "Now", "Yes", "No", "Well", "Oh",
		"Sorry", "Okay", "OK", "Look", "See", "Note", NULL };
	for (int k = 0; lead[k]; k++) {
		size_t m = strlen(lead[k]);
		if (m <= n && memcmp(p, lead[k], m) == 0 && (m == n || p[m] == ' '))
			return 1;
	}
	for (int k = 0; w[k]; k++)
		if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

/* Words that make "Name, ... said:" a sentence, not a label. */
static int
verb_word(const char *p, size_t n)
{
	static const char *const w[] = { "said", "says", "say", "noted", "notes", "stated",
		"states", "added", "adds", "asked", "asks", "stressed", "stresses", "wrote",
		"writes", "tweeted", "tweets", "explained", "replied", "told", "warned",
		"declared", "announced", "follows", "following", "below", "is", "was", "are",
		"were", "this", "that", "these", "those", "question", "questions", "points",
		"emphasized", "pointed", "out", "put", "it", "clear", "saying", "reads", NULL };
	for (int k = 0; w[k]; k++)
		if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

/* ", deputy head of ...:" or " (Minister of ...):" up to a colon on the line. */
static size_t
affiliation(const char *p, size_t n, size_t i)
{
	size_t j = i, last_word = i, last_end = i;
	int paren = p[i] == '(';
	for (; j < n && j - i < MAX_AFFIL; j++) {
		unsigned char c = (unsigned char)p[j];
		if (c == '\n' || c == '?' || c == '!' || c == '"')
			return 0;
		if (c == '.' && j + 1 < n && p[j + 1] == ' ' && j > 0 && spk_is_lower((unsigned char)p[j - 1]))
			return 0;              /* a sentence ends: not a label */
		if (colon_len(p, n, j)) {
			if (!paren && verb_word(p + last_word, last_end - last_word))
				return 0;
			return j;
		}
		if (c == ' ') {
			last_word = j + 1;
		} else if (spk_is_alpha(c)) {
			last_end = j + 1;
		}
	}
	return 0;
}

static int
mixed_label(const char *p, size_t n, size_t i, spk_label *l)
{
	size_t j = i, words = 0, name_end = i;
	int ok_words = 1;
	while (j < n && j - i <= MAX_LABEL) {
		int cap, digits;
		size_t w = cap_word(p, n, j, &cap, &digits);
		if (w == 0)
			return 0;
		if (digits)
			return 0;
		if (!cap && !(words > 0 && connector(p + j, w)))
			return 0;
		if (words == 0 && !cap)
			return 0;
		words++;
		if (words > 7)
			return 0;
		size_t e = j + w, k;
		name_end = e;
		size_t c = e;
		if (c < n && p[c] == ' ' && colon_len(p, n, c + 1))
			c++;                       /* "Phoenix TV :" */
		if ((k = colon_len(p, n, c)) > 0) {
			if (!ends_label(p, n, c + k))
				return 0;
			if (discourse_word(p + i, e - i) && (words == 1 || !spk_is_upper((unsigned char)p[i + 1])))
				return 0;
			if (p[e - 1] == '.' && !(words == 1 && e - i <= 4))
				ok_words = ok_words;   /* "Dr.:" is odd but harmless */
			l->kind = SPK_L_MIXED;
			l->start = l->name_start = i;
			l->name_end = name_end;
			l->end = c + k;
			l->punct = ':';
			finish(p, n, l->end, l);
			return 1;
		}
		if (e < n && (p[e] == ',' || (p[e] == ' ' && e + 1 < n && p[e + 1] == '('))) {
			size_t a = affiliation(p, n, p[e] == ',' ? e + 1 : e + 1);
			if (a == 0 || words < 2)
				return 0;
			size_t ck = colon_len(p, n, a);
			if (!ends_label(p, n, a + ck))
				return 0;
			l->kind = SPK_L_MIXED;
			l->start = l->name_start = i;
			l->name_end = name_end;
			l->end = a + ck;
			l->punct = ':';
			finish(p, n, l->end, l);
			/* An affiliation with speech after it on the line reads too
			 * much like a sentence; accept it only alone on its line. */
			return l->alone;
		}
		j = e;
		if (j < n && p[j] == ' ')
			j++;
		else if (is_nbsp(p, n, j))
			j += 2;
		else
			return 0;
	}
	(void)ok_words;
	return 0;
}

static int
cjk_label(const char *p, size_t n, size_t i, spk_label *l)
{
	size_t j = i, chars = 0;
	while (j + 2 < n && (unsigned char)p[j] >= 0xe3 && (unsigned char)p[j] <= 0xe9 &&
	       !is_fwcolon(p, n, j)) {
		j += 3;
		chars++;
	}
	/* one character only for 问 (question) and 答 (answer) */
	if (chars > 8 || chars == 0 || (chars == 1 && memcmp(p + i, "\xe9\x97\xae", 3) != 0 &&
	                               memcmp(p + i, "\xe7\xad\x94", 3) != 0))
		return 0;
	size_t name_end = j, k;
	if (j < n && p[j] == '(') {               /* 王志刚(科技部部长)： */
		const char *q = memchr(p + j, ')', n - j < 120 ? n - j : 120);
		if (q == NULL)
			return 0;
		j = (size_t)(q - p) + 1;
	}
	if ((k = colon_len(p, n, j)) == 0)
		return 0;
	l->kind = SPK_L_CJK;
	l->start = l->name_start = i;
	l->name_end = name_end;
	l->end = j + k;
	l->punct = ':';
	finish(p, n, l->end, l);
	return 1;
}

int
spk_label_at(const char *p, size_t n, size_t i, int where, spk_label *l)
{
	i = skip_inline(p, n, i);
	if (i >= n || p[i] == '\n')
		return 0;
	memset(l, 0, sizeof *l);
	if (qa_label(p, n, i, l))
		return 1;
	if (spk_starts_ci(p + i, n - i, "QUESTION") || spk_starts_ci(p + i, n - i, "ANSWER")) {
		size_t w = (p[i] == 'Q' || p[i] == 'q') ? 8 : 6, k;
		if ((k = colon_len(p, n, i + w)) > 0 && ends_label(p, n, i + w + k) &&
		    (spk_is_upper((unsigned char)p[i + 1]) || (where & SPK_AT_PARA))) {
			l->kind = (p[i] == 'Q' || p[i] == 'q') ? SPK_L_Q : SPK_L_A;
			l->start = l->name_start = i;
			l->name_end = i + w;
			l->end = i + w + k;
			l->punct = ':';
			finish(p, n, l->end, l);
			return 1;
		}
	}
	if (upper_label(p, n, i, where, l))
		return 1;
	if (!(where & SPK_AT_PARA))
		return 0;
	if ((unsigned char)p[i] >= 0xe3 && (unsigned char)p[i] <= 0xe9)
		return cjk_label(p, n, i, l);
	return mixed_label(p, n, i, l);
}
