/* checkspans - check the offset invariant of a row-level program's output.
 *
 *   checkspans [--cover] DOC... < TSV
 *
 * TSV is the output of segment, speakers or numbers (with its header).  For
 * every row, bytes [start, end) of the document must equal the unescaped
 * text field.  With one DOC every row is checked against it; with several,
 * a row's `doc` column names its file (as given on the command line).
 * Prints the first failures (at most 10) and exits 1 if there was one;
 * exits 0 quietly otherwise; 2 on bad usage or an unreadable file.
 *
 * --cover also checks that the rows of each document come in order, do not
 * overlap, and leave out nothing but whitespace (ASCII, no-break and Unicode
 * spaces): the rows account for every other byte. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/input.h"

struct doc {
	const char *name;
	char *p;
	size_t n;
	size_t covered;          /* --cover: the end of the last row so far */
};

/* Length of the whitespace character at p[i], 0 if none. */
static size_t
space_at(const unsigned char *p, size_t n, size_t i)
{
	if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r'))
		return 1;
	if (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0xA0)
		return 2;
	if (i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 &&
	    (p[i + 2] <= 0x8A || p[i + 2] == 0xA8 || p[i + 2] == 0xA9 || p[i + 2] == 0xAF))
		return 3;
	if (i + 2 < n && ((p[i] == 0xE2 && p[i + 1] == 0x81 && p[i + 2] == 0x9F) ||
	                  (p[i] == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80) ||
	                  (i == 0 && p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF)))
		return 3;
	return 0;
}

/* The offset of the first byte of p[a..b) that is not whitespace, or b. */
static size_t
first_solid(const char *p, size_t n, size_t a, size_t b)
{
	size_t w;
	while (a < b && (w = space_at((const unsigned char *)p, n, a)) > 0)
		a += w;
	return a < b ? a : b;
}

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		fprintf(stderr, "checkspans: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	size_t cap = 1 << 16, len = 0;
	char *p = malloc(cap);
	size_t r;
	while (p && (r = fread(p + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap)
			p = realloc(p, cap *= 2);
	}
	if (p == NULL || ferror(f)) {
		fprintf(stderr, "checkspans: %s: read error\n", path);
		exit(2);
	}
	fclose(f);
	*n = len;
	return p;
}

/* Splits line into TAB-separated fields (in place); returns their count. */
static size_t
split(char *line, char **f, size_t max)
{
	size_t k = 0;
	f[k++] = line;
	for (char *q = line; *q; q++)
		if (*q == '\t' && k < max) {
			*q = '\0';
			f[k++] = q + 1;
		}
	return k;
}

static long
column(char **f, size_t k, const char *name)
{
	for (size_t i = 0; i < k; i++)
		if (strcmp(f[i], name) == 0)
			return (long)i;
	return -1;
}

int
main(int argc, char **argv)
{
	int cover = argc > 1 && strcmp(argv[1], "--cover") == 0;
	argv += cover;
	argc -= cover;
	if (argc < 2) {
		fprintf(stderr, "usage: checkspans [--cover] DOC... < TSV\n");
		return 2;
	}
	size_t ndocs = (size_t)argc - 1;
	struct doc *docs = calloc(ndocs, sizeof *docs);
	for (size_t i = 0; i < ndocs; i++) {
		docs[i].name = argv[i + 1];
		docs[i].p = slurp(argv[i + 1], &docs[i].n);
	}
	char *line = NULL, *f[256], *text = NULL;
	size_t cap = 0, textcap = 0;
	ssize_t len;
	if ((len = getline(&line, &cap, stdin)) < 0) {
		fprintf(stderr, "checkspans: no header on standard input\n");
		exit(1);
	}
	line[strcspn(line, "\n")] = '\0';
	size_t k = split(line, f, 256);
	long cs = column(f, k, "start"), ce = column(f, k, "end"), ct = column(f, k, "text");
	long cd = column(f, k, "doc");
	if (cs < 0 || ce < 0 || ct < 0 || (ndocs > 1 && cd < 0)) {
		fprintf(stderr, "checkspans: the header lacks start, end, text (or doc)\n");
		exit(1);
	}
	unsigned long row = 0, bad = 0;
	while ((len = getline(&line, &cap, stdin)) >= 0) {
		row++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		size_t m = split(line, f, 256);
		if ((long)m <= ct || (long)m <= cs || (long)m <= ce) {
			if (bad++ < 10)
				fprintf(stderr, "checkspans: row %lu: %zu fields\n", row, m);
			continue;
		}
		struct doc *d = &docs[0];
		if (ndocs > 1) {
			d = NULL;
			for (size_t i = 0; i < ndocs && d == NULL; i++)
				if (strcmp(docs[i].name, f[cd]) == 0)
					d = &docs[i];
			if (d == NULL) {
				if (bad++ < 10)
					fprintf(stderr, "checkspans: row %lu: unknown doc %s\n", row, f[cd]);
				continue;
			}
		}
		char *e1, *e2;
		errno = 0;
		unsigned long long s = strtoull(f[cs], &e1, 10), e = strtoull(f[ce], &e2, 10);
		size_t tn = strlen(f[ct]);
		if (tn + 1 > textcap)
			text = realloc(text, textcap = 2 * tn + 1);
		size_t un = bk_tsv_unescape(text, f[ct], tn);
		const char *why = NULL;
		if (*e1 || *e2 || errno || f[cs][0] == '\0' || f[ce][0] == '\0')
			why = "start or end is not a number";
		else if (s > e || e > d->n)
			why = "start/end out of the document";
		else if (e - s != un || memcmp(d->p + s, text, un) != 0)
			why = "bytes [start,end) differ from the text";
		else if (cover && s < d->covered)
			why = "overlaps the row before";
		else if (cover && first_solid(d->p, d->n, d->covered, s) < s)
			why = "a non-blank byte before it is in no row";
		if (cover && s >= d->covered && e <= d->n)
			d->covered = e;
		if (why != NULL && bad++ < 10)
			fprintf(stderr, "checkspans: %s: row %lu (start %s, end %s): %s\n",
			        d->name, row, f[cs], f[ce], why);
	}
	for (size_t i = 0; cover && i < ndocs; i++) {
		size_t at = first_solid(docs[i].p, docs[i].n, docs[i].covered, docs[i].n);
		if (at < docs[i].n && bad++ < 10)
			fprintf(stderr, "checkspans: %s: byte %zu after the last row is in no row\n",
			        docs[i].name, at);
	}
	free(line);
	free(text);
	for (size_t i = 0; i < ndocs; i++)
		free(docs[i].p);
	free(docs);
	if (bad) {
		fprintf(stderr, "checkspans: %lu of %lu rows fail\n", bad, row);
		return 1;
	}
	return 0;
}
