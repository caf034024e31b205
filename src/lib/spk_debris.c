/* spk_debris.c - page debris, END marks, time stamps and datelines.  The
 * tests are on whole short blocks, so that a sentence that merely mentions
 * "Print" or "Twitter" stays speech. */
#include <string.h>
#include "spk_debris.h"
#include "spk_text.h"

/* Whole-block matches (after trimming), and prefixes. */
struct pat { const char *s; size_t n; };
#define S(x) { x, sizeof(x) - 1 }

static const struct pat junk_exact[] = {
	S("Print"), S("Share"), S("Share:"), S("All News"), S("Tweet"), S("Email"), S("E-mail"), S("Facebook"), S("Twitter"), S("Instagram"), S("YouTube"), S("LinkedIn"), S("WeChat"), S("Weibo"), S("Menu"), S("Search"), S("Type Your Search"), S("Skip to content"), S("Remarks"), S("Briefings & Statements"), S("Home"), S("Top"), S("Back to top"), S("Bookmark"), S("Comments"), S("No comments."), S("No comments"), S("Close"), S("\\###"), S("###"), S("---"), S("***"), S("____"), S("# # #"), S("-30-"), S("* * *"), S("Print E-mail"), S("Print this page"), S("Text size"), S("A A A"), S("A+ A-"), S("Listen"), S("Download"), S("Subscribe"),
	{ NULL, 0 }
};
static const struct pat junk_prefix[] = {
	S("Print E-mail"), S("Adjust font size"), S("Bookmark and Share"), S("Go to Forum"), S("Add your comments"), S("Follow on Twitter"), S("Follow us"), S("Send your stories"), S("Share this"), S("Share on"), S("Type Your Search"), S("Skip to"), S("Racist, abusive"), S("Enter the words"), S("Your Comment"), S("Your comment"), S("Editor's note"), S("Editor’s note"), S("**Please see"), S("** Please see"), S("*Please see"), S("Please see below"), S("Please see correction"),
	{ NULL, 0 }
};
static const struct pat junk_contains[] = {
	S("Comment(s)"), S("App Download"), S("User Name Required"), S("question was raised after"), S("questions were raised after"), S("question is raised after"), S("Please see correction"), S("marked with an asterisk"), S("further response to the question"), S("further response to questions"), S("marked by an asterisk"), S("All rights reserved"),
	{ NULL, 0 }
};
static const struct pat footer_prefix[] = {
	S("Appendix:"), S("Suggest to a friend"), S("Related News"), S("Related Articles"), S("Related Stories"), S("Copyright"), S("Contact us"), S("Contact Us"), S("©"),
	{ NULL, 0 }
};
static const struct pat meta_prefix[] = {
	S("Issued on:"), S("Via Teleconference"), S("Via Telephone"), S("Via Phone"), S("Via Video"), S("Aboard Air Force One"), S("En Route"), S("en Route"), S("En route"), S("Read more"), S("Photo:"), S("Photo by"), S("Source:"), S("Editor:"), S("Editors:"), S("Translated by"), S("Translator:"), S("Updated:"), S("Published:"), S("Posted:"), S("Date:"), S("Time:"), S("Venue:"), S("Location:"), S("Dateline"), S("Transcript by"), S("James S. Brady Press Briefing Room"), S("Press Briefing Room"),
	{ NULL, 0 }
};

/* The lists are short and the blocks tested are short, but a transcript has
 * thousands of them: compare lengths and first bytes before memcmp. */
/* The lists are short and the blocks tested are short, but a transcript has
 * thousands of them: compare lengths and first bytes before memcmp. */
static int
exact(const char *p, size_t n, const struct pat *list)
{
	for (int k = 0; list[k].s; k++)
		if (list[k].n == n && list[k].s[0] == p[0] && memcmp(p, list[k].s, n) == 0)
			return 1;
	return 0;
}

static int
prefix(const char *p, size_t n, const struct pat *list)
{
	for (int k = 0; list[k].s; k++)
		if (list[k].n <= n && list[k].s[0] == p[0] && memcmp(p, list[k].s, list[k].n) == 0)
			return 1;
	return 0;
}

static int
contains(const char *p, size_t n, const struct pat *list)
{
	for (int k = 0; list[k].s; k++) {
		size_t m = list[k].n;
		const char *q = p, *end = p + n;
		while ((size_t)(end - q) >= m && (q = memchr(q, list[k].s[0], (size_t)(end - q) - m + 1)) != NULL) {
			if (memcmp(q, list[k].s, m) == 0)
				return 1;
			q++;
		}
	}
	return 0;
}

/* "< 1 2 3 >", "Page 2 of 5", "Previous 1 2 Next": digits among arrows and words. */
static int
pagination(const char *p, size_t n)
{
	size_t digits = 0;
	if (n > 200)
		return 0;
	for (size_t i = 0; i < n;) {
		size_t b = spk_blank_len(p, n, i);
		if (b) {
			i += b;
			continue;
		}
		unsigned char c = (unsigned char)p[i];
		if (spk_is_digit(c))
			digits++;
		else if (c == '<' || c == '>' || c == '|' || c == '.' || c == '[' || c == ']' ||
		         c == '-' || c == '/')
			;
		else if (spk_starts_ci(p + i, n - i, "next") || spk_starts_ci(p + i, n - i, "page") ||
		         spk_starts_ci(p + i, n - i, "prev") || spk_starts_ci(p + i, n - i, "of")) {
			while (i < n && spk_is_alpha((unsigned char)p[i]))
				i++;
			continue;
		} else
			return 0;
		i++;
	}
	return digits > 0;
}

/* "12:19 P.M. EDT", "2:05 P.M EST", "4:49 P.M. EDT", "10:00 a.m.", optional "END". */
static int
time_stamp(const char *p, size_t n)
{
	size_t i = 0;
	if (n > 40)
		return 0;
	if (i + 3 <= n && memcmp(p, "END", 3) == 0)
		i = spk_skip_blank(p, n, i + 3);
	size_t d = i;
	while (i < n && spk_is_digit((unsigned char)p[i]))
		i++;
	if (i == d || i - d > 2 || i >= n || p[i] != ':')
		return 0;
	i++;
	d = i;
	while (i < n && spk_is_digit((unsigned char)p[i]))
		i++;
	if (i - d != 2)
		return 0;
	i = spk_skip_blank(p, n, i);
	/* a.m./P.M./PM, then a zone of capitals */
	while (i < n && (spk_is_alpha((unsigned char)p[i]) || p[i] == '.' || spk_blank_len(p, n, i))) {
		size_t b = spk_blank_len(p, n, i);
		i += b ? b : 1;
	}
	return i == n;
}

static int
month_date(const char *p, size_t n)
{
	static const struct pat months[] = { S("January"), S("February"), S("March"), S("April"),
		S("May"), S("June"), S("July"), S("August"), S("September"), S("October"),
		S("November"), S("December"), { NULL, 0 } };
	if (n > 40)
		return 0;
	size_t i = 0;
	/* an optional weekday: "Wednesday, October 13, 2021" */
	const char *comma = memchr(p, ',', n);
	if (comma && (size_t)(comma - p) < 10 && spk_is_upper((unsigned char)p[0])) {
		int wd = 0;
		for (size_t k = 0; k < (size_t)(comma - p); k++)
			wd |= spk_is_digit((unsigned char)p[k]);
		if (!wd)
			i = spk_skip_blank(p, n, (size_t)(comma - p) + 1);
	}
	if (!prefix(p + i, n - i, months))
		return 0;
	for (size_t k = i; k < n; k++) {
		unsigned char c = (unsigned char)p[k];
		if (!(spk_is_alpha(c) || spk_is_digit(c) || c == ',' || c == ' ' || c == '.'))
			return 0;
	}
	return 1;
}

/* First bytes of every pattern of the prefix lists: a block opening with any
 * other byte skips them all. */
static unsigned char firsts[256];

static void
firsts_init(void)
{
	const struct pat *lists[] = { junk_exact, junk_prefix, footer_prefix, meta_prefix };
	for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
		for (int k = 0; lists[l][k].s; k++)
			firsts[(unsigned char)lists[l][k].s[0]] = 1;
	firsts['H'] = firsts['J'] = firsts['A'] = firsts['O'] = firsts['S'] = firsts['W'] = 1;
	firsts['F'] = firsts['M'] = firsts['N'] = firsts['D'] = 1;   /* Home, months */
	firsts[0] = 2;
}

/* "※※※※※", "***", "———": separators, no letter, digit or CJK character. */
static int
symbols_only(const char *p, size_t n)
{
	size_t chars = 0;
	if (n > 100)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (spk_is_alpha(c) || spk_is_digit(c) || (c >= 0xc3 && c < 0xe2) || c >= 0xe3)
			return 0;
		chars += (c & 0xc0) != 0x80;
	}
	return chars >= 3;             /* "–-" ending a cut-off line is speech */
}

/* "2026/09/14", "2020-10-27", "10/27/2020": a date alone. */
static int
numeric_date(const char *p, size_t n)
{
	size_t digits = 0;
	if (n < 6 || n > 12)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (spk_is_digit((unsigned char)p[i]))
			digits++;
		else if (p[i] != '/' && p[i] != '-' && p[i] != '.')
			return 0;
	}
	return digits >= 4;
}

/* A news lead: "Beijing, September 14, 2026 -- The office held ...",
 * "BEIJING, Oct. 27 (Xinhua) -- ...": a place and a date before a dash. */
static int
dateline_lead(const char *p, size_t n)
{
	static const struct pat months[] = { S("Jan"), S("Feb"), S("Mar"), S("Apr"), S("May"),
		S("Jun"), S("Jul"), S("Aug"), S("Sep"), S("Oct"), S("Nov"), S("Dec"), { NULL, 0 } };
	size_t lim = n < 90 ? n : 90;
	if (!spk_is_upper((unsigned char)p[0]))
		return 0;
	const char *comma = memchr(p, ',', lim);
	if (comma == NULL)
		return 0;
	size_t c = (size_t)(comma - p) + 1;
	while (c < lim && p[c] == ' ')
		c++;
	if (c >= lim || !prefix(p + c, lim - c, months))
		return 0;
	for (size_t i = c; i + 2 < lim; i++)
		if ((p[i] == '-' && p[i + 1] == '-') ||
		    ((unsigned char)p[i] == 0xe2 && (unsigned char)p[i + 1] == 0x80 &&
		     ((unsigned char)p[i + 2] == 0x94 || (unsigned char)p[i + 2] == 0x93)))
			return 1;
	return 0;
}

int
spk_debris(const char *p, size_t s, size_t e)
{
	if (firsts[0] == 0)
		firsts_init();
	/* list bullets of web forms */
	while (e - s >= 3 && memcmp(p + s, "\xe2\x80\xa2", 3) == 0)
		s = spk_skip_blank(p, e, s + 3);
	const char *t = p + s;
	size_t n = e - s;
	if (n == 0)
		return SPK_D_NONE;
	/* END, END 2:33 P.M. EDT */
	if (n >= 3 && memcmp(t, "END", 3) == 0 && (n == 3 || spk_blank_len(t, n, 3) ||
	                                          spk_is_digit((unsigned char)t[3]) || t[3] == '\n'))
		return n < 80 ? SPK_D_FOOTER : SPK_D_NONE;
	if (time_stamp(t, n))
		return SPK_D_TIME;
	if (dateline_lead(t, n))
		return SPK_D_META;
	if (n > 400)
		return SPK_D_NONE;
	if (symbols_only(t, n))
		return SPK_D_JUNK;
	if (numeric_date(t, n))
		return SPK_D_META;
	if (pagination(t, n))
		return SPK_D_JUNK;
	if (!firsts[(unsigned char)t[0]] && n > 10)
		return n <= 160 && contains(t, n, junk_contains) ? SPK_D_JUNK : SPK_D_NONE;
	if (prefix(t, n, footer_prefix))
		return SPK_D_FOOTER;
	if (spk_starts_ci(t, n, "Home") && memchr(t, '>', n) != NULL)
		return SPK_D_JUNK;
	if (prefix(t, n, meta_prefix) || month_date(t, n))
		return SPK_D_META;
	/* Debris lines and notes are short; a speech paragraph rarely is. */
	if (n > 200)
		return SPK_D_NONE;
	if (exact(t, n, junk_exact) || prefix(t, n, junk_prefix))
		return SPK_D_JUNK;
	/* editorial notes and form debris are short */
	if (n <= 160 && contains(t, n, junk_contains))
		return SPK_D_JUNK;
	return SPK_D_NONE;
}

size_t
spk_note_end(const char *p, size_t s, size_t e)
{
	static const char *const after[] = { "raised after", "posed after", "asked after",
		"submitted after", "raised following", "further response to", NULL };
	size_t n = e - s > 200 ? 200 : e - s;
	const char *colon = memchr(p + s, ':', n);
	if (colon == NULL)
		return 0;
	size_t c = (size_t)(colon - p);
	if (!spk_contains(p + s, c - s, "question"))
		return 0;
	if (spk_contains(p + s, c - s, "following question") &&
	    (spk_contains(p + s, c - s, "raised") || spk_contains(p + s, c - s, "posed") ||
	     spk_contains(p + s, c - s, "asked")))
		return c + 1;
	for (int k = 0; after[k]; k++)
		if (spk_contains(p + s, c - s, after[k]))
			return c + 1;
	return 0;
}
