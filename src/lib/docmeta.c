/* docmeta.c - date and title of a briefing from the lines that head it. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "docmeta.h"
#include "utf8.h"

/* How far into a document its date and title are looked for. */
#define HEAD_BYTES 6000
#define HEAD_LINES 40

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A month name (full, 3-letter, or abbreviated with a period) at s; returns
 * its number 1..12 and sets *len, or 0. */
static int
month_at(const char *s, size_t n, size_t *len)
{
	size_t k = 0;
	while (k < n && is_alpha(s[k]))
		k++;
	if (k < 3)
		return 0;
	static const char *const full[] = {
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"
	};
	for (int m = 0; m < 12; m++) {
		if (k == strlen(full[m]) && strncasecmp(s, full[m], k) == 0) {
			*len = k;
			return m + 1;
		}
		int abbrev = (k == 3 && strncasecmp(s, months[m], 3) == 0) ||
		             (k == 4 && m == 8 && strncasecmp(s, "sept", 4) == 0);
		if (abbrev) {
			*len = k + (k < n && s[k] == '.');
			return m + 1;
		}
	}
	return 0;
}

static int
number_at(const char *s, size_t n, size_t maxdig, size_t *len)
{
	size_t k = 0;
	int v = 0;
	while (k < n && k < maxdig + 1 && is_digit(s[k]))
		v = v * 10 + (s[k++] - '0');
	if (k == 0 || k > maxdig || (k < n && is_digit(s[k])))
		return -1;
	*len = k;
	return v;
}

static size_t
skip_spaces(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' ||
	                 ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)))
		i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
	return i;
}

static int
valid(int y, int m, int d)
{
	return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int
bk_find_date(const char *s, size_t n, char iso[11])
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1])))
			continue;
		size_t l1 = 0, l2 = 0, l3 = 0;
		int y = -1, m = 0, d = -1;
		if (is_alpha(s[i]) && (m = month_at(s + i, n - i, &l1)) > 0) {
			/* May 11, 2018 */
			size_t j = skip_spaces(s, n, i + l1);
			d = number_at(s + j, n - j, 2, &l2);
			if (d >= 0) {
				j = skip_spaces(s, n, j + l2);
				y = number_at(s + j, n - j, 4, &l3);
			}
		} else if (is_digit(s[i])) {
			int a = number_at(s + i, n - i, 4, &l1);
			size_t j = i + l1;
			if (l1 == 4 && j + 1 < n && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
				/* 2018-05-11, 2018/05/11 */
				char sep = s[j];
				m = number_at(s + j + 1, n - j - 1, 2, &l2);
				j += 1 + l2;
				if (m > 0 && j + 1 < n && s[j] == sep) {
					d = number_at(s + j + 1, n - j - 1, 2, &l3);
					y = a;
				}
			} else if (l1 <= 2 && j + 1 < n && s[j] == '/') {
				/* 7/29/2011, 6/17/15: the White House's month-first form */
				d = number_at(s + j + 1, n - j - 1, 2, &l2);
				j += 1 + l2;
				if (d > 0 && j + 1 < n && s[j] == '/') {
					y = number_at(s + j + 1, n - j - 1, 4, &l3);
					if (l3 == 2)
						y += 2000;
					else if (l3 != 4)
						y = -1;
					m = a;
				}
			} else if (l1 <= 2) {
				/* 11 May 2018 */
				j = skip_spaces(s, n, j);
				if ((m = month_at(s + j, n - j, &l2)) > 0) {
					j = skip_spaces(s, n, j + l2);
					y = number_at(s + j, n - j, 4, &l3);
					d = a;
				}
			}
		}
		if (valid(y, m, d)) {
			snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
			return 1;
		}
	}
	return 0;
}

/* Copies a line into the title with runs of whitespace (and no-break spaces)
 * folded to one space, and YAML quoting removed. */
static void
set_title(bk_docmeta *m, const char *s, size_t n)
{
	size_t k = 0;
	int space = 0;
	while (n > 0 && (*s == ' ' || *s == '"' || *s == '\''))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == '\r'))
		n--;
	for (size_t i = 0; i < n && k + 4 < sizeof m->title; i++) {
		int ws = s[i] == ' ' || s[i] == '\t' ||
		         ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) ||
		         (s[i] == '\\' && i + 1 < n && s[i + 1] == '_'); /* YAML's escaped NBSP */
		if (ws) {
			if ((unsigned char)s[i] == 0xC2 || s[i] == '\\')
				i++;
			space = k > 0;
			continue;
		}
		if (space)
			m->title[k++] = ' ';
		space = 0;
		m->title[k++] = s[i];
	}
	m->title[k] = '\0';
}

static int
contains(const char *s, size_t n, const char *word)
{
	size_t w = strlen(word);
	for (size_t i = 0; i + w <= n; i++)
		if (strncasecmp(s + i, word, w) == 0)
			return 1;
	return 0;
}

/* A line that names the event: the usual words of briefing titles. */
static int
looks_like_title(const char *s, size_t n)
{
	static const char *const words[] = {
		"press conference", "press briefing", "briefing", "remarks by", "transcript",
		"news conference", "press gaggle", "interview", "statement by", NULL
	};
	if (n < 12 || n > 400 || memchr(s, '>', n) != NULL)
		return 0;
	for (int i = 0; words[i]; i++)
		if (contains(s, n, words[i]))
			return 1;
	return 0;
}

/* Decodes a YAML scalar that starts at s (after "title:") and may continue on
 * the following lines; returns the bytes of p consumed from s. */
static size_t
yaml_title(bk_docmeta *m, const char *s, const char *end)
{
	char out[sizeof m->title];
	size_t k = 0;
	const char *q = s;
	while (q < end && *q == ' ')
		q++;
	char quote = q < end && (*q == '"' || *q == '\'') ? *q++ : 0;
	while (q < end && k + 5 < sizeof out) {
		char c = *q;
		if (c == '\n') {
			if (!quote)
				break;
			q++;
			while (q < end && (*q == ' ' || *q == '\t'))
				q++;
			out[k++] = ' ';
			continue;
		}
		if (quote && c == quote) {
			if (quote == '\'' && q + 1 < end && q[1] == '\'') {
				out[k++] = '\'';
				q += 2;
				continue;
			}
			q++;
			break;
		}
		if (quote == '"' && c == '\\' && q + 1 < end) {
			char e = q[1];
			q += 2;
			if (e == '\n') { /* an escaped line break joins the lines */
				while (q < end && (*q == ' ' || *q == '\t'))
					q++;
			} else if (e == '_' || e == 't') {
				out[k++] = ' ';
			} else if (e == 'u' && q + 4 <= end) {
				unsigned cp = 0;
				int ok = 1;
				for (int i = 0; i < 4; i++) {
					char h = q[i];
					cp = cp * 16 + (unsigned)(is_digit(h) ? h - '0' :
					     (h >= 'a' && h <= 'f') ? h - 'a' + 10 :
					     (h >= 'A' && h <= 'F') ? h - 'A' + 10 : (ok = 0));
				}
				q += 4;
				/* invisible joiners say nothing in a title */
				if (ok && cp != 0x2060 && cp != 0x200B && cp != 0xFEFF && cp >= 0x20)
					k += bk_utf8_encode(out + k, cp);
			} else {
				out[k++] = e;
			}
			continue;
		}
		out[k++] = c;
		q++;
	}
	set_title(m, out, k);
	return (size_t)(q - s);
}

void
bk_docmeta_read(const char *p, size_t n, bk_docmeta *m)
{
	m->date[0] = m->title[0] = '\0';
	if (n > HEAD_BYTES)
		n = HEAD_BYTES;
	size_t i = 0;
	int line_no = 0, in_yaml = 0;
	const char *first = NULL;
	size_t first_len = 0;
	while (i < n && line_no < HEAD_LINES) {
		const char *nl = memchr(p + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - p) : n;
		const char *s = p + i;
		size_t len = e - i;
		while (len > 0 && (s[len - 1] == '\r' || s[len - 1] == ' '))
			len--;
		line_no++;
		if (line_no == 1 && len == 3 && memcmp(s, "---", 3) == 0) {
			in_yaml = 1;
		} else if (in_yaml) {
			if (len == 3 && memcmp(s, "---", 3) == 0)
				in_yaml = 0;
			else if (len > 6 && strncmp(s, "title:", 6) == 0 && m->title[0] == '\0') {
				size_t used = yaml_title(m, s + 6, p + n);
				const char *after = s + 6 + used;
				/* a quoted title may run over several lines: go on after it */
				if (after > p + e) {
					const char *nl2 = memchr(after, '\n', (size_t)(p + n - after));
					e = nl2 ? (size_t)(nl2 - p) : n;
				}
			}
			else if (len > 5 && strncmp(s, "date:", 5) == 0 && m->date[0] == '\0')
				bk_find_date(s + 5, len - 5, m->date);
		} else if (len > 0) {
			if (m->title[0] == '\0' && looks_like_title(s, len))
				set_title(m, s, len);
			if (first == NULL && memchr(s, '>', len) == NULL) {
				first = s;
				first_len = len;
			}
			if (m->date[0] == '\0')
				bk_find_date(s, len, m->date);
		}
		i = e + 1;
	}
	if (m->title[0] == '\0' && first != NULL)
		set_title(m, first, first_len);
}
