/* norm.c - term keys (utf8proc, libstemmer) and word lists. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>
#include <utf8proc.h>
#include "err.h"
#include "norm.h"
#include "token.h"
#include "utf8.h"

struct bk_norm {
	int keep_case, stem;
	struct sb_stemmer *stemmer;
	bk_buf tmp;
};

bk_norm *
bk_norm_new(int keep_case, int stem)
{
	bk_norm *nm = bk_xcalloc(1, sizeof *nm);
	nm->keep_case = keep_case;
	nm->stem = stem;
	if (stem && (nm->stemmer = sb_stemmer_new("english", "UTF_8")) == NULL)
		bk_die(1, "cannot start the Snowball English stemmer");
	return nm;
}

void
bk_norm_free(bk_norm *nm)
{
	if (nm == NULL)
		return;
	if (nm->stemmer)
		sb_stemmer_delete(nm->stemmer);
	bk_buf_free(&nm->tmp);
	free(nm);
}

/* NFKC (with case folding when fold), default ignorables dropped, the
 * apostrophe look-alikes made "'" and the hyphens U+2010, U+2011 "-". */
static void
normalize(const char *p, size_t n, int ascii, int fold, bk_buf *out)
{
	out->len = 0;
	if (ascii) {
		bk_buf_reserve(out, n);
		for (size_t i = 0; i < n; i++) {
			char c = p[i];
			out->p[i] = fold && c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
		}
		out->len = n;
		out->p[n] = '\0';
		return;
	}
	utf8proc_uint8_t *d = NULL;
	int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_IGNORE;
	if (fold)
		opts |= UTF8PROC_CASEFOLD;
	utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n, &d,
	                                  (utf8proc_option_t)opts);
	if (r < 0) /* cannot happen on valid UTF-8; keep the bytes rather than fail */
		r = 0;
	const char *s = r > 0 ? (const char *)d : p;
	size_t sn = r > 0 ? (size_t)r : n;
	bk_buf_reserve(out, sn);
	for (size_t i = 0; i < sn;) {
		if (i + 3 <= sn && memcmp(s + i, "\xE2\x80", 2) == 0 &&
		    (s[i + 2] == '\x98' || s[i + 2] == '\x99')) {
			out->p[out->len++] = '\'';
			i += 3;
		} else if (i + 3 <= sn && memcmp(s + i, "\xE2\x80", 2) == 0 &&
		           (s[i + 2] == '\x90' || s[i + 2] == '\x91')) {
			out->p[out->len++] = '-'; /* the hyphens that join compounds, as ASCII */
			i += 3;
		} else if (i + 2 <= sn && memcmp(s + i, "\xCA\xBC", 2) == 0) {
			out->p[out->len++] = '\'';
			i += 2;
		} else {
			out->p[out->len++] = s[i++];
		}
	}
	out->p[out->len] = '\0';
	free(d);
}

void
bk_norm_fold(bk_norm *nm, const char *p, size_t n, int ascii, bk_buf *out)
{
	(void)nm;
	normalize(p, n, ascii, 1, out);
}

void
bk_norm_term(bk_norm *nm, const char *p, size_t n, int ascii, int kind, bk_buf *out)
{
	normalize(p, n, ascii, !nm->keep_case, out);
	if (!nm->stem || kind == BK_TOK_NUMBER || out->len == 0)
		return;
	const sb_symbol *s = sb_stemmer_stem(nm->stemmer, (const sb_symbol *)out->p, (int)out->len);
	if (s == NULL)
		bk_die(1, "out of memory in the stemmer");
	int k = sb_stemmer_length(nm->stemmer);
	out->len = 0;
	bk_buf_add(out, s, (size_t)k);
	out->p[out->len] = '\0';
}

/* Function words of English: articles, pronouns, auxiliaries, prepositions,
 * conjunctions, common adverbs, and their contractions. */
static const char builtin_stop[] =
	"a about above after again against all am an and any are aren't as at "
	"be because been before being below between both but by "
	"can can't cannot could couldn't "
	"did didn't do does doesn't doing don't down during "
	"each few for from further had hadn't has hasn't have haven't having "
	"he he'd he'll he's her here here's hers herself him himself his how how's "
	"i i'd i'll i'm i've if in into is isn't it it's its itself let's "
	"me more most mustn't my myself no nor not of off on once only or other ought "
	"our ours ourselves out over own same shan't she she'd she'll she's should "
	"shouldn't so some such than that that's the their theirs them themselves "
	"then there there's these they they'd they'll they're they've this those "
	"through to too under until up very was wasn't we we'd we'll we're we've "
	"were weren't what what's when when's where where's which while who who's "
	"whom why why's will with won't would wouldn't you you'd you'll you're "
	"you've your yours yourself yourselves also just may might must shall upon "
	"yet";

bk_hash *
bk_stoplist_builtin(bk_norm *nm)
{
	bk_hash *set = bk_hash_new();
	const char *p = builtin_stop;
	(void)nm;
	while (*p) {
		size_t n = strcspn(p, " ");
		bk_hash_intern(set, 0, p, n, NULL);
		p += n;
		p += strspn(p, " ");
	}
	return set;
}

bk_hash *
bk_wordlist_load(bk_norm *nm, const char *path, int terms, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	bk_hash *set = bk_hash_new();
	char *line = NULL;
	size_t cap = 0;
	ssize_t r;
	unsigned long lineno = 0;
	bk_buf key = { 0 };
	while ((r = getline(&line, &cap, f)) > 0) {
		size_t n = (size_t)r;
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' ||
		                 line[n - 1] == '\t'))
			n--;
		size_t s = 0;
		while (s < n && (line[s] == ' ' || line[s] == '\t'))
			s++;
		if (s == n || line[s] == '#')
			continue;
		if (lineno == 1 && n - s >= 3 && memcmp(line + s, "\xEF\xBB\xBF", 3) == 0)
			s += 3;
		if (bk_utf8_valid_prefix(line + s, n - s) != n - s) {
			snprintf(err, errlen, "%s:%lu: invalid UTF-8", path, lineno);
			goto fail;
		}
		int ascii = 1;
		for (size_t i = s; i < n; i++)
			if ((unsigned char)line[i] >= 0x80)
				ascii = 0;
		if (terms) {
			/* a number entry ("2020") is not stemmed, as in counting */
			int kind = BK_TOK_NUMBER;
			for (size_t i = s; i < n; i++)
				if (!((line[i] >= '0' && line[i] <= '9') || line[i] == '.' || line[i] == ','))
					kind = BK_TOK_WORD;
			bk_norm_term(nm, line + s, n - s, ascii, kind, &key);
		} else {
			bk_norm_fold(nm, line + s, n - s, ascii, &key);
		}
		bk_hash_intern(set, 0, key.p, key.len, NULL);
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s: read error: %s", path, strerror(errno));
		goto fail;
	}
	fclose(f);
	free(line);
	bk_buf_free(&key);
	return set;
fail:
	fclose(f);
	free(line);
	bk_buf_free(&key);
	bk_hash_free(set);
	return NULL;
}

uint64_t
bk_wordlist_digest(const bk_hash *set)
{
	/* order-independent: the sum of the entries' hashes */
	uint64_t d = bk_hash_count(set);
	for (uint32_t i = 0; i < bk_hash_count(set); i++) {
		size_t n;
		const char *k = bk_hash_key(set, i, &n);
		d += bk_hash_bytes(0, k, n);
	}
	return d;
}
