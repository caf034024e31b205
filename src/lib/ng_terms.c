/* ng_terms.c - spellings to terms, once per distinct spelling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "ng_terms.h"

struct ng_terms {
	ng_termopts o;
	ng_intern spell, term;
	uint32_t *spell_term;    /* spelling id -> term id */
	uint8_t *spell_flag;
	uint8_t *term_flag;      /* term id -> NG_STOP */
	size_t spell_cap, term_cap;
	ng_intern stop, trim;    /* normalised stop lists */
	bk_buf scratch;
};

/* ---- placeholder tokenizer (to be replaced by the shared one) ---- */
static int
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

int
ng_next_token(const ng_terms *t, const char *p, size_t n, size_t *pos, size_t *ts, size_t *te)
{
	size_t i = *pos;
	while (i < n && !is_word_byte((unsigned char)p[i]))
		i++;
	if (i >= n) {
		*pos = n;
		return 0;
	}
	size_t s = i;
	for (;;) {
		while (i < n && is_word_byte((unsigned char)p[i]))
			i++;
		if (i + 1 < n && (p[i] == '\'' || (p[i] == '-' && !t->o.split_hyphens)) &&
		    is_word_byte((unsigned char)p[i + 1])) {
			i++;
			continue;
		}
		break;
	}
	*ts = s;
	*te = i;
	*pos = i;
	return 1;
}

static void
normalize(ng_terms *t, const char *p, size_t n, bk_buf *out)
{
	out->len = 0;
	bk_buf_add(out, p, n);
	if (!t->o.keep_case)
		for (size_t i = 0; i < n; i++)
			if (out->p[i] >= 'A' && out->p[i] <= 'Z')
				out->p[i] = (char)(out->p[i] + 32);
}

static int
is_number(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!(p[i] >= '0' && p[i] <= '9') && p[i] != '.' && p[i] != ',')
			return 0;
	return 1;
}

static const char *const builtin_stop[] = {
	"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "he", "in", "is",
	"it", "its", "of", "on", "that", "the", "to", "was", "were", "will", "with", NULL
};
/* ---- end of placeholder ---- */

static int
load_list(ng_terms *t, ng_intern *set, const char *path, char *err, size_t errlen)
{
	if (path == NULL)
		return 0;
	if (*path == '\0') {
		for (int i = 0; builtin_stop[i]; i++) {
			normalize(t, builtin_stop[i], strlen(builtin_stop[i]), &t->scratch);
			ng_intern_add(set, t->scratch.p, t->scratch.len, NULL);
		}
		return 0;
	}
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		snprintf(err, errlen, "%s: cannot open stop list", path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		while (len > 0 && strchr(" \t\r\n", line[len - 1]))
			line[--len] = '\0';
		char *b = line;
		while (*b == ' ' || *b == '\t')
			b++;
		if (*b == '\0' || *b == '#')
			continue;
		normalize(t, b, strlen(b), &t->scratch);
		ng_intern_add(set, t->scratch.p, t->scratch.len, NULL);
	}
	free(line);
	fclose(f);
	return 0;
}

ng_terms *
ng_terms_new(const ng_termopts *o, char *err, size_t errlen)
{
	ng_terms *t = bk_xcalloc(1, sizeof *t);
	t->o = *o;
	ng_intern_init(&t->spell);
	ng_intern_init(&t->term);
	ng_intern_init(&t->stop);
	ng_intern_init(&t->trim);
	if (load_list(t, &t->stop, o->stopwords, err, errlen) < 0 ||
	    load_list(t, &t->trim, o->trim_stopwords, err, errlen) < 0) {
		ng_terms_free(t);
		return NULL;
	}
	return t;
}

void
ng_terms_free(ng_terms *t)
{
	if (t == NULL)
		return;
	ng_intern_free(&t->spell);
	ng_intern_free(&t->term);
	ng_intern_free(&t->stop);
	ng_intern_free(&t->trim);
	free(t->spell_term);
	free(t->spell_flag);
	free(t->term_flag);
	bk_buf_free(&t->scratch);
	free(t);
}

uint32_t
ng_term_id(ng_terms *t, const char *p, size_t n)
{
	int added;
	uint32_t id = ng_intern_add(&t->term, p, n, &added);
	if (added) {
		if (id >= t->term_cap) {
			t->term_cap = t->term_cap ? 2 * t->term_cap : 4096;
			t->term_flag = bk_xrealloc(t->term_flag, t->term_cap);
		}
		/* a term is "stop" for trimming when every word of it is */
		t->term_flag[id] = ng_intern_find(&t->trim, p, n) != UINT32_MAX ? NG_STOP : 0;
	}
	return id;
}

uint32_t
ng_spelling(ng_terms *t, const char *p, size_t n)
{
	int added;
	uint32_t id = ng_intern_add(&t->spell, p, n, &added);
	if (!added)
		return id;
	if (id >= t->spell_cap) {
		t->spell_cap = t->spell_cap ? 2 * t->spell_cap : 4096;
		t->spell_term = bk_xrealloc(t->spell_term, t->spell_cap * sizeof *t->spell_term);
		t->spell_flag = bk_xrealloc(t->spell_flag, t->spell_cap);
	}
	normalize(t, p, n, &t->scratch);
	unsigned fl = 0;
	if (t->scratch.len != n || memcmp(t->scratch.p, p, n) != 0)
		fl |= NG_VAR;
	if (ng_intern_find(&t->stop, t->scratch.p, t->scratch.len) != UINT32_MAX)
		fl |= NG_DROP;
	if (t->o.no_numbers && is_number(p, n))
		fl |= NG_DROP;
	/* the scratch buffer may move under ng_term_id: copy the key first */
	uint32_t term = ng_term_id(t, t->scratch.p, t->scratch.len);
	fl |= t->term_flag[term];
	t->spell_term[id] = term;
	t->spell_flag[id] = (uint8_t)fl;
	return id;
}

uint32_t
ng_spelling_term(const ng_terms *t, uint32_t spelling)
{
	return t->spell_term[spelling];
}

unsigned
ng_spelling_flags(const ng_terms *t, uint32_t spelling)
{
	return t->spell_flag[spelling];
}

ng_intern *
ng_term_strings(ng_terms *t)
{
	return &t->term;
}

ng_intern *
ng_spelling_strings(ng_terms *t)
{
	return &t->spell;
}

int
ng_term_is_stop(const ng_terms *t, uint32_t term)
{
	return t->term_flag[term] & NG_STOP;
}
