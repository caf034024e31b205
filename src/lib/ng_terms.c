/* ng_terms.c - spellings to terms, once per distinct spelling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "ng_terms.h"
#include "norm.h"
#include "token.h"

struct ng_terms {
	struct ng_terms_hot hot; /* first: ng_spelling() reads it */
	ng_termopts o;
	bk_norm *norm;
	bk_hash *term;
	uint8_t *term_flag;      /* term id -> NG_STOP */
	size_t spell_cap, term_cap;
	bk_hash *stop;           /* folded keys, as termfreq matches them */
	bk_hash *trim;           /* terms */
	bk_buf scratch;
	char digest[40];
};

/* The trim list holds terms, not folded keys: --merge sees only terms, and
 * must decide as a direct run does (with --stem, "does" is trimmed as "doe"). */
static bk_hash *
builtin_as_terms(bk_norm *nm)
{
	bk_hash *folded = bk_stoplist_builtin(nm), *set = bk_hash_new();
	bk_buf b = { 0 };
	for (uint32_t i = 0; i < bk_hash_count(folded); i++) {
		size_t n;
		const char *p = bk_hash_key(folded, i, &n);
		bk_norm_term(nm, p, n, 1, BK_TOK_WORD, &b);
		bk_hash_intern(set, 0, b.p, b.len, NULL);
	}
	bk_buf_free(&b);
	bk_hash_free(folded);
	return set;
}

ng_terms *
ng_terms_new(const ng_termopts *o, char *err, size_t errlen)
{
	ng_terms *t = bk_xcalloc(1, sizeof *t);
	t->o = *o;
	t->norm = bk_norm_new(o->keep_case, o->stem);
	t->hot.spell = bk_hash_new();
	t->term = bk_hash_new();
	char why[512] = "";
	if (o->stopwords) {
		t->stop = *o->stopwords ? bk_wordlist_load(t->norm, o->stopwords, 0, why, sizeof why)
		                        : bk_stoplist_builtin(t->norm);
		if (t->stop == NULL) {
			snprintf(err, errlen, "--stopwords: %s", why);
			ng_terms_free(t);
			return NULL;
		}
	}
	if (o->trim_stopwords) {
		t->trim = *o->trim_stopwords ? bk_wordlist_load(t->norm, o->trim_stopwords, 1, why, sizeof why)
		                             : builtin_as_terms(t->norm);
		if (t->trim == NULL) {
			snprintf(err, errlen, "--trim-stopwords: %s", why);
			ng_terms_free(t);
			return NULL;
		}
	}
	return t;
}

void
ng_terms_free(ng_terms *t)
{
	if (t == NULL)
		return;
	bk_norm_free(t->norm);
	bk_hash_free(t->hot.spell);
	bk_hash_free(t->term);
	if (t->stop)
		bk_hash_free(t->stop);
	if (t->trim)
		bk_hash_free(t->trim);
	free(t->hot.spell_term);
	free(t->hot.spell_flag);
	free(t->term_flag);
	bk_buf_free(&t->scratch);
	free(t);
}

uint32_t
ng_term_id(ng_terms *t, const char *p, size_t n)
{
	int fresh;
	uint32_t id = bk_hash_intern(t->term, 0, p, n, &fresh);
	if (fresh) {
		if (id >= t->term_cap) {
			t->term_cap = t->term_cap ? 2 * t->term_cap : 4096;
			t->term_flag = bk_xrealloc(t->term_flag, t->term_cap);
		}
		t->term_flag[id] = t->trim && bk_hash_find(t->trim, 0, p, n) != BK_HASH_NONE ? NG_STOP : 0;
	}
	return id;
}

static void grow_spellings(ng_terms *t, uint32_t id);

uint32_t
ng_spelling_new(ng_terms *t, uint64_t hv, const char *p, size_t n, int ascii, int kind)
{
	uint32_t id = bk_hash_insert(t->hot.spell, hv, 0, p, n);
	grow_spellings(t, id);
	unsigned fl = 0;
	if (t->o.no_numbers && kind == BK_TOK_NUMBER)
		fl |= NG_DROP;
	if (t->stop) {
		bk_norm_fold(t->norm, p, n, ascii, &t->scratch);
		if (bk_hash_find(t->stop, 0, t->scratch.p, t->scratch.len) != BK_HASH_NONE)
			fl |= NG_DROP;
	}
	bk_norm_term(t->norm, p, n, ascii, kind, &t->scratch);
	if (t->scratch.len != n || memcmp(t->scratch.p, p, n) != 0)
		fl |= NG_VAR;
	uint32_t term = ng_term_id(t, t->scratch.p, t->scratch.len);
	fl |= t->term_flag[term];
	t->hot.spell_term[id] = term;
	t->hot.spell_flag[id] = (uint8_t)fl;
	return id;
}


const bk_hash *
ng_spellings(const ng_terms *t)
{
	return t->hot.spell;
}

const bk_hash *
ng_term_table(const ng_terms *t)
{
	return t->term;
}

int
ng_term_is_stop(const ng_terms *t, uint32_t term)
{
	if (t->trim == NULL)
		return 0;
	size_t n;
	const char *p = bk_hash_key(t->term, term, &n);
	return bk_hash_find(t->trim, 0, p, n) != BK_HASH_NONE;
}

int
ng_terms_trim(ng_terms *t, const char *path, int keep_case, int stem, char *err, size_t errlen)
{
	bk_norm *nm = bk_norm_new(keep_case, stem);
	bk_hash *set = *path ? bk_wordlist_load(nm, path, 1, err, errlen) : builtin_as_terms(nm);
	bk_norm_free(nm);
	if (set == NULL)
		return -1;
	if (t->trim)
		bk_hash_free(t->trim);
	t->trim = set;
	return 0;
}

static void
grow_spellings(ng_terms *t, uint32_t id)
{
	if (id >= t->spell_cap) {
		t->spell_cap = t->spell_cap ? 2 * t->spell_cap : 4096;
		t->hot.spell_term = bk_xrealloc(t->hot.spell_term, t->spell_cap * sizeof *t->hot.spell_term);
		t->hot.spell_flag = bk_xrealloc(t->hot.spell_flag, t->spell_cap);
	}
}

int
ng_spelling_known(ng_terms *t, const char *p, size_t n, uint32_t term, uint32_t *id)
{
	int fresh;
	*id = bk_hash_intern(t->hot.spell, 0, p, n, &fresh);
	if (!fresh)
		return t->hot.spell_term[*id] == term ? 0 : -1;
	grow_spellings(t, *id);
	size_t tn;
	const char *tp = bk_hash_key(t->term, term, &tn);
	t->hot.spell_term[*id] = term;
	t->hot.spell_flag[*id] = tn != n || memcmp(tp, p, n) != 0 ? NG_VAR : 0;
	return 0;
}

const char *
ng_terms_stop_digest(ng_terms *t)
{
	if (t->stop == NULL)
		return "none";
	if (*t->o.stopwords == '\0')
		return "builtin";
	snprintf(t->digest, sizeof t->digest, "%016llx", (unsigned long long)bk_wordlist_digest(t->stop));
	return t->digest;
}
