/* spk_debris.c - page debris, END marks, time stamps and datelines.  The
 * tests are on whole short blocks, so that a sentence that merely mentions
 * "Print" or "Twitter" stays speech. */
#include <string.h>
#include "spk_debris.h"
#include "spk_text.h"

/* Whole-block matches (after trimming), and prefixes. */
static const char *const junk_exact[] = {
	"Print", "Share", "Share:", "All News", "Tweet", "Email", "E-mail", "Facebook",
	"Twitter", "Instagram", "YouTube", "LinkedIn", "WeChat", "Weibo", "Menu", "Search",
	"Type Your Search", "Skip to content", "Remarks", "Briefings & Statements", "Home",
	"Top", "Back to top", "Bookmark", "Comments", "No comments.", "No comments", "Close",
	"\\###", "###", "---", "***", "____", "# # #", "-30-", "* * *", "Print E-mail", "Print this page",
	"Text size", "A A A", "A+ A-", "Listen", "Download", "Subscribe", NULL
};
static const char *const junk_prefix[] = {
	"Print E-mail", "Adjust font size", "Bookmark and Share", "Go to Forum",
	"Add your comments", "Follow on Twitter", "Follow us", "Send your stories",
	"Share this", "Share on", "Type Your Search", "Skip to", "Racist, abusive",
	"Enter the words", "Your Comment", "Your comment", "Editor's note", "Editor’s note",
	"**Please see", "** Please see", "*Please see", "Please see below", "Please see correction",
	NULL
};
static const char *const junk_contains[] = {
	"Comment(s)", "App Download", "User Name Required", "question was raised after",
	"questions were raised after", "question is raised after", "Please see correction",
	"marked with an asterisk", "further response to the question", "further response to questions", "marked by an asterisk", "All rights reserved", NULL
};
static const char *const footer_prefix[] = {
	"Appendix:", "Suggest to a friend", "Related News", "Related Articles",
	"Related Stories", "Copyright", "Contact us", "Contact Us", "©", NULL
};
static const char *const meta_prefix[] = {
	"Issued on:", "Via Teleconference", "Via Telephone", "Via Phone", "Via Video",
	"Aboard Air Force One", "En Route", "en Route", "En route", "Read more", "Photo:",
	"Photo by", "Source:", "Editor:", "Editors:", "Translated by",
	"Translator:", "Updated:", "Published:", "Posted:", "Date:", "Time:", "Venue:",
	"Location:", "Dateline", "Transcript by", "James S. Brady Press Briefing Room",
	"Press Briefing Room", NULL
};

/* The lists are short and the blocks tested are short, but a transcript has
 * thousands of them: compare lengths and first bytes before memcmp. */
static int
exact(const char *p, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (list[k][0] == p[0] && strlen(list[k]) == n && memcmp(p, list[k], n) == 0)
			return 1;
	return 0;
}

static int
prefix(const char *p, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++) {
		if (list[k][0] != p[0])
			continue;
		size_t m = strlen(list[k]);
		if (m <= n && memcmp(p, list[k], m) == 0)
			return 1;
	}
	return 0;
}

static int
contains(const char *p, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (spk_contains(p, n, list[k]))
			return 1;
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
	static const char *const months[] = { "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December", NULL };
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

int
spk_debris(const char *p, size_t s, size_t e)
{
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
	if (n > 400)
		return SPK_D_NONE;
	if (pagination(t, n))
		return SPK_D_JUNK;
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
	static const char *const notes[] = { "question was raised after", "questions were raised after",
		"question is raised after", "questions are raised after", "following question",
		"following questions", "further response to the question", NULL };
	size_t n = e - s > 200 ? 200 : e - s;
	const char *colon = memchr(p + s, ':', n);
	if (colon == NULL)
		return 0;
	size_t c = (size_t)(colon - p);
	for (int k = 0; notes[k]; k++)
		if (spk_contains(p + s, c - s, notes[k]))
			return c + 1;
	return 0;
}
