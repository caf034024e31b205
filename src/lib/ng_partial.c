/* ng_partial.c - writing partial counts and merging them. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "input.h"
#include "mem.h"
#include "ng_partial.h"
#include "out.h"
#include "tf_io.h"
#include "utf8.h"

void
ng_cells_init(ng_cells *u)
{
	memset(u, 0, sizeof *u);
	u->units = bk_hash_new();
}

void
ng_cells_free(ng_cells *u)
{
	bk_hash_free(u->units);
	free(u->group);
	free(u->doc);
	memset(u, 0, sizeof *u);
}

uint32_t
ng_cell(ng_cells *u, uint32_t group, uint32_t doc)
{
	int fresh;
	uint32_t id = bk_hash_intern(u->units, group, (const char *)&doc, sizeof doc, &fresh);
	if (fresh) {
		if (id >= u->cap) {
			u->cap = u->cap ? 2 * u->cap : 256;
			u->group = bk_xrealloc(u->group, u->cap * sizeof *u->group);
			u->doc = bk_xrealloc(u->doc, u->cap * sizeof *u->doc);
		}
		u->group[id] = group;
		u->doc[id] = doc;
	}
	return id;
}

/* ---- writing ---------------------------------------------------------- */

struct prow {
	uint32_t unit;
	uint32_t kind;           /* 0 tokens, 1 kept, 2 form */
	uint64_t count;
	size_t term, form;       /* offsets in the text buffer */
	uint32_t term_len, form_len;
};

static const char *ptext;
static const bk_hash *pgroups, *pdocs;
static const ng_cells *pcells;

static int
prow_cmp(const void *x, const void *y)
{
	const struct prow *a = x, *b = y;
	int c;
	if (a->unit != b->unit) {
		if ((c = bk_hash_keycmp(pgroups, pcells->group[a->unit], pcells->group[b->unit])) != 0)
			return c;
		if ((c = bk_hash_keycmp(pdocs, pcells->doc[a->unit], pcells->doc[b->unit])) != 0)
			return c;
	}
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((c = bk_bytes_cmp(ptext + a->term, a->term_len, ptext + b->term, b->term_len)) != 0)
		return c;
	return bk_bytes_cmp(ptext + a->form, a->form_len, ptext + b->form, b->form_len);
}

static void
join(bk_buf *b, const bk_hash *strs, const uint32_t *w, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		size_t len;
		const char *p = bk_hash_key(strs, w[i], &len);
		if (i)
			bk_buf_addc(b, ' ');
		bk_buf_add(b, p, len);
	}
}

static struct prow *
add_row(struct prow **rows, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 4096;
		*rows = bk_xrealloc(*rows, *cap * sizeof **rows);
	}
	struct prow *r = &(*rows)[(*n)++];
	memset(r, 0, sizeof *r);
	return r;
}

void
ng_write_partial(ng_counter *c, ng_terms *terms, const ng_cells *cells,
                 const bk_hash *groups, const bk_hash *docs,
                 char *const *by, size_t nby, const char *opts)
{
	const ng_table *gt = &c->grams, *ft = &c->forms;
	const bk_hash *ts = ng_term_table(terms), *ss = ng_spellings(terms);
	uint64_t *vsum = bk_xcalloc(ng_table_slots(gt), sizeof *vsum);
	struct prow *rows = NULL;
	size_t nrows = 0, cap = 0;
	bk_buf text = { 0 };
	uint32_t key[NG_MAX_N + 1];

	size_t nunits = bk_hash_count(cells->units);
	for (uint32_t u = 0; u < nunits; u++) {
		for (uint32_t kind = 0; kind < 2; kind++) {
			struct prow *r = add_row(&rows, &nrows, &cap);
			r->unit = u;
			r->kind = kind;
			r->count = u < c->ngroups ? (kind ? c->group[u].kept : c->group[u].tokens) : 0;
		}
	}
	/* the spellings that differ from their terms... */
	for (size_t i = 0; i < ng_table_slots(ft); i++) {
		const ng_entry *f = &ft->e[i];
		if (!ng_entry_used(f))
			continue;
		const uint32_t *sk = ng_table_key(ft, f);
		uint32_t len = ng_entry_len(f);
		const ng_entry *e = ng_form_gram(c, terms, f, key);
		if (e == NULL)
			continue;
		vsum[e - gt->e] += f->count;
		struct prow *r = add_row(&rows, &nrows, &cap);
		r->unit = sk[0];
		r->kind = 2;
		r->count = f->count;
		r->term = text.len;
		join(&text, ts, key + 1, len - 1);
		r->term_len = (uint32_t)(text.len - r->term);
		r->form = text.len;
		join(&text, ss, sk + 1, len - 1);
		r->form_len = (uint32_t)(text.len - r->form);
	}
	/* ...and what they leave to the term's own spelling */
	for (size_t i = 0; i < ng_table_slots(gt); i++) {
		const ng_entry *e = &gt->e[i];
		if (!ng_entry_used(e) || e->count == vsum[i])
			continue;
		const uint32_t *k = ng_table_key(gt, e);
		struct prow *r = add_row(&rows, &nrows, &cap);
		r->unit = k[0];
		r->kind = 2;
		r->count = e->count - vsum[i];
		r->term = r->form = text.len;
		join(&text, ts, k + 1, ng_entry_len(e) - 1);
		r->term_len = r->form_len = (uint32_t)(text.len - r->term);
	}
	free(vsum);
	ptext = text.p;
	pgroups = groups;
	pdocs = docs;
	pcells = cells;
	qsort(rows, nrows, sizeof *rows, prow_cmp);

	tf_partial_head(by, nby, opts);
	static const char *const kinds[] = { "tokens", "kept", "form" };
	for (size_t i = 0; i < nrows; i++) {
		const struct prow *r = &rows[i];
		size_t n;
		const char *p;
		bk_out_str(kinds[r->kind]);
		bk_out_tab();
		if (nby) {
			p = bk_hash_key(groups, cells->group[r->unit], &n);
			bk_out_write(p, n);
			bk_out_tab();
		}
		p = bk_hash_key(docs, cells->doc[r->unit], &n);
		bk_out_write(p, n);
		bk_out_tab();
		bk_out_field(text.p + r->term, r->term_len);
		bk_out_tab();
		bk_out_field(text.p + r->form, r->form_len);
		bk_out_tab();
		bk_out_u64(r->count);
		bk_out_endrow();
	}
	free(rows);
	bk_buf_free(&text);
}

/* ---- reading ---------------------------------------------------------- */

size_t
ng_partial_by(const char *header, char ***by)
{
	/* partial <by...> doc term form count */
	size_t n = 0;
	for (const char *p = header; *p; p++)
		n += *p == '\t';
	n = n + 1 - 5;
	*by = bk_xcalloc(n + 1, sizeof **by);
	const char *p = strchr(header, '\t') + 1;
	for (size_t k = 0; k < n; k++) {
		const char *t = strchr(p, '\t');
		(*by)[k] = bk_xmemdup(p, (size_t)(t - p));
		p = t + 1;
	}
	return n;
}

int
ng_partial_n(const char *opts, int *lo, int *hi)
{
	const char *p = opts ? strstr(opts, "; n=") : NULL;
	if (p == NULL || sscanf(p + 4, "%d-%d", lo, hi) != 2 || *lo < 1 || *hi < *lo)
		return -1;
	return 0;
}

/* The words of s[0..n) (split at single spaces) into ids: terms, or the
 * spellings of the given terms.  Returns the number of words, or 0. */
static uint32_t
words(ng_terms *terms, const char *s, size_t n, uint32_t *out, const uint32_t *of_terms)
{
	uint32_t k = 0;
	size_t b = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != ' ')
			continue;
		if (i == b || k == NG_MAX_N)
			return 0;
		if (of_terms) {
			if (ng_spelling_known(terms, s + b, i - b, of_terms[k], &out[k]) < 0)
				return 0;
		} else {
			out[k] = ng_term_id(terms, s + b, i - b);
		}
		k++;
		b = i + 1;
	}
	return k;
}

int
ng_read_partial(ng_counter *c, ng_terms *terms, ng_cells *cells, bk_hash *groups,
                bk_hash *docs, const char *path, char **opts, char **header,
                char *err, size_t errlen)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
	if (f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	char *line = NULL;
	const char **fld = NULL;
	size_t cap = 0, *fl = NULL, nc = 0;
	ssize_t r;
	unsigned long lineno = 0;
	int st = -1, seen_opts = 0;
	bk_buf term = { 0 }, form = { 0 }, gkey = { 0 };
	uint32_t tk[NG_MAX_N + 1], sk[NG_MAX_N + 1];
	while ((r = getline(&line, &cap, f)) >= 0) {
		size_t n = (size_t)r;
		lineno++;
		if (n && line[n - 1] == '\n')
			n--;
		if (n && line[n - 1] == '\r')
			n--;
		if (bk_utf8_valid_prefix(line, n) != n) {
			snprintf(err, errlen, "%s:%lu: invalid UTF-8 or NUL byte", name, lineno);
			goto done;
		}
		/* a header, first or again: partials may come concatenated */
		if (lineno == 1 || (n >= 8 && strncmp(line, "partial\t", 8) == 0)) {
			static const char tail[] = "\tdoc\tterm\tform\tcount";
			line[n] = '\0';
			size_t cols = 1;
			for (size_t i = 0; i < n; i++)
				cols += line[i] == '\t';
			if (cols < 5 || strncmp(line, "partial\t", 8) != 0 || n < sizeof tail - 1 ||
			    strcmp(line + n - (sizeof tail - 1), tail) != 0) {
				snprintf(err, errlen, "%s:%lu: not an ngrams --partial output: want columns "
				         "partial, the --by columns, doc, term, form, count", name, lineno);
				goto done;
			}
			if (*header == NULL) {
				*header = bk_xstrdup(line);
			} else if (strcmp(*header, line) != 0) {
				snprintf(err, errlen, "%s:%lu: its columns differ from the first partial's "
				         "(counted with another --by?)", name, lineno);
				goto done;
			}
			if (fld == NULL) {
				nc = cols;
				fld = bk_xcalloc(nc + 1, sizeof *fld);
				fl = bk_xcalloc(nc + 1, sizeof *fl);
			}
			continue;
		}
		if (bk_tsv_split(line, n, fld, fl, nc) != nc) {
			snprintf(err, errlen, "%s:%lu: %zu columns wanted", name, lineno, nc);
			goto done;
		}
		uint64_t cnt;
		if (bk_parse_u64(fld[nc - 1], fl[nc - 1], &cnt) < 0) {
			snprintf(err, errlen, "%s:%lu: 'count' is not a count", name, lineno);
			goto done;
		}
		bk_buf_reserve(&term, fl[nc - 3]);
		term.len = bk_tsv_unescape(term.p, fld[nc - 3], fl[nc - 3]);
		term.p[term.len] = '\0';
		if (fl[0] == 4 && memcmp(fld[0], "opts", 4) == 0) {
			if (*opts == NULL) {
				*opts = bk_xstrdup(term.p);
			} else if (strcmp(*opts, term.p) != 0) {
				snprintf(err, errlen, "%s:%lu: counted with other options than the first "
				         "partial ('%s' vs '%s'): partials merge only when counted alike",
				         name, lineno, term.p, *opts);
				goto done;
			}
			seen_opts = 1;
			continue;
		}
		if (!seen_opts) {
			snprintf(err, errlen, "%s:%lu: no 'opts' row before the counts", name, lineno);
			goto done;
		}
		size_t nby = nc - 5;
		gkey.len = 0;
		for (size_t i = 0; i < nby; i++) {
			if (i)
				bk_buf_addc(&gkey, '\t');
			bk_buf_add(&gkey, fld[1 + i], fl[1 + i]);
		}
		uint32_t g = bk_hash_intern(groups, 0, gkey.p ? gkey.p : "", gkey.len, NULL);
		uint32_t d = bk_hash_intern(docs, 0, fld[nc - 4], fl[nc - 4], NULL);
		uint32_t u = ng_cell(cells, g, d);
		ng_group *grp = ng_counter_group(c, u);
		if (fl[0] == 6 && memcmp(fld[0], "tokens", 6) == 0) {
			if (bk_add_count(&grp->tokens, cnt) < 0)
				goto too_many;
		} else if (fl[0] == 4 && memcmp(fld[0], "kept", 4) == 0) {
			if (bk_add_count(&grp->kept, cnt) < 0)
				goto too_many;
		} else if (fl[0] == 4 && memcmp(fld[0], "form", 4) == 0) {
			bk_buf_reserve(&form, fl[nc - 2]);
			form.len = bk_tsv_unescape(form.p, fld[nc - 2], fl[nc - 2]);
			uint32_t k = words(terms, term.p, term.len, tk + 1, NULL);
			if (k == 0 || cnt == 0 || words(terms, form.p, form.len, sk + 1, tk + 1) != k) {
				snprintf(err, errlen, "%s:%lu: a 'form' row wants a term of 1 to %d words, "
				         "a spelling of as many, and a count above 0", name, lineno, NG_MAX_N);
				goto done;
			}
			tk[0] = sk[0] = u;
			ng_entry *e = ng_table_get(&c->grams, tk, k + 1, ng_hash_key(tk, k + 1));
			if (bk_add_count(&e->count, cnt) < 0)
				goto too_many;
			unsigned var = 0;
			for (uint32_t i = 1; i <= k; i++)
				var |= ng_spelling_flags(terms, sk[i]);
			/* a spelling's count is at most its n-gram's: it cannot overflow */
			if (var & NG_VAR)
				ng_table_get(&c->forms, sk, k + 1, ng_hash_key(sk, k + 1))->count += cnt;
		} else {
			snprintf(err, errlen, "%s:%lu: unknown row kind (want opts, tokens, kept or form)",
			         name, lineno);
			goto done;
		}
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s: read error: %s", name, strerror(errno));
		goto done;
	}
	if (lineno == 0) {
		snprintf(err, errlen, "%s: empty (not an ngrams --partial output)", name);
		goto done;
	}
	if (!seen_opts) {
		snprintf(err, errlen, "%s: no 'opts' row (not an ngrams --partial output?)", name);
		goto done;
	}
	st = 0;
	goto done;
too_many:
	snprintf(err, errlen, "%s:%lu: the counts add up past %llu (not a count ngrams wrote)", name,
	         lineno, (unsigned long long)UINT64_MAX);
done:
	if (f != stdin)
		fclose(f);
	free(line);
	free(fld);
	free(fl);
	bk_buf_free(&term);
	bk_buf_free(&form);
	bk_buf_free(&gkey);
	return st;
}

/* ---- folding cells into groups ----------------------------------------- */

static void
too_many_die(void)
{
	bk_die(1, "the partials' counts add up past %llu (not counts ngrams wrote)",
	       (unsigned long long)UINT64_MAX);
}

void
ng_fold_cells(ng_counter *cellc, const ng_cells *cells, ng_counter *groupc)
{
	uint32_t key[NG_MAX_N + 1];
	for (uint32_t u = 0; u < bk_hash_count(cells->units); u++) {
		ng_group *g = ng_counter_group(groupc, cells->group[u]);
		if (u < cellc->ngroups && (bk_add_count(&g->tokens, cellc->group[u].tokens) < 0 ||
		                           bk_add_count(&g->kept, cellc->group[u].kept) < 0))
			too_many_die();
	}
	for (int pass = 0; pass < 2; pass++) {
		const ng_table *from = pass ? &cellc->forms : &cellc->grams;
		ng_table *to = pass ? &groupc->forms : &groupc->grams;
		for (size_t i = 0; i < ng_table_slots(from); i++) {
			const ng_entry *e = &from->e[i];
			if (!ng_entry_used(e))
				continue;
			uint32_t len = ng_entry_len(e);
			memcpy(key, ng_table_key(from, e), len * sizeof *key);
			key[0] = cells->group[key[0]];
			ng_entry *t = ng_table_get(to, key, len, ng_hash_key(key, len));
			if (bk_add_count(&t->count, e->count) < 0)
				too_many_die();
			t->docs++; /* a cell is one document of the group */
		}
	}
}
