/* spk_names.c - who the labels name: a table of speakers, names normalised
 * once per distinct label, role labels resolved from the title and the
 * opening, surnames expanded from other labels or the host's introduction. */
#include <stdlib.h>
#include <string.h>
#include "spk_priv.h"
#include "spk_text.h"

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

int
spk_speaker_get(spk_doc *d, priv *v, const char *name, int role, int fixed)
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

/* ---- names ---- */

/* Captures up to 4 capitalised words of ctx after `key` (a role word):
 * "Spokesperson Geng Shuang's" -> Geng Shuang.  `last`: only the final word
 * (President Donald J. Trump -> Trump).  Skips "Vice President" for
 * "President". */
static int
title_glue(const char *p, size_t n)
{
	static const char *const w[] = { "And", "After", "Before", "With", "On", "In", "At",
		"For", "To", "Of", "From", "During", "Following", "Upon", "Meeting", "Meetings",
		"Remarks", "Press", "Conference", "Briefing", "Statement", "Announcing", "Signing",
		"Greeting", "Bilateral", "Visit", "Call", "Roundtable", NULL };
	for (int k = 0; w[k]; k++)
		if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

static int
find_holder(const char *ctx, size_t n, const char *key, int last, bk_buf *out)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i + kl < n; i++) {
		/* The key's last space may be written "\_" in front matter
		 * ("President\_Biden"). */
		size_t after;
		if (memcmp(ctx + i, key, kl - 1) != 0 || (i > 0 && spk_is_alpha((unsigned char)ctx[i - 1])))
			continue;
		if (ctx[i + kl - 1] == ' ')
			after = i + kl;
		else if (ctx[i + kl - 1] == '\\' && i + kl < n && ctx[i + kl] == '_')
			after = i + kl + 1;
		else
			continue;
		if (strcmp(key, "President ") == 0 && i >= 5 && memcmp(ctx + i - 5, "Vice ", 5) == 0)
			continue;
		size_t j = after, ws = j, we = j, words = 0, lw = j;
		while (j < n && words < 4) {
			if (!spk_is_upper((unsigned char)ctx[j]))
				break;
			size_t k = j;
			while (k < n && (spk_is_alpha((unsigned char)ctx[k]) || ctx[k] == '-' || ctx[k] == '.'))
				k++;
			/* "by the President After Meeting with ...": a title's own
			 * words, not a name. */
			if (title_glue(ctx + j, k - j))
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

const char *
spk_blk_name(const priv *v, const blk *b)
{
	return v->arena.p + b->name_off;
}

static int resolve_hint_once(priv *v, int hint, bk_buf *out);
static void match_known(const priv *v, bk_buf *name);

/* The role a label's hint resolves to, by the title and the opening. */
int
spk_resolve_hint(priv *v, int hint, bk_buf *out)
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

int
spk_label_cache(priv *v, const char *p, size_t n, int lkind)
{
	return (int)(label_name(v, p, n, lkind) - v->lc);
}

void
spk_name_block(priv *v, blk *b, int lc, int first)
{
	const struct lcache *c = &v->lc[lc];
	b->nkind = c->nkind;
	b->hint = c->hint;
	b->honorific = c->honorific;
	b->name_off = c->name_off;
	b->name_len = c->name_len;
	b->u = -1;
	if (b->nkind != SPK_N_NAME)
		return;
	if (first) {
		if ((size_t)lc >= v->lc_ucap) {
			size_t cap = v->lc_ucap ? v->lc_ucap : 64;
			while (cap <= (size_t)lc)
				cap *= 2;
			v->lc_u = bk_xrealloc(v->lc_u, cap * sizeof *v->lc_u);
			v->lc_ucap = cap;
		}
		int fl = (b->honorific ? U_HONORIFIC : 0) | (b->lab.kind == SPK_L_MIXED ? U_MIXED : 0);
		v->lc_u[lc] = uname_get(v, b->name_off, b->name_len, fl);
	}
	b->u = v->lc_u[lc];
	b->name_off = v->u[b->u].off;
	b->name_len = v->u[b->u].len;
}

void
spk_expand_names(priv *v)
{
	size_t n0 = v->nu;
	for (size_t k = 0; k < n0; k++) {
		struct uname *x = &v->u[k];
		if ((x->flags & U_HONORIFIC) && memchr(v->arena.p + x->off, ' ', x->len) == NULL)
			expand_surname(v, x);
	}
}
