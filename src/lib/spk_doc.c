/* spk_doc.c - from a whole transcript to its rows.
 *
 * 1. Lines become blocks: a block starts where a paragraph starts (every line
 *    of a text that is not hard-wrapped) or where a line opens with a label.
 * 2. Blocks without a label are debris, header lines (title, meta) or speech.
 * 3. Labels become speakers: names normalised across the document, role
 *    labels resolved from the title or the host's introduction.
 * 4. Speech blocks become turns: a label opens one; unlabelled blocks carry
 *    the current speaker on, except a question before the first answer, a
 *    question between answers where reporters are never labelled, and an
 *    official resuming after a reporter's short interjection.
 * 5. Speakers whose role no label fixes get one from the whole document:
 *    those who mostly ask are reporters, an opener who never answers hosts. */
#include <stdlib.h>
#include <string.h>
#include "spk_debris.h"
#include "spk_doc.h"
#include "spk_label.h"
#include "spk_name.h"
#include "spk_text.h"

const char *const spk_role_names[SPK_NROLES] = {
	"host", "official", "reporter", "unknown", "title", "meta", "junk"
};

enum { B_SPEECH, B_TITLE, B_META, B_JUNK };

typedef struct blk {
	size_t start, end;       /* trimmed content */
	int kind;
	int labelled;
	spk_label lab;
	int nkind, hint, honorific;
	size_t name_off, name_len; /* in priv->arena */
	int u;                   /* index of the distinct name (priv->u) */
	int time;                /* a time stamp */
	int note;                /* an editorial note: junk, whatever it looks like */
} blk;

typedef struct speaker {
	size_t turns, words, qturns, answers;
	int role, fixed;
	size_t first_row;
} speaker;

typedef struct priv {
	blk *b;
	size_t nb, bcap;
	bk_buf arena;
	bk_buf ctx;              /* title and opening text, for resolving roles */
	bk_buf tmp;
	spk_name nm;
	speaker *s;
	size_t scap;
	int *hash;               /* open addressing over names */
	size_t hcap;
	/* Distinct label names: the work on names is done once per name, not
	 * once per label, so a long document stays linear. */
	struct uname { size_t off, len; int flags; } *u;
	size_t nu, ucap;
	int *uhash;
	size_t uhcap;
	/* Label name parts already normalised: labels repeat by the thousand. */
	struct lcache { size_t raw_off, raw_len; int lkind, nkind, hint, honorific;
	                size_t name_off, name_len; } *lc;
	size_t nlc, lccap;
	int *lchash;
	size_t lchcap;
	/* Role holders resolved once per document: SPK_H_* -> -1 unknown, 0 none, 1 found */
	int hint_state[8];
	bk_buf hint_name[8];
} priv;

/* ---- speakers ---- */

static size_t
hash_str(const char *s)
{
	size_t h = 5381;
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static void
rehash(spk_doc *d, priv *v, size_t cap)
{
	free(v->hash);
	v->hcap = cap;
	v->hash = bk_xmalloc(cap * sizeof *v->hash);
	for (size_t i = 0; i < cap; i++)
		v->hash[i] = -1;
	for (size_t i = 0; i < d->nnames; i++) {
		size_t h = hash_str(d->names[i]) & (cap - 1);
		while (v->hash[h] >= 0)
			h = (h + 1) & (cap - 1);
		v->hash[h] = (int)i;
	}
}

static int
speaker_find(spk_doc *d, priv *v, const char *name)
{
	if (v->hcap == 0)
		return -1;
	size_t h = hash_str(name) & (v->hcap - 1);
	while (v->hash[h] >= 0) {
		if (strcmp(d->names[v->hash[h]], name) == 0)
			return v->hash[h];
		h = (h + 1) & (v->hcap - 1);
	}
	return -1;
}

static int
speaker_get(spk_doc *d, priv *v, const char *name, int role, int fixed)
{
	int i = speaker_find(d, v, name);
	if (i >= 0) {
		if (fixed && !v->s[i].fixed) {
			v->s[i].role = role;
			v->s[i].fixed = 1;
		}
		return i;
	}
	if (d->nnames == d->names_cap) {
		d->names_cap = d->names_cap ? 2 * d->names_cap : 16;
		d->names = bk_xrealloc(d->names, d->names_cap * sizeof *d->names);
	}
	if (d->nnames >= v->scap) {
		v->scap = d->names_cap;
		v->s = bk_xrealloc(v->s, v->scap * sizeof *v->s);
	}
	i = (int)d->nnames++;
	d->names[i] = bk_xstrdup(name);
	memset(&v->s[i], 0, sizeof v->s[i]);
	v->s[i].role = role;
	v->s[i].fixed = fixed;
	v->s[i].first_row = (size_t)-1;
	if (2 * d->nnames >= v->hcap)
		rehash(d, v, v->hcap ? 2 * v->hcap : 64);
	else {
		size_t h = hash_str(name) & (v->hcap - 1);
		while (v->hash[h] >= 0)
			h = (h + 1) & (v->hcap - 1);
		v->hash[h] = i;
	}
	return i;
}

/* ---- rows ---- */

static spk_row *
row_new(spk_doc *d)
{
	if (d->nrows == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 256;
		d->rows = bk_xrealloc(d->rows, d->cap * sizeof *d->rows);
	}
	spk_row *r = &d->rows[d->nrows++];
	memset(r, 0, sizeof *r);
	r->speaker = -1;
	return r;
}

/* ---- blocks ---- */

static blk *
blk_new(priv *v, size_t s, size_t e)
{
	if (v->nb == v->bcap) {
		v->bcap = v->bcap ? 2 * v->bcap : 256;
		v->b = bk_xrealloc(v->b, v->bcap * sizeof *v->b);
	}
	blk *b = &v->b[v->nb++];
	memset(b, 0, sizeof *b);
	b->start = s;
	b->end = e;
	return b;
}

/* A text is hard-wrapped when its lines are short and mostly run on into the
 * next one; then a label-like word at a line start is only a wrapped word. */
static int line_closes(const char *p, size_t s, size_t e);

/* A text is hard-wrapped when no line is long and lines often stop
 * mid-sentence to run on into the next; then a label-like word at a line
 * start is only a wrapped word. */
static int
hard_wrapped(const char *p, size_t n, size_t from)
{
	size_t lines = 0, longl = 0, runon = 0;
	size_t ps = 0, pe = 0;
	int prev_nonblank = 0;
	for (size_t i = from; i < n && lines < 4000;) {
		size_t e = spk_line_end(p, n, i);
		int blank = spk_is_blank(p, i, e);
		if (!blank) {
			lines++;
			if (e - i > 120)
				longl++;
			if (prev_nonblank && !line_closes(p, ps, pe))
				runon++;
			ps = i;
			pe = e;
		}
		prev_nonblank = !blank;
		i = e + 1;
	}
	return longl * 33 < lines && runon >= 3 && runon * 10 >= lines;
}

/* Does the line ending at e close a sentence (or a Markdown hard break)? */
static int
line_closes(const char *p, size_t s, size_t e)
{
	if (e >= s + 2 && p[e - 1] == ' ' && p[e - 2] == ' ')
		return 1;
	size_t t = spk_trim_end(p, s, e);
	if (t == s)
		return 1;
	unsigned char c = (unsigned char)p[t - 1];
	if (c == '.' || c == '?' || c == '!' || c == ')' || c == '"' || c == ']' || c == ':')
		return 1;
	/* ” ’ — … */
	return c >= 0x80 && t >= s + 3 && (unsigned char)p[t - 3] == 0xe2;
}

static size_t
skip_front_matter(priv *v, const char *p, size_t n)
{
	if (n < 4 || memcmp(p, "---", 3) != 0 || (p[3] != '\n' && p[3] != '\r'))
		return 0;
	for (size_t i = spk_line_end(p, n, 0) + 1; i < n;) {
		size_t e = spk_line_end(p, n, i);
		size_t t = spk_trim_end(p, i, e);
		if (t - i == 3 && memcmp(p + i, "---", 3) == 0) {
			blk *b = blk_new(v, 0, t);
			b->kind = B_JUNK;
			return e;
		}
		if (spk_starts_ci(p + i, t - i, "title:")) {
			bk_buf_add(&v->ctx, p + i + 6, t - i - 6);
			bk_buf_add(&v->ctx, "\n", 1);
		}
		i = e + 1;
	}
	return 0;
}

static void
make_blocks(priv *v, const char *p, size_t n, size_t from)
{
	int wrapped = hard_wrapped(p, n, from);
	int open = 0, prev_closes = 1;
	blk *cur = NULL;
	for (size_t i = from; i < n;) {
		size_t e = spk_line_end(p, n, i);
		size_t s = spk_skip_blank(p, e, i);
		size_t t = spk_trim_end(p, s, e);
		if (s >= e) {
			open = 0;
			i = e + 1;
			continue;
		}
		int para = !open || !wrapped;
		int where = para ? SPK_AT_PARA : (prev_closes ? SPK_AT_LINE : 0);
		spk_label l;
		/* debris that looks like a label ("Related News:", "Share:") is not one */
		int lab = where && spk_label_at(p, n, i, where, &l) &&
		          (!para || l.kind == SPK_L_UPPER || l.kind == SPK_L_Q || l.kind == SPK_L_A ||
		           spk_debris(p, s, t) == SPK_D_NONE);
		if (!open || lab || !wrapped) {
			size_t ne = lab ? 0 : spk_note_end(p, s, t);
			if (ne) {
				cur = blk_new(v, s, ne);
				cur->note = 1;
				s = spk_skip_blank(p, t, ne);
			}
			if (s < t || !ne) {
				cur = blk_new(v, s, t);
				if (lab) {
					cur->labelled = 1;
					cur->lab = l;
				}
			}
		} else {
			cur->end = t;
		}
		open = 1;
		prev_closes = line_closes(p, i, e);
		i = e + 1;
	}
}

/* ---- classification ---- */

static int
speech_like(const char *p, size_t s, size_t e)
{
	size_t w = spk_count_words_upto(p, s, e, 12), lw = 0;
	if (w >= 12)
		return 1;
	/* Place names and headings capitalise every word. */
	for (size_t i = s; i < e; i++)
		if (spk_is_lower((unsigned char)p[i]) && (i == s || p[i - 1] == ' '))
			lw++;
	if (lw == 0)
		return 0;
	unsigned char c = (unsigned char)p[e - 1];
	int lower = 0;
	for (size_t i = s; i < e; i++)
		lower |= spk_is_lower((unsigned char)p[i]);
	return w >= 4 && lower && (c == '.' || c == '?' || c == '!' || c >= 0x80);
}

static void
classify(priv *v, const char *p, int has_yaml_title, int front_matter, int continued)
{
	int started = continued, footer = 0, titled = has_yaml_title;
	size_t last_speech = (size_t)-1;
	for (size_t k = 0; k < v->nb; k++) {
		blk *b = &v->b[k];
		if (k == 0 && front_matter)
			continue;                    /* YAML front matter: junk */
		if (b->labelled) {
			b->kind = B_SPEECH;
			started = 1;
			footer = 0;
			last_speech = k;
			continue;
		}
		int d = spk_debris(p, b->start, b->end);
		if (footer || d == SPK_D_JUNK || b->note) {
			b->kind = B_JUNK;
			continue;
		}
		if (d == SPK_D_FOOTER) {
			b->kind = B_JUNK;
			footer = started;
			continue;
		}
		if (d == SPK_D_TIME) {
			b->kind = B_META;
			b->time = 1;
			if (started)
				footer = 1;
			continue;
		}
		if (d == SPK_D_META) {
			b->kind = B_META;
			continue;
		}
		/* Above the transcript, "*To date, ..." answers a question after
		 * the fact: an editorial note, not speech. */
		if (!started && p[b->start] == '*' && speech_like(p, b->start, b->end)) {
			b->kind = B_JUNK;
			continue;
		}
		/* The first line of a page is its title when it reads like one:
		 * one line, no sentence end. */
		int title_like = !started && !titled && memchr(p + b->start, '\n', b->end - b->start) == NULL &&
		                 b->end - b->start <= 300 && strchr(".?!", p[b->end - 1]) == NULL;
		if (!started && (title_like || !speech_like(p, b->start, b->end))) {
			size_t w = spk_count_words_upto(p, b->start, b->end, 3);
			if (!titled && w >= 3) {
				b->kind = B_TITLE;
				titled = 1;
				bk_buf_add(&v->ctx, p + b->start, b->end - b->start);
				bk_buf_add(&v->ctx, "\n", 1);
			} else
				b->kind = w <= 1 ? B_JUNK : B_META;
			continue;
		}
		b->kind = B_SPEECH;
		started = 1;
		last_speech = k;
	}
	/* What follows the last speech is the page's end: a time stamp there,
	 * or a stray line, is junk. */
	for (size_t k = last_speech == (size_t)-1 ? v->nb : last_speech + 1; k < v->nb; k++)
		if (v->b[k].kind == B_META)
			v->b[k].kind = B_JUNK;
}

/* ---- names ---- */

/* Captures up to 4 capitalised words of ctx after `key` (a role word):
 * "Spokesperson Geng Shuang's" -> Geng Shuang.  `last`: only the final word
 * (President Donald J. Trump -> Trump).  Skips "Vice President" for
 * "President". */
static int
find_holder(const char *ctx, size_t n, const char *key, int last, bk_buf *out)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i + kl < n; i++) {
		if (memcmp(ctx + i, key, kl) != 0 || (i > 0 && spk_is_alpha((unsigned char)ctx[i - 1])))
			continue;
		if (strcmp(key, "President ") == 0 && i >= 5 && memcmp(ctx + i - 5, "Vice ", 5) == 0)
			continue;
		size_t j = i + kl, ws = j, we = j, words = 0, lw = j;
		while (j < n && words < 4) {
			if (!spk_is_upper((unsigned char)ctx[j]))
				break;
			size_t k = j;
			while (k < n && (spk_is_alpha((unsigned char)ctx[k]) || ctx[k] == '-' || ctx[k] == '.'))
				k++;
			if (k - j == 3 && memcmp(ctx + j, "And", 3) == 0)
				break;
			lw = j;
			we = k;
			words++;
			if (k < n && (ctx[k] == ' ' || ctx[k] == '_' || ctx[k] == '\\'))
				j = k + 1 + (ctx[k] == '\\' && k + 1 < n && ctx[k + 1] == '_');
			else
				break;
			if (j < n && ctx[j] == '\\')
				j++;
			if (j < n && ctx[j] == '_')
				j++;
		}
		if (words == 0)
			continue;
		out->len = 0;
		if (last)
			bk_buf_add(out, ctx + lw, we - lw);
		else {
			for (size_t q = ws; q < we; q++)
				bk_buf_addc(out, ctx[q] == '\\' ? ' ' : ctx[q] == '_' ? ' ' : ctx[q]);
			/* collapse the "\_" pairs into one space */
			size_t o = 0;
			for (size_t q = 0; q < out->len; q++)
				if (!(out->p[q] == ' ' && o > 0 && out->p[o - 1] == ' '))
					out->p[o++] = out->p[q];
			out->len = o;
		}
		while (out->len && out->p[out->len - 1] == '.')
			out->len--;
		bk_buf_addc(out, '\0');
		out->len--;
		return 1;
	}
	return 0;
}

static const char *
blk_name(const priv *v, const blk *b)
{
	return v->arena.p + b->name_off;
}

static int resolve_hint_once(priv *v, int hint, bk_buf *out);
static void match_known(const priv *v, bk_buf *name);

/* The role a label's hint resolves to, by the title and the opening. */
static int
resolve_hint(priv *v, int hint, bk_buf *out)
{
	if (v->hint_state[hint] == 0) {
		v->hint_state[hint] = resolve_hint_once(v, hint, &v->hint_name[hint]) ? 1 : -1;
		if (v->hint_state[hint] > 0)
			match_known(v, &v->hint_name[hint]);
	}
	if (v->hint_state[hint] < 0)
		return 0;
	out->len = 0;
	bk_buf_add(out, v->hint_name[hint].p, v->hint_name[hint].len + 1);
	out->len--;
	return 1;
}

static int
resolve_hint_once(priv *v, int hint, bk_buf *out)
{
	const char *c = v->ctx.p ? v->ctx.p : "";
	size_t n = v->ctx.len;
	switch (hint) {
	case SPK_H_PRESIDENT:
		return find_holder(c, n, "President ", 1, out);
	case SPK_H_VICE:
		return find_holder(c, n, "Vice President ", 1, out);
	case SPK_H_SPOKES:
		return find_holder(c, n, "Spokesperson ", 0, out) ||
		       find_holder(c, n, "Spokesman ", 0, out) ||
		       find_holder(c, n, "Spokeswoman ", 0, out) ||
		       find_holder(c, n, "Press Secretary ", 0, out);
	}
	return 0;
}

/* A resolved full name meets the names the labels give: "Jen Psaki" is the
 * "Psaki" of MS. PSAKI, "Wang Zhigang" the "Wang" of Mr. Wang. */
static void
match_known(const priv *v, bk_buf *name)
{
	const char *sp = strrchr(name->p, ' ');
	const char *lastw = sp ? sp + 1 : name->p;
	for (size_t k = 0; k < v->nu; k++) {
		const char *bn = v->arena.p + v->u[k].off;
		if (sp && strcmp(bn, lastw) == 0) {
			size_t l = strlen(bn);
			memmove(name->p, bn, l + 1);
			name->len = l;
			return;
		}
	}
}

/* Capitalised words that do not make a given name. */
static int
common_word(const char *p, size_t n)
{
	static const char *const w[] = { "En", "Route", "And", "The", "Of", "In", "On", "At",
		"To", "For", "With", "Press", "Conference", "Briefing", "Said", "Says", "From",
		"Is", "Was", "Will", "Has", "Minister", "Ministry", "Yi", NULL };
	for (int k = 0; w[k]; k++)
		if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

enum { U_HONORIFIC = 1, U_MIXED = 2 };

static size_t
hash_mem(const char *p, size_t n, int flags)
{
	size_t h = 5381 + (size_t)flags;
	for (size_t i = 0; i < n; i++)
		h = h * 33 + (unsigned char)p[i];
	return h;
}

/* The index of the distinct name arena[off..off+len) with flags, added if new. */
static int
uname_get(priv *v, size_t off, size_t len, int flags)
{
	if (2 * (v->nu + 1) > v->uhcap) {
		size_t cap = v->uhcap ? 2 * v->uhcap : 64;
		free(v->uhash);
		v->uhash = bk_xmalloc(cap * sizeof *v->uhash);
		v->uhcap = cap;
		for (size_t i = 0; i < cap; i++)
			v->uhash[i] = -1;
		for (size_t i = 0; i < v->nu; i++) {
			size_t h = hash_mem(v->arena.p + v->u[i].off, v->u[i].len, v->u[i].flags) & (cap - 1);
			while (v->uhash[h] >= 0)
				h = (h + 1) & (cap - 1);
			v->uhash[h] = (int)i;
		}
	}
	const char *p = v->arena.p + off;
	size_t h = hash_mem(p, len, flags) & (v->uhcap - 1);
	while (v->uhash[h] >= 0) {
		struct uname *x = &v->u[v->uhash[h]];
		if (x->len == len && x->flags == flags && memcmp(v->arena.p + x->off, p, len) == 0)
			return v->uhash[h];
		h = (h + 1) & (v->uhcap - 1);
	}
	if (v->nu == v->ucap) {
		v->ucap = v->ucap ? 2 * v->ucap : 64;
		v->u = bk_xrealloc(v->u, v->ucap * sizeof *v->u);
	}
	v->u[v->nu] = (struct uname){ off, len, flags };
	v->uhash[h] = (int)v->nu;
	return (int)v->nu++;
}

/* "Mr. Wang" -> "Wang Zhigang": another label, or (for names written in
 * mixed case) the opening, that gives the surname first and a given name
 * after it.  MS. JEAN-PIERRE stays Jean-Pierre, as labelled. */
static void
expand_surname(priv *v, struct uname *x)
{
	const char *sur = v->arena.p + x->off;
	size_t sl = x->len;
	size_t full_off = 0, fl = 0;
	int found = 0;
	for (size_t j = 0; j < v->nu && !found; j++) {
		const struct uname *o = &v->u[j];
		const char *on = v->arena.p + o->off;
		/* Wang -> Wang Zhigang (surname first), Berg -> Anna Berg (last) */
		if (o->len > sl + 1 && ((memcmp(on, sur, sl) == 0 && on[sl] == ' ') ||
		                        (memcmp(on + o->len - sl, sur, sl) == 0 && on[o->len - sl - 1] == ' '))) {
			full_off = o->off;
			fl = o->len;
			found = 1;
		}
	}
	const char *c = (x->flags & U_MIXED) ? v->ctx.p : NULL;
	for (size_t i = 0; !found && c && i + sl + 2 < v->ctx.len; i++) {
		if (memcmp(c + i, sur, sl) != 0 || c[i + sl] != ' ' ||
		    (i > 0 && spk_is_alpha((unsigned char)c[i - 1])) ||
		    !spk_is_upper((unsigned char)c[i + sl + 1]))
			continue;
		size_t j = i + sl + 1;
		while (j + 1 < v->ctx.len && spk_is_lower((unsigned char)c[j + 1]))
			j++;
		j++;
		if (j - (i + sl + 1) >= 2 && (j >= v->ctx.len || c[j] != '\'') &&
		    !common_word(c + i + sl + 1, j - (i + sl + 1))) {
			v->tmp.len = 0;
			bk_buf_add(&v->tmp, c + i, j - i);
			full_off = v->arena.len;
			fl = j - i;
			bk_buf_add(&v->arena, v->tmp.p, fl);
			bk_buf_addc(&v->arena, '\0');
			found = 1;
		}
	}
	if (found) {
		x->off = full_off;
		x->len = fl;
	}
}

/* spk_name_from_label, once per distinct name part and kind. */
static const struct lcache *
label_name(priv *v, const char *raw, size_t n, int lkind)
{
	if (2 * (v->nlc + 1) > v->lchcap) {
		size_t cap = v->lchcap ? 2 * v->lchcap : 64;
		free(v->lchash);
		v->lchash = bk_xmalloc(cap * sizeof *v->lchash);
		v->lchcap = cap;
		for (size_t i = 0; i < cap; i++)
			v->lchash[i] = -1;
		for (size_t i = 0; i < v->nlc; i++) {
			size_t h = hash_mem(v->arena.p + v->lc[i].raw_off, v->lc[i].raw_len, v->lc[i].lkind) & (cap - 1);
			while (v->lchash[h] >= 0)
				h = (h + 1) & (cap - 1);
			v->lchash[h] = (int)i;
		}
	}
	size_t h = hash_mem(raw, n, lkind) & (v->lchcap - 1);
	while (v->lchash[h] >= 0) {
		struct lcache *x = &v->lc[v->lchash[h]];
		if (x->raw_len == n && x->lkind == lkind && memcmp(v->arena.p + x->raw_off, raw, n) == 0)
			return x;
		h = (h + 1) & (v->lchcap - 1);
	}
	spk_name_from_label(raw, n, lkind, &v->nm);
	if (v->nlc == v->lccap) {
		v->lccap = v->lccap ? 2 * v->lccap : 64;
		v->lc = bk_xrealloc(v->lc, v->lccap * sizeof *v->lc);
	}
	struct lcache *x = &v->lc[v->nlc];
	x->raw_off = v->arena.len;
	x->raw_len = n;
	bk_buf_add(&v->arena, raw, n);
	bk_buf_addc(&v->arena, '\0');
	x->lkind = lkind;
	x->nkind = v->nm.kind;
	x->hint = v->nm.hint;
	x->honorific = v->nm.honorific;
	x->name_off = v->arena.len;
	x->name_len = v->nm.buf.len;
	bk_buf_add(&v->arena, v->nm.buf.p ? v->nm.buf.p : "", v->nm.buf.len);
	bk_buf_addc(&v->arena, '\0');
	v->lchash[h] = (int)v->nlc;
	return &v->lc[v->nlc++];
}

static void
name_labels(priv *v, const char *p)
{
	v->nu = 0;
	for (size_t k = 0; k < v->nb; k++) {
		blk *b = &v->b[k];
		if (!b->labelled)
			continue;
		const struct lcache *c = label_name(v, p + b->lab.name_start,
		                                    b->lab.name_end - b->lab.name_start, b->lab.kind);
		b->nkind = c->nkind;
		b->hint = c->hint;
		b->honorific = c->honorific;
		b->name_off = c->name_off;
		b->name_len = c->name_len;
		b->u = -1;
		if (b->nkind == SPK_N_NAME) {
			int fl = (b->honorific ? U_HONORIFIC : 0) | (b->lab.kind == SPK_L_MIXED ? U_MIXED : 0);
			b->u = uname_get(v, b->name_off, b->name_len, fl);
		}
	}
	size_t n0 = v->nu;
	for (size_t k = 0; k < n0; k++) {
		struct uname *x = &v->u[k];
		if ((x->flags & U_HONORIFIC) && memchr(v->arena.p + x->off, ' ', x->len) == NULL)
			expand_surname(v, x);
	}
	for (size_t k = 0; k < v->nb; k++) {
		blk *b = &v->b[k];
		if (b->labelled && b->u >= 0) {
			b->name_off = v->u[b->u].off;
			b->name_len = v->u[b->u].len;
		}
	}
}

/* ---- turns ---- */

typedef struct state {
	int cur;                 /* open speech row, -1 */
	int speaker, role;       /* of the last speech row */
	int prev_speaker, prev_role; /* the last non-reporter before it */
	int have_prev;
	int reporter_labels;     /* the document labels its reporters */
	int last_reporter;       /* speaker of the last reporter turn */
} state;

static int
label_speaker(spk_doc *d, priv *v, const blk *b, const char *p, const spk_roster *roster,
              state *st, int *role)
{
	const char *rs;
	int rr;
	if (spk_roster_find(roster, p + b->lab.start, b->lab.end - b->lab.start, &rs, &rr)) {
		if (rr < 0)              /* the roster names, the label decides the role */
			rr = b->nkind == SPK_N_Q || b->nkind == SPK_N_OUTLET ? SPK_REPORTER :
			     b->hint == SPK_H_HOST ? SPK_HOST : SPK_OFFICIAL;
		*role = rr;
		return *rs ? speaker_get(d, v, rs, rr, 1) : -1;
	}
	const char *name = blk_name(v, b);
	switch (b->nkind) {
	case SPK_N_Q:
		*role = SPK_REPORTER;
		return b->hint == SPK_H_FOLLOWUP ? st->last_reporter : -1;
	case SPK_N_OUTLET:
		*role = SPK_REPORTER;
		return speaker_get(d, v, name, SPK_REPORTER, 1);
	case SPK_N_A:
	case SPK_N_ROLE:
		*role = b->hint == SPK_H_HOST ? SPK_HOST : SPK_OFFICIAL;
		if (b->hint == SPK_H_PRESIDENT || b->hint == SPK_H_VICE || b->hint == SPK_H_SPOKES) {
			if (resolve_hint(v, b->hint, &v->tmp)) {
				match_known(v, &v->tmp);
				return speaker_get(d, v, v->tmp.p, *role, 1);
			}
		}
		if (b->nkind == SPK_N_A)
			return -1;
		return speaker_get(d, v, name, *role, 1);
	}
	*role = SPK_OFFICIAL;
	return speaker_get(d, v, name, SPK_OFFICIAL, 0);
}

static void
open_turn(spk_doc *d, state *st, int who, int role, size_t lab_s, size_t lab_e,
          size_t s, size_t e)
{
	spk_row *r = row_new(d);
	r->role = role;
	r->speaker = who;
	r->label_start = lab_s;
	r->label_end = lab_e;
	r->start = s;
	r->end = e;
	st->cur = (int)(d->nrows - 1);
	if (st->role != SPK_REPORTER && st->speaker != -2) {
		st->prev_speaker = st->speaker;
		st->prev_role = st->role;
		st->have_prev = 1;
	}
	st->speaker = who;
	st->role = role;
	if (role == SPK_REPORTER)
		st->last_reporter = who;
}

static void
nonspeech(spk_doc *d, state *st, int role, size_t s, size_t e)
{
	st->cur = -1;
	if (d->nrows > 0) {
		spk_row *last = &d->rows[d->nrows - 1];
		if (last->role == SPK_JUNK && role == SPK_JUNK) {
			last->end = e;
			return;
		}
	}
	spk_row *r = row_new(d);
	r->role = role;
	r->start = s;
	r->end = e;
	r->label_start = r->label_end = s;
}

/* Next labelled speech block after k, or NULL when a non-speech block or the
 * end comes first. */
static const blk *
next_label(const priv *v, size_t k)
{
	for (size_t j = k + 1; j < v->nb; j++) {
		if (v->b[j].kind != B_SPEECH)
			return NULL;
		if (v->b[j].labelled)
			return &v->b[j];
	}
	return NULL;
}

static int
is_reporter_label(const blk *b)
{
	return b->nkind == SPK_N_Q || b->nkind == SPK_N_OUTLET;
}

/* Does the block end by asking: a question mark, then at most a short
 * courtesy ("Thank you.")? */
static int
ends_asking(const char *p, const blk *b)
{
	size_t e = b->end;
	const char *q = NULL;
	for (size_t i = e; i > b->start && e - i < 80; i--)
		if (p[i - 1] == '?') {
			q = p + i - 1;
			break;
		}
	return q != NULL;
}

/* A reporter's short interjection, complete in itself: not a question, not
 * cut off ("— for quite some time."), not announcing one ("Two questions"). */
static int
interjection(const char *p, size_t s, size_t e)
{
	if (spk_count_words_upto(p, s, e, 11) > 10 || spk_has_question(p, s, e) ||
	    spk_contains(p + s, e - s, "question") || spk_contains(p + s, e - s, "--") ||
	    spk_contains(p + s, e - s, "\xe2\x80\x94"))
		return 0;
	return 1;
}

/* Unlabelled speech that can only be the official going on: it asks
 * nothing, addresses no one and is not a bare stage direction. */
static int
resumes(const char *p, size_t s, size_t e)
{
	static const char *const asks[] = { "?", "you", "You", "question", "Mr.", "Madam",
		"ask", "wonder", "\xe2\x80\x94", "--", "Thank", "Thanks", NULL };
	if (spk_count_words_upto(p, s, e, 8) < 8 || p[s] == '(' || p[s] == '[')
		return 0;
	for (int k = 0; asks[k]; k++)
		if (spk_contains(p + s, e - s, asks[k]))
			return 0;
	return 1;
}

static void
build_turns(spk_doc *d, priv *v, const char *p, const spk_roster *roster)
{
	state st = { .cur = -1, .speaker = -2, .role = SPK_UNKNOWN, .last_reporter = -1 };
	int any_label = 0;
	for (size_t k = 0; k < v->nb; k++)
		if (v->b[k].labelled) {
			any_label = 1;
			if (v->b[k].nkind == SPK_N_Q)
				st.reporter_labels = 1;
		}
	for (size_t k = 0; k < v->nb; k++) {
		blk *b = &v->b[k];
		if (b->kind != B_SPEECH) {
			nonspeech(d, &st, b->kind == B_TITLE ? SPK_TITLE : b->kind == B_META ? SPK_META : SPK_JUNK,
			          b->start, b->end);
			continue;
		}
		if (b->labelled) {
			int role, sp = label_speaker(d, v, b, p, roster, &st, &role);
			size_t ts = b->lab.text < b->end ? b->lab.text : b->lab.end;
			size_t te = b->lab.text < b->end ? b->end : b->lab.end;
			open_turn(d, &st, sp, role, b->lab.start, b->lab.end, ts, te);
			if (b->lab.text >= b->end)
				d->rows[st.cur].words = (size_t)-1;   /* text still to come */
			continue;
		}
		if (st.cur >= 0) {
			spk_row *r = &d->rows[st.cur];
			const blk *nx = next_label(v, k);
			if (r->words == (size_t)-1) {
				r->start = b->start;
				r->end = b->end;
				r->words = 0;
				continue;
			}
			int short_q = st.role == SPK_REPORTER && st.have_prev &&
			              interjection(p, r->start, r->end) && resumes(p, b->start, b->end);
			if (short_q) {
				open_turn(d, &st, st.prev_speaker, st.prev_role, b->start, b->start, b->start, b->end);
				continue;
			}
			if (!st.reporter_labels && st.role != SPK_REPORTER && ends_asking(p, b) &&
			    nx != NULL && !is_reporter_label(nx) && &v->b[k + 1] == nx) {
				open_turn(d, &st, -1, SPK_REPORTER, b->start, b->start, b->start, b->end);
				continue;
			}
			r->end = b->end;
			continue;
		}
		if (st.speaker != -2) {          /* after debris: the same speaker goes on, */
			const blk *nx = next_label(v, k);
			/* unless a question stands there before an answer ("The
			 * following question was raised after ...: question?") */
			if (st.role != SPK_REPORTER && nx && &v->b[k + 1] == nx && !is_reporter_label(nx) &&
			    ends_asking(p, b)) {
				open_turn(d, &st, -1, SPK_REPORTER, b->start, b->start, b->start, b->end);
				continue;
			}
			int sp = st.speaker, role = st.role;
			st.speaker = -2;
			open_turn(d, &st, sp, role, b->start, b->start, b->start, b->end);
			continue;
		}
		/* The previous record of the document goes on. */
		if (d->carry_role >= 0) {
			int sp = d->carry_name && *d->carry_name ?
			         speaker_get(d, v, d->carry_name, d->carry_role, 1) : -1;
			open_turn(d, &st, sp, d->carry_role, b->start, b->start, b->start, b->end);
			continue;
		}
		/* Before any label: a question, or the spokesperson's opening. */
		size_t j = k;
		while (j + 1 < v->nb && v->b[j + 1].kind == B_SPEECH && !v->b[j + 1].labelled)
			j++;
		const blk *nx = j + 1 < v->nb && v->b[j + 1].labelled ? &v->b[j + 1] : NULL;
		if (nx && !is_reporter_label(nx) && ends_asking(p, &v->b[j])) {
			open_turn(d, &st, -1, SPK_REPORTER, b->start, b->start, b->start, v->b[j].end);
		} else if (any_label && resolve_hint(v, SPK_H_SPOKES, &v->tmp)) {
			match_known(v, &v->tmp);
			int sp = speaker_get(d, v, v->tmp.p, SPK_OFFICIAL, 1);
			open_turn(d, &st, sp, SPK_OFFICIAL, b->start, b->start, b->start, v->b[j].end);
		} else {
			open_turn(d, &st, -1, SPK_UNKNOWN, b->start, b->start, b->start, v->b[j].end);
		}
		k = j;
	}
	/* A label with no speech after it has empty text. */
	for (size_t i = 0; i < d->nrows; i++)
		if (d->rows[i].words == (size_t)-1)
			d->rows[i].words = 0;
}

/* ---- roles from the whole document ---- */

/* Does the speaker mostly take short turns (a host's "Next question,
 * please"), not statements?  At least two thirds under 40 words. */
static int
short_turns(const spk_doc *d, const char *p, int who)
{
	size_t n = 0, shortn = 0;
	for (size_t i = 0; i < d->nrows; i++) {
		const spk_row *r = &d->rows[i];
		if (r->speaker != who || !spk_role_is_speech(r->role))
			continue;
		n++;
		shortn += spk_count_words_upto(p, r->start, r->end, 40) < 40;
	}
	return 3 * shortn >= 2 * n;
}

static void
decide_roles(spk_doc *d, priv *v, const char *p, int reporter_labels)
{
	int prev_role = -1;
	int first_speaker = -1;
	size_t reporter_turns = 0;
	for (size_t i = 0; i < d->nrows; i++) {
		spk_row *r = &d->rows[i];
		if (!spk_role_is_speech(r->role))
			continue;
		/* Words are only written by --summary; roles need to know only
		 * whether an answer reaches 25. */
		r->words = d->want_words ? spk_count_words(p, r->start, r->end)
		         : prev_role == SPK_REPORTER ? spk_count_words_upto(p, r->start, r->end, 25) : 0;
		if (r->role == SPK_REPORTER)
			reporter_turns++;
		if (r->speaker >= 0) {
			speaker *s = &v->s[r->speaker];
			if (first_speaker < 0 && r->label_end > r->label_start)
				first_speaker = r->speaker;
			s->turns++;
			s->words += r->words;
			if (spk_has_question(p, r->start, r->end))
				s->qturns++;
			if (prev_role == SPK_REPORTER && r->words >= 25)
				s->answers++;
			if (s->first_row == (size_t)-1)
				s->first_row = i;
		}
		prev_role = r->role;
	}
	int top = -1;
	size_t others = 0;
	for (size_t i = 0; i < d->nnames; i++) {
		if (v->s[i].role != SPK_REPORTER && (top < 0 || v->s[i].words > v->s[top].words))
			top = (int)i;
	}
	for (size_t i = 0; i < d->nnames; i++) {
		speaker *s = &v->s[i];
		/* Where reporters have their own labels (Q, outlets), a named
		 * speaker who asks is an official asking back, not a reporter. */
		if (s->fixed || (int)i == top || reporter_labels)
			continue;
		if (s->turns > 0 && 2 * s->qturns >= s->turns && 2 * s->answers < s->turns)
			s->role = SPK_REPORTER;
	}
	for (size_t i = 0; i < d->nnames; i++)
		if (v->s[i].role != SPK_REPORTER && v->s[i].turns > 0)
			others++;
	if (first_speaker >= 0 && !v->s[first_speaker].fixed && others >= 2 && reporter_turns > 0) {
		speaker *s = &v->s[first_speaker];
		/* An opener who introduces others and hands over: few turns and no
		 * answer, or many short ones and hardly an answer. */
		int others_answer = 0;
		for (size_t i = 0; i < d->nnames; i++)
			others_answer |= (int)i != first_speaker && v->s[i].role != SPK_REPORTER &&
			                 v->s[i].answers > s->answers;
		if (s->turns >= 2 && s->role == SPK_OFFICIAL && others_answer &&
		    ((s->answers == 0 && s->turns <= 3) ||
		     (5 * s->answers <= s->turns && short_turns(d, p, first_speaker))))
			s->role = SPK_HOST;
	}
	for (size_t i = 0; i < d->nrows; i++) {
		spk_row *r = &d->rows[i];
		if (spk_role_is_speech(r->role) && r->speaker >= 0)
			r->role = v->s[r->speaker].role;
	}
}

void
spk_doc_analyse(spk_doc *d, const char *p, size_t n, const spk_roster *roster)
{
	priv *v = d->priv;
	if (v == NULL)
		v = d->priv = bk_xcalloc(1, sizeof *v);
	for (size_t i = 0; i < d->nnames; i++)
		free(d->names[i]);
	d->nnames = 0;
	d->nrows = 0;
	v->nb = 0;
	v->arena.len = 0;
	v->ctx.len = 0;
	v->nu = 0;
	v->nlc = 0;
	for (size_t i = 0; i < v->lchcap; i++)
		v->lchash[i] = -1;
	if (v->uhcap)
		for (size_t i = 0; i < v->uhcap; i++)
			v->uhash[i] = -1;
	memset(v->hint_state, 0, sizeof v->hint_state);
	if (v->hcap)
		for (size_t i = 0; i < v->hcap; i++)
			v->hash[i] = -1;

	size_t from = skip_front_matter(v, p, n);
	int yaml_title = v->ctx.len > 0;
	make_blocks(v, p, n, from);
	classify(v, p, yaml_title || d->titled || d->continued, from > 0, d->continued);
	/* The opening speech, where hosts introduce their guests. */
	size_t taken = 0;
	for (size_t k = 0; k < v->nb && taken < 3; k++)
		if (v->b[k].kind == B_SPEECH) {
			size_t s = v->b[k].labelled ? v->b[k].lab.end : v->b[k].start;
			size_t e = v->b[k].end > s + 3000 ? s + 3000 : v->b[k].end;
			if (e > s)
				bk_buf_add(&v->ctx, p + s, e - s);
			bk_buf_addc(&v->ctx, '\n');
			taken++;
		}
	bk_buf_addc(&v->ctx, '\0');
	v->ctx.len--;
	name_labels(v, p);
	int reporter_labels = 0;
	for (size_t k = 0; k < v->nb; k++)
		if (v->b[k].labelled && is_reporter_label(&v->b[k]))
			reporter_labels = 1;
	build_turns(d, v, p, roster);
	decide_roles(d, v, p, reporter_labels);
}

void
spk_doc_free(spk_doc *d)
{
	priv *v = d->priv;
	for (size_t i = 0; i < d->nnames; i++)
		free(d->names[i]);
	free(d->names);
	free(d->rows);
	if (v) {
		free(v->b);
		bk_buf_free(&v->arena);
		bk_buf_free(&v->ctx);
		bk_buf_free(&v->tmp);
		bk_buf_free(&v->nm.buf);
		free(v->s);
		free(v->hash);
		free(v->u);
		free(v->uhash);
		free(v->lc);
		free(v->lchash);
		for (int i = 0; i < 8; i++)
			bk_buf_free(&v->hint_name[i]);
		free(v);
	}
	memset(d, 0, sizeof *d);
}
