/* sentence.c - paragraph and sentence boundaries. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "sentence.h"

struct bk_abbrevs {
	char **words;
	size_t n;
};

static const char *const builtin_abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e",
	"u.s", "u.n", "u.k", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "co", "corp", "inc", "ltd", "gov", "gen", "col",
	"lt", "sen", "rep", "amb", "hon", "fig", "p", "pp", "vol", NULL
};

static int
is_space_at(const char *p, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)p[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
		*w = 1;
		return 1;
	}
	if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xA0) {
		*w = 2;
		return 1;
	}
	return 0;
}

int
bk_next_paragraph(const char *p, size_t n, size_t *pos, bk_span *para)
{
	size_t i = *pos, w;
	while (i < n && is_space_at(p, n, i, &w))
		i += w;
	if (i >= n) {
		*pos = n;
		return 0;
	}
	size_t start = i;
	/* walk lines until a blank one */
	for (;;) {
		const char *nl = memchr(p + i, '\n', n - i);
		if (nl == NULL) {
			i = n;
			break;
		}
		size_t j = (size_t)(nl - p) + 1;
		size_t k = j;
		int blank = 0;
		while (k < n && p[k] != '\n' && is_space_at(p, n, k, &w))
			k += w;
		if (k >= n || p[k] == '\n')
			blank = 1;
		i = j;
		if (blank)
			break;
	}
	size_t end = i;
	while (end > start && is_space_at(p, n, end - 1, &w))
		end--;
	/* a trailing no-break space is two bytes */
	while (end >= start + 2 && (unsigned char)p[end - 2] == 0xC2 &&
	       (unsigned char)p[end - 1] == 0xA0)
		end -= 2;
	para->start = start;
	para->end = end;
	*pos = i;
	return 1;
}

static void
push(bk_spans *out, size_t s, size_t e)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 64;
		out->v = bk_xrealloc(out->v, out->cap * sizeof *out->v);
	}
	out->v[out->n].start = s;
	out->v[out->n].end = e;
	out->n++;
}

static int
is_abbrev(const bk_sentopts *o, const char *w, size_t n)
{
	char low[32];
	if (n == 0 || n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	low[n] = '\0';
	for (int i = 0; builtin_abbrevs[i]; i++)
		if (strcmp(low, builtin_abbrevs[i]) == 0)
			return 1;
	if (o && o->abbrevs)
		for (size_t i = 0; i < o->abbrevs->n; i++)
			if (strcmp(low, o->abbrevs->words[i]) == 0)
				return 1;
	return 0;
}

void
bk_sentences(const char *p, size_t n, const bk_sentopts *o, bk_spans *out)
{
	size_t s = 0, i = 0, w;
	while (s < n && is_space_at(p, n, s, &w))
		s += w;
	for (i = s; i < n; i++) {
		char c = p[i];
		if (c != '.' && c != '?' && c != '!')
			continue;
		size_t e = i + 1;
		while (e < n && (p[e] == '.' || p[e] == '?' || p[e] == '!' || p[e] == '"' ||
		                 p[e] == '\'' || p[e] == ')' || p[e] == ']'))
			e++;
		if (e < n && !is_space_at(p, n, e, &w))
			continue;
		if (c == '.') {
			size_t b = i;
			while (b > s && p[b - 1] != ' ' && p[b - 1] != '\n' && p[b - 1] != '(')
				b--;
			if (is_abbrev(o, p + b, i - b))
				continue;
			if (i - b == 1 && p[b] >= 'A' && p[b] <= 'Z')
				continue; /* an initial */
		}
		push(out, s, e);
		s = e;
		while (s < n && is_space_at(p, n, s, &w))
			s += w;
		i = s > 0 ? s - 1 : 0;
	}
	size_t end = n;
	while (end > s && is_space_at(p, n, end - 1, &w))
		end--;
	if (end > s)
		push(out, s, end);
}

bk_abbrevs *
bk_abbrevs_load(const char *path)
{
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return NULL;
	bk_abbrevs *a = bk_xcalloc(1, sizeof *a);
	char *line = NULL;
	size_t cap = 0, alloc = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *h = strchr(line, '#');
		if (h)
			*h = '\0';
		len = (ssize_t)strlen(line);
		while (len > 0 && strchr(" \t\r\n.", line[len - 1]))
			line[--len] = '\0';
		char *b = line;
		while (*b == ' ' || *b == '\t')
			b++;
		if (*b == '\0')
			continue;
		for (char *q = b; *q; q++)
			if (*q >= 'A' && *q <= 'Z')
				*q = (char)(*q + 32);
		if (a->n == alloc) {
			alloc = alloc ? 2 * alloc : 32;
			a->words = bk_xrealloc(a->words, alloc * sizeof *a->words);
		}
		a->words[a->n++] = bk_xstrdup(b);
	}
	int bad = ferror(f);
	free(line);
	fclose(f);
	if (bad) {
		bk_abbrevs_free(a);
		errno = EIO;
		return NULL;
	}
	return a;
}

void
bk_abbrevs_free(bk_abbrevs *a)
{
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->n; i++)
		free(a->words[i]);
	free(a->words);
	free(a);
}
