/* spk_roster.c - loading and searching a roster of labels. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "input.h"
#include "mem.h"
#include "spk_doc.h"
#include "spk_roster.h"
#include "spk_text.h"

struct entry { char *label, *speaker; int role; };
struct spk_roster { struct entry *v; size_t n, cap; };

/* The comparable core of a label: blanks and a final ':' '.' or '：' off. */
static void
core(const char *p, size_t n, size_t *s, size_t *e)
{
	size_t i = spk_skip_blank(p, n, 0), j = spk_trim_end(p, i, n);
	if (j > i && (p[j - 1] == ':' || p[j - 1] == '.'))
		j--;
	else if (j >= i + 3 && memcmp(p + j - 3, "\xef\xbc\x9a", 3) == 0)
		j -= 3;
	*s = i;
	*e = spk_trim_end(p, i, j);
}

static int
role_index(const char *s)
{
	for (int r = 0; r <= SPK_UNKNOWN; r++)
		if (strcmp(s, spk_role_names[r]) == 0)
			return r;
	return -2;
}

static char *
field(char *line, size_t len, size_t want, size_t *outlen)
{
	size_t col = 0, i = 0, s = 0;
	for (; i <= len; i++) {
		if (i == len || line[i] == '\t') {
			if (col == want) {
				*outlen = bk_tsv_unescape(line + s, line + s, i - s);
				return line + s;
			}
			col++;
			s = i + 1;
		}
	}
	return NULL;
}

spk_roster *
spk_roster_load(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	spk_roster *r = bk_xcalloc(1, sizeof *r);
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	long ci[3] = { -1, -1, -1 };
	static const char *const want[3] = { "label", "speaker", "role" };
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (lineno == 1) {
			size_t col = 0, s = 0;
			for (size_t i = 0; i <= (size_t)len; i++) {
				if (i == (size_t)len || line[i] == '\t') {
					for (int k = 0; k < 3; k++)
						if (i - s == strlen(want[k]) && memcmp(line + s, want[k], i - s) == 0)
							ci[k] = (long)col;
					col++;
					s = i + 1;
				}
			}
			if (ci[0] < 0 || ci[1] < 0) {
				snprintf(err, errlen, "%s:1: the header must name 'label' and 'speaker' columns", path);
				goto fail;
			}
			continue;
		}
		if (len == 0)
			continue;
		size_t ln, sn, rn = 0;
		char *lab = field(line, (size_t)len, (size_t)ci[0], &ln);
		char *spk = field(line, (size_t)len, (size_t)ci[1], &sn);
		char *rol = ci[2] >= 0 ? field(line, (size_t)len, (size_t)ci[2], &rn) : NULL;
		if (lab == NULL || spk == NULL || (ci[2] >= 0 && rol == NULL)) {
			snprintf(err, errlen, "%s:%zu: too few columns", path, lineno);
			goto fail;
		}
		int role = -1;
		if (rol && rn > 0) {
			char *tmp = bk_xmemdup(rol, rn);
			role = role_index(tmp);
			free(tmp);
			if (role < -1) {
				snprintf(err, errlen, "%s:%zu: role '%.*s' is not host, official, reporter or unknown",
				         path, lineno, (int)rn, rol);
				goto fail;
			}
		}
		size_t s, e;
		core(lab, ln, &s, &e);
		if (r->n == r->cap) {
			r->cap = r->cap ? 2 * r->cap : 16;
			r->v = bk_xrealloc(r->v, r->cap * sizeof *r->v);
		}
		r->v[r->n++] = (struct entry){ bk_xmemdup(lab + s, e - s), bk_xmemdup(spk, sn), role };
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	free(line);
	fclose(f);
	return r;
fail:
	free(line);
	fclose(f);
	spk_roster_free(r);
	return NULL;
}

int
spk_roster_find(const spk_roster *r, const char *p, size_t n, const char **speaker, int *role)
{
	size_t s, e;
	if (r == NULL)
		return 0;
	core(p, n, &s, &e);
	for (size_t i = 0; i < r->n; i++)
		if (spk_eq_ci(p + s, e - s, r->v[i].label)) {
			*speaker = r->v[i].speaker;
			*role = r->v[i].role;
			return 1;
		}
	return 0;
}

void
spk_roster_free(spk_roster *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].label);
		free(r->v[i].speaker);
	}
	free(r->v);
	free(r);
}
