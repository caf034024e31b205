/* tf_io.c - partial outputs, merging them, and --reference files. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "input.h"
#include "out.h"
#include "tf_io.h"
#include "utf8.h"

/* Reads a line without its end; -1 at end of file. */
static long
get_line(tf_tsv *r)
{
	ssize_t n = getline(&r->line, &r->cap, r->f);
	if (n < 0)
		return -1;
	r->lineno++;
	if (n > 0 && r->line[n - 1] == '\n')
		n--;
	if (n > 0 && r->line[n - 1] == '\r')
		n--;
	r->line[n] = '\0';
	return (long)n;
}

int
tf_tsv_open(tf_tsv *r, const char *path, char *err, size_t errlen)
{
	memset(r, 0, sizeof *r);
	r->path = path;
	r->f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (r->f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	long n = get_line(r);
	if (n < 0) {
		snprintf(err, errlen, "%s: empty file (no header line)", path);
		return -1;
	}
	char *p = r->line;
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		p += 3;
		n -= 3;
	}
	if (bk_utf8_valid_prefix(p, (size_t)n) != (size_t)n) {
		snprintf(err, errlen, "%s:1: the header is not valid UTF-8", path);
		return -1;
	}
	r->ncols = bk_tsv_split(p, (size_t)n, NULL, NULL, 0);
	r->field = bk_xcalloc(r->ncols, sizeof *r->field);
	r->flen = bk_xcalloc(r->ncols, sizeof *r->flen);
	r->names = bk_xcalloc(r->ncols, sizeof *r->names);
	bk_tsv_split(p, (size_t)n, r->field, r->flen, r->ncols);
	for (size_t i = 0; i < r->ncols; i++)
		r->names[i] = bk_xmemdup(r->field[i], r->flen[i]);
	return 0;
}

int
tf_tsv_row(tf_tsv *r, char *err, size_t errlen)
{
	long n = get_line(r);
	if (n < 0) {
		if (ferror(r->f)) {
			snprintf(err, errlen, "%s: read error: %s", r->path, strerror(errno));
			return -1;
		}
		return 0;
	}
	size_t ok = bk_utf8_valid_prefix(r->line, (size_t)n);
	if (ok != (size_t)n) {
		unsigned long l, c;
		bk_utf8_position(r->line, ok, r->lineno, &l, &c);
		snprintf(err, errlen, "%s:%lu:%lu: invalid UTF-8 or NUL byte", r->path, l, c);
		return -1;
	}
	size_t k = bk_tsv_split(r->line, (size_t)n, r->field, r->flen, r->ncols);
	if (k != r->ncols) {
		snprintf(err, errlen, "%s:%lu: %zu fields where the header has %zu (ragged TSV)",
		         r->path, r->lineno, k, r->ncols);
		return -1;
	}
	return 1;
}

long
tf_tsv_col(const tf_tsv *r, const char *name)
{
	for (size_t i = 0; i < r->ncols; i++)
		if (strcmp(r->names[i], name) == 0)
			return (long)i;
	return -1;
}

void
tf_tsv_close(tf_tsv *r)
{
	if (r->f && r->f != stdin)
		fclose(r->f);
	for (size_t i = 0; i < r->ncols; i++)
		free(r->names[i]);
	free(r->names);
	free(r->field);
	free(r->flen);
	free(r->line);
}

/* The header's names, comma-separated, for messages. */
static void
list_columns(const tf_tsv *r, char *buf, size_t n)
{
	buf[0] = '\0';
	for (size_t i = 0; i < r->ncols && strlen(buf) < n - 40; i++) {
		if (i)
			strncat(buf, ", ", n - strlen(buf) - 1);
		strncat(buf, r->names[i], n - strlen(buf) - 1);
	}
}

int
tf_ref_load(tf_ref *ref, const char *path, char *err, size_t errlen)
{
	tf_tsv r;
	char cols[300];
	int st = -1, k;
	memset(ref, 0, sizeof *ref);
	ref->terms = bk_hash_new();
	ref->forms = bk_hash_new();
	if (tf_tsv_open(&r, path, err, errlen) < 0)
		goto done;
	long tc = tf_tsv_col(&r, "term"), cc = tf_tsv_col(&r, "count"), fc = tf_tsv_col(&r, "form");
	if (tc < 0 || cc < 0 || tf_tsv_col(&r, "partial") >= 0) {
		list_columns(&r, cols, sizeof cols);
		snprintf(err, errlen, "%s:1: not a termfreq output: %s (columns: %s)", path,
		         tf_tsv_col(&r, "partial") >= 0 ? "a --partial output (run --merge on it first)"
		         : tc < 0 ? "no 'term' column" : "no 'count' column", cols);
		goto done;
	}
	bk_buf term = { 0 }, form = { 0 };
	while ((k = tf_tsv_row(&r, err, errlen)) > 0) {
		uint64_t c;
		if (bk_parse_u64(r.field[cc], r.flen[cc], &c) < 0) {
			snprintf(err, errlen, "%s:%lu: 'count' is not a count: '%.*s'", path, r.lineno,
			         (int)(r.flen[cc] > 30 ? 30 : r.flen[cc]), r.field[cc]);
			k = -1;
			break;
		}
		bk_buf_reserve(&term, r.flen[tc]);
		term.len = bk_tsv_unescape(term.p, r.field[tc], r.flen[tc]);
		uint32_t id = bk_hash_intern(ref->terms, 0, term.p, term.len, NULL);
		if (id >= ref->cap) {
			size_t cap = ref->cap ? ref->cap * 2 : 1024;
			while (cap <= id)
				cap *= 2;
			ref->count = bk_xrealloc(ref->count, cap * sizeof *ref->count);
			ref->form = bk_xrealloc(ref->form, cap * sizeof *ref->form);
			for (size_t i = ref->cap; i < cap; i++) {
				ref->count[i] = 0;
				ref->form[i] = UINT32_MAX;
			}
			ref->cap = cap;
		}
		/* a reference counted --by groups: its rows add up per term (at most
		 * the total, which is checked) */
		if (bk_add_count(&ref->total, c) < 0) {
			snprintf(err, errlen, "%s:%lu: the counts add up past %llu", path, r.lineno,
			         (unsigned long long)UINT64_MAX);
			k = -1;
			break;
		}
		ref->count[id] += c;
		if (fc >= 0 && ref->form[id] == UINT32_MAX) {
			bk_buf_reserve(&form, r.flen[fc]);
			form.len = bk_tsv_unescape(form.p, r.field[fc], r.flen[fc]);
			ref->form[id] = bk_hash_intern(ref->forms, 0, form.p, form.len, NULL);
		}
	}
	bk_buf_free(&term);
	bk_buf_free(&form);
	if (k == 0)
		st = 0;
done:
	tf_tsv_close(&r);
	return st;
}

void
tf_ref_free(tf_ref *ref)
{
	bk_hash_free(ref->terms);
	bk_hash_free(ref->forms);
	free(ref->count);
	free(ref->form);
}

/* ---- partials ---- */

struct prow {
	uint32_t unit, sid;   /* sid UINT32_MAX: the unit's `tokens` row */
};

static const tf_model *sort_m;

static int
prow_cmp(const void *x, const void *y)
{
	const struct prow *a = x, *b = y;
	const tf_model *m = sort_m;
	int c;
	if (a->unit != b->unit) {
		if ((c = bk_hash_keycmp(m->groups, m->u_group[a->unit], m->u_group[b->unit])) != 0)
			return c;
		if ((c = bk_hash_keycmp(m->docs, m->u_doc[a->unit], m->u_doc[b->unit])) != 0)
			return c;
	}
	if (a->sid == b->sid)
		return 0;
	if (a->sid == UINT32_MAX || b->sid == UINT32_MAX)
		return a->sid == UINT32_MAX ? -1 : 1;
	if ((c = bk_hash_keycmp(m->terms, m->s[a->sid].tid, m->s[b->sid].tid)) != 0)
		return c;
	return bk_hash_keycmp(m->surf, a->sid, b->sid);
}

static void
out_key(const bk_hash *h, uint32_t id)
{
	size_t n;
	const char *p = bk_hash_key(h, id, &n);
	bk_out_write(p, n);
}

static void
out_key_field(const bk_hash *h, uint32_t id)
{
	size_t n;
	const char *p = bk_hash_key(h, id, &n);
	bk_out_field(p, n);
}

void
tf_partial_head(char *const *by, size_t nby, const char *opts)
{
	bk_out_str("partial");
	for (size_t i = 0; i < nby; i++) {
		bk_out_tab();
		bk_out_field(by[i], strlen(by[i]));
	}
	bk_out_str("\tdoc\tterm\tform\tcount");
	bk_out_endrow();
	bk_out_str("opts");
	for (size_t i = 0; i < nby; i++)
		bk_out_tab();
	bk_out_str("\t\t");
	bk_out_field(opts, strlen(opts));
	bk_out_str("\t\t0");
	bk_out_endrow();
}

void
tf_write_partial(tf_model *m, char *const *by, size_t nby, const char *opts)
{
	size_t nunits = bk_hash_count(m->units), nsurf = bk_hash_count(m->surf), k = 0;
	struct prow *rows = bk_xmalloc((nunits + nsurf + 1) * sizeof *rows);
	for (uint32_t u = 0; u < nunits; u++)
		rows[k++] = (struct prow){ u, UINT32_MAX };
	for (uint32_t s = 0; s < nsurf; s++)
		if (m->s[s].tid != TF_DROP)
			rows[k++] = (struct prow){ bk_hash_ns(m->surf, s), s };
	sort_m = m;
	qsort(rows, k, sizeof *rows, prow_cmp);
	tf_partial_head(by, nby, opts);
	for (size_t i = 0; i < k; i++) {
		uint32_t u = rows[i].unit, s = rows[i].sid;
		bk_out_str(s == UINT32_MAX ? "tokens\t" : "form\t");
		if (nby) {
			out_key(m->groups, m->u_group[u]);
			bk_out_tab();
		}
		out_key(m->docs, m->u_doc[u]);
		bk_out_tab();
		if (s == UINT32_MAX) {
			bk_out_str("\t\t");
			bk_out_u64(m->u_tokens[u]);
		} else {
			out_key_field(m->terms, m->s[s].tid);
			bk_out_tab();
			out_key_field(m->surf, s);
			bk_out_tab();
			bk_out_u64(m->s[s].count);
		}
		bk_out_endrow();
	}
	free(rows);
}

size_t
tf_partial_by(const char *header, char ***by)
{
	/* partial <by...> doc term form count */
	size_t n = 0, k = 0;
	for (const char *p = header; *p; p++)
		n += *p == '\t';
	n = n + 1 - 5;
	*by = bk_xcalloc(n + 1, sizeof **by);
	const char *p = strchr(header, '\t') + 1;
	for (k = 0; k < n; k++) {
		const char *t = strchr(p, '\t');
		(*by)[k] = bk_xmemdup(p, (size_t)(t - p));
		p = t + 1;
	}
	return n;
}

/* A partial's lines may come in any order and several partials may be
 * concatenated (parallel --pipe gathers its jobs' outputs; Hadoop sorts map
 * output lines): header lines and `opts` rows are checked wherever they are,
 * and counts do not depend on order. */
int
tf_merge_file(tf_model *m, const char *path, char **opts, char **header, char err[],
              size_t errlen)
{
	tf_tsv r;
	int st = -1;
	long len;
	size_t nc = 0, cap = 0;
	bk_buf term = { 0 }, form = { 0 }, gkey = { 0 };
	memset(&r, 0, sizeof r);
	r.path = path;
	r.f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (r.f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while ((len = get_line(&r)) >= 0) {
		char *p = r.line;
		size_t n = (size_t)len;
		if (r.lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
			p += 3;
			n -= 3;
		}
		size_t ok = bk_utf8_valid_prefix(p, n);
		if (ok != n) {
			unsigned long l, c;
			bk_utf8_position(p, ok, r.lineno, &l, &c);
			snprintf(err, errlen, "%s:%lu:%lu: invalid UTF-8 or NUL byte", path, l, c);
			goto done;
		}
		size_t k = bk_tsv_split(p, n, NULL, NULL, 0);
		if (k < 5) {
			snprintf(err, errlen, "%s:%lu: not a termfreq --partial output (want columns "
			         "partial, the --by columns, doc, term, form, count)", path, r.lineno);
			goto done;
		}
		if (nc == 0) {
			nc = k;
		} else if (k != nc) {
			snprintf(err, errlen, "%s:%lu: %zu fields where earlier lines have %zu (ragged, "
			         "or partials counted with other --by columns)", path, r.lineno, k, nc);
			goto done;
		}
		if (nc > cap) {
			cap = nc;
			r.field = bk_xrealloc(r.field, cap * sizeof *r.field);
			r.flen = bk_xrealloc(r.flen, cap * sizeof *r.flen);
		}
		bk_tsv_split(p, n, r.field, r.flen, nc);
		const char *kind = r.field[0];
		size_t kl = r.flen[0];
		if (kl == 7 && memcmp(kind, "partial", 7) == 0) {
			if (r.flen[nc - 4] != 3 || memcmp(r.field[nc - 4], "doc", 3) != 0 ||
			    r.flen[nc - 1] != 5 || memcmp(r.field[nc - 1], "count", 5) != 0) {
				snprintf(err, errlen, "%s:%lu: not a termfreq --partial header", path, r.lineno);
				goto done;
			}
			if (*header == NULL)
				*header = bk_xmemdup(p, n);
			else if (strlen(*header) != n || memcmp(*header, p, n) != 0) {
				snprintf(err, errlen, "%s:%lu: its columns differ from the first partial's "
				         "(counted with another --by?)", path, r.lineno);
				goto done;
			}
			continue;
		}
		uint64_t c;
		if (bk_parse_u64(r.field[nc - 1], r.flen[nc - 1], &c) < 0) {
			snprintf(err, errlen, "%s:%lu: 'count' is not a count", path, r.lineno);
			goto done;
		}
		if (kl == 4 && memcmp(kind, "opts", 4) == 0) {
			bk_buf_reserve(&term, r.flen[nc - 3]);
			term.len = bk_tsv_unescape(term.p, r.field[nc - 3], r.flen[nc - 3]);
			term.p[term.len] = '\0';
			if (*opts == NULL) {
				*opts = bk_xstrdup(term.p);
			} else if (strcmp(*opts, term.p) != 0) {
				snprintf(err, errlen, "%s:%lu: counted with other options than the first "
				         "partial ('%s' vs '%s'): partials merge only when counted alike",
				         path, r.lineno, term.p, *opts);
				goto done;
			}
			continue;
		}
		size_t nby = nc - 5;
		gkey.len = 0;
		for (size_t i = 0; i < nby; i++) {
			if (i)
				bk_buf_addc(&gkey, '\t');
			bk_buf_add(&gkey, r.field[1 + i], r.flen[1 + i]);
		}
		uint32_t u = tf_unit(m, gkey.p ? gkey.p : "", gkey.len, r.field[nc - 4], r.flen[nc - 4]);
		if (kl == 6 && memcmp(kind, "tokens", 6) == 0) {
			if (bk_add_count(&m->read_tokens, c) < 0)
				goto too_many;
			m->u_tokens[u] += c;
		} else if (kl == 4 && memcmp(kind, "form", 4) == 0) {
			bk_buf_reserve(&term, r.flen[nc - 3]);
			term.len = bk_tsv_unescape(term.p, r.field[nc - 3], r.flen[nc - 3]);
			bk_buf_reserve(&form, r.flen[nc - 2]);
			form.len = bk_tsv_unescape(form.p, r.field[nc - 2], r.flen[nc - 2]);
			uint32_t tid = tf_term_id(m, u, term.p, term.len);
			uint32_t sid = tf_surf_add(m, u, form.p, form.len, tid);
			if (m->s[sid].tid != tid) {
				snprintf(err, errlen, "%s:%lu: spelling '%.*s' has two terms", path, r.lineno,
				         (int)(form.len > 40 ? 40 : form.len), form.p);
				goto done;
			}
			if (bk_add_count(&m->read_forms, c) < 0)
				goto too_many;
			m->s[sid].count += c;
			if (c > 0)
				tf_term_doc(m, tid, m->cur_doc);
		} else {
			snprintf(err, errlen, "%s:%lu: unknown row kind '%.*s' (want partial, opts, "
			         "tokens or form)", path, r.lineno, (int)(kl > 20 ? 20 : kl), kind);
			goto done;
		}
	}
	if (ferror(r.f)) {
		snprintf(err, errlen, "%s: read error: %s", path, strerror(errno));
		goto done;
	}
	st = 0;
	goto done;
too_many:
	snprintf(err, errlen, "%s:%lu: the counts add up past %llu (not a count termfreq wrote)", path,
	         r.lineno, (unsigned long long)UINT64_MAX);
done:
	bk_buf_free(&term);
	bk_buf_free(&form);
	bk_buf_free(&gkey);
	if (r.f != stdin)
		fclose(r.f);
	free(r.field);
	free(r.flen);
	free(r.line);
	return st;
}
