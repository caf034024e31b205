/* spk_check - checks speakers output against the documents it came from.
 *
 *   spk_check [-s] ROWS.tsv
 *
 * ROWS.tsv is the output of `speakers` (with its header) over raw files named
 * in its doc column.  For every row: the bytes [start, end) of the document
 * equal the unescaped text, and the label column is what the document holds
 * just before the text (after blanks).  Without -s (rows of every kind) the
 * rows must also cover the document: between one row's end and the next row's
 * label or start, and after the last row, only blanks.  Blanks: space, tab,
 * CR, LF, VT, FF, U+00A0, U+3000.  Exit 0 when all holds, 1 with the first
 * failure on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/input.h"
#include "lib/spk_text.h"

static char *doc;
static size_t doclen;
static char docname[4096];

static int
load(const char *name)
{
	if (strcmp(name, docname) == 0)
		return 0;
	FILE *f = fopen(name, "rb");
	if (f == NULL) {
		fprintf(stderr, "spk_check: cannot open %s\n", name);
		return -1;
	}
	free(doc);
	doc = NULL;
	doclen = 0;
	size_t cap = 0, r;
	char buf[1 << 16];
	while ((r = fread(buf, 1, sizeof buf, f)) > 0) {
		if (doclen + r > cap) {
			cap = 2 * (doclen + r);
			doc = realloc(doc, cap);
		}
		memcpy(doc + doclen, buf, r);
		doclen += r;
	}
	fclose(f);
	snprintf(docname, sizeof docname, "%s", name);
	return 0;
}

static size_t
split(char *line, char **f, size_t max)
{
	size_t k = 0;
	f[k++] = line;
	for (char *p = line; *p && k < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[k++] = p + 1;
		}
	return k;
}

static int
tail_blank(size_t from)
{
	if (from < doclen && !spk_is_blank(doc, from, doclen)) {
		fprintf(stderr, "spk_check: %s: non-blank bytes after the last row at %zu\n", docname, from);
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	int speech_only = argc > 1 && strcmp(argv[1], "-s") == 0;
	if (argc != 2 + speech_only) {
		fprintf(stderr, "usage: spk_check [-s] ROWS.tsv\n");
		return 2;
	}
	FILE *f = fopen(argv[1 + speech_only], "r");
	if (f == NULL) {
		perror(argv[1 + speech_only]);
		return 2;
	}
	char *line = NULL, *fl[64];
	size_t cap = 0, lineno = 0, pos = 0, rows = 0;
	long ci_doc = -1, ci_label = -1, ci_start = -1, ci_end = -1, ci_text = -1;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		size_t k = split(line, fl, 64);
		if (lineno == 1) {
			for (size_t i = 0; i < k; i++) {
				if (!strcmp(fl[i], "doc")) ci_doc = (long)i;
				if (!strcmp(fl[i], "label")) ci_label = (long)i;
				if (!strcmp(fl[i], "start")) ci_start = (long)i;
				if (!strcmp(fl[i], "end")) ci_end = (long)i;
				if (!strcmp(fl[i], "text")) ci_text = (long)i;
			}
			if (ci_doc < 0 || ci_label < 0 || ci_start < 0 || ci_end < 0 || ci_text < 0) {
				fprintf(stderr, "spk_check: header lacks doc/label/start/end/text\n");
				return 1;
			}
			continue;
		}
		if (strcmp(fl[ci_doc], docname) != 0) {
			if (docname[0] && !speech_only && tail_blank(pos))
				return 1;
			if (load(fl[ci_doc]) < 0)
				return 1;
			pos = 0;
		}
		size_t s = strtoull(fl[ci_start], NULL, 10), e = strtoull(fl[ci_end], NULL, 10);
		size_t tl = bk_tsv_unescape(fl[ci_text], fl[ci_text], strlen(fl[ci_text]));
		size_t ll = bk_tsv_unescape(fl[ci_label], fl[ci_label], strlen(fl[ci_label]));
		if (e < s || e > doclen || e - s != tl || memcmp(doc + s, fl[ci_text], tl) != 0) {
			fprintf(stderr, "spk_check: line %zu: bytes [%zu,%zu) of %s differ from the text\n",
			        lineno, s, e, docname);
			return 1;
		}
		if (s < pos) {
			fprintf(stderr, "spk_check: line %zu: row starts at %zu, before the previous end %zu\n",
			        lineno, s, pos);
			return 1;
		}
		/* The gap: blanks, the label, blanks. */
		size_t g = spk_skip_blank(doc, s, pos);
		if (ll > 0) {
			if (speech_only) {
				/* the label must sit right before the text, after blanks */
				size_t b = s;
				while (b > 0 && spk_blank_len(doc, doclen, b - 1 >= 2 && (unsigned char)doc[b - 1] == 0xa0 ? b - 2 : b - 1))
					b -= ((unsigned char)doc[b - 1] == 0xa0) ? 2 : 1;
				if (b < ll || memcmp(doc + b - ll, fl[ci_label], ll) != 0) {
					fprintf(stderr, "spk_check: line %zu: label is not before the text\n", lineno);
					return 1;
				}
			} else {
				if (g + ll > s || memcmp(doc + g, fl[ci_label], ll) != 0) {
					fprintf(stderr, "spk_check: line %zu: the label is not where the gap before the row starts (%zu)\n",
					        lineno, g);
					return 1;
				}
				g = spk_skip_blank(doc, s, g + ll);
			}
		}
		if (!speech_only && g < s) {
			fprintf(stderr, "spk_check: line %zu: non-blank bytes [%zu,%zu) of %s in no row\n",
			        lineno, g, s, docname);
			return 1;
		}
		if (tl > 0 && (spk_blank_len(doc, doclen, s) || spk_trim_end(doc, s, e) != e)) {
			fprintf(stderr, "spk_check: line %zu: text starts or ends with a blank\n", lineno);
			return 1;
		}
		pos = e;
		rows++;
	}
	if (docname[0] && !speech_only && tail_blank(pos))
		return 1;
	free(line);
	free(doc);
	fclose(f);
	printf("%zu rows checked\n", rows);
	return 0;
}
