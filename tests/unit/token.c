/* token.c - the shared tokenizer: golden cases, the ASCII fast path against
 * the Unicode path (random and real text), and Unicode's WordBreakTest.txt. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include "lib/token.h"
#include "lib/utf8.h"
#include "unit.h"

/* The tokens of s as "tok|tok|..." with a '#' after number tokens. */
static void
tokens(const char *s, size_t n, int split, int uni, char *out, size_t cap)
{
	bk_tokenizer t;
	bk_tokopts o = { split, uni };
	bk_token k;
	size_t w = 0;
	bk_tok_init(&t, &o);
	bk_tok_text(&t, s, n);
	out[0] = '\0';
	while (bk_tok_next(&t, &k)) {
		int m = snprintf(out + w, cap - w, "%s%.*s%s", w ? "|" : "", (int)(k.end - k.start),
		                 s + k.start, k.kind == BK_TOK_NUMBER ? "#" : "");
		if (m < 0 || (size_t)m >= cap - w)
			break;
		w += (size_t)m;
	}
	bk_tok_free(&t);
}

static void
golden(const char *in, const char *want, int split)
{
	static char a[4096], b[4096];
	tokens(in, strlen(in), split, 0, a, sizeof a);
	tokens(in, strlen(in), split, 1, b, sizeof b);
	CHECK_MEM(a, strlen(a), want);
	CHECK_MEM(b, strlen(b), want);
}

/* Both paths give the same spans, kinds and ASCII flags. */
static int
same_paths(const char *s, size_t n)
{
	bk_tokenizer a, b;
	bk_tokopts oa = { 0, 0 }, ob = { 0, 1 };
	bk_token x, y;
	int ok = 1;
	for (int split = 0; split < 2 && ok; split++) {
		oa.split_hyphens = ob.split_hyphens = split;
		bk_tok_init(&a, &oa);
		bk_tok_init(&b, &ob);
		bk_tok_text(&a, s, n);
		bk_tok_text(&b, s, n);
		for (;;) {
			int ra = bk_tok_next(&a, &x), rb = bk_tok_next(&b, &y);
			if (ra != rb || (ra && (x.start != y.start || x.end != y.end || x.kind != y.kind ||
			                        x.ascii != y.ascii))) {
				ok = 0;
				fprintf(stderr, "paths differ (split=%d): fast %d [%zu,%zu) kind %d, unicode %d [%zu,%zu) kind %d in '%.*s'\n",
				        split, ra, x.start, x.end, x.kind, rb, y.start, y.end, y.kind,
				        (int)(n > 200 ? 200 : n), s);
				break;
			}
			if (!ra)
				break;
		}
		bk_tok_free(&a);
		bk_tok_free(&b);
	}
	return ok;
}

static void
random_texts(void)
{
	static const char *const atoms[] = {
		"a", "b", "Z", "0", "7", "_", ".", "'", ":", ",", ";", "-", " ", "\t", "\n", "\r",
		"\"", "!", "(", "$", "%", "/", "é", "\xE2\x80\x99", "\xE2\x80\x90", "\xC2\xA0",
		"\xC2\xAD", "\xCC\x81", "中", "\xEF\xBC\x91", "\xF0\x9F\x98\x80", "\xD7\x90",
		"\xE2\x80\x94", "ß", "\xEF\xAC\x81", "\xE3\x82\xA2", "\xE2\x80\x8D",
		"\xE2\x80\x98", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6", "\xE2\x80\x93",
		"\xE2\x80\xA2", "\xC2\xA9", "\xE2\x80\x99", "\xC2\xA0",
	};
	size_t na = sizeof atoms / sizeof atoms[0];
	char buf[256];
	uint32_t r = 12345;
	int bad = 0;
	for (int iter = 0; iter < 200000 && bad < 5; iter++) {
		size_t n = 0;
		int len = 1 + (int)((r = r * 1103515245u + 12345u) >> 16) % 24;
		int ascii_only = iter % 3 == 0;
		for (int i = 0; i < len; i++) {
			r = r * 1103515245u + 12345u;
			size_t k = (r >> 16) % (ascii_only ? 22 : na);
			size_t l = strlen(atoms[k]);
			memcpy(buf + n, atoms[k], l);
			n += l;
		}
		if (!same_paths(buf, n))
			bad++;
	}
	CHECK(bad == 0);
}

/* The tokens of s in batches of at most max (bk_tok_batch), into v; how many.
 * Bytes up to s + readable may be read (bk_tok_text_within). */
static size_t
batched(const char *s, size_t n, size_t readable, int split, int uni, size_t max, bk_token *v,
        size_t cap)
{
	bk_tokenizer t;
	bk_tokopts o = { split, uni };
	size_t k = 0, got;
	bk_tok_init(&t, &o);
	bk_tok_text_within(&t, s, n, readable);
	while (k + max <= cap && (got = bk_tok_batch(&t, v + k, max)) > 0) {
		CHECK(got <= max);
		k += got;
	}
	bk_tok_free(&t);
	return k;
}

/* Long texts, mostly ASCII words, so that the fast path's 64-byte blocks
 * see runs of every kind at every offset, and across block ends: tokens
 * batched by every size against the Unicode path. */
static void
random_long_texts(void)
{
	static const char *const atoms[] = {
		"the", "a", "People", "z", "Five-Year", "said,", "said:", "it's", "e.g.", "3.14",
		"1,000", "2019-2020", "_", "__x", "x_", " ", " ", " ", "\n", "\n\n", ".", ",", "-",
		"'", ":", ";", "!", "(", ")", "\"", "x-", "-y", "China\xE2\x80\x99s", "\xE2\x80\x94",
		"\xE2\x80\x9Cq\xE2\x80\x9D", "caf\xC3\xA9", "\xC2\xA0", "1:1",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
		"0123456789012345678901234567890123456789012345678901234567890123456789",
	};
	static const size_t maxes[] = { 1, 2, 3, 7, 31, 32, 33, 64, 256 };
	size_t na = sizeof atoms / sizeof atoms[0];
	static char buf[4096];
	static bk_token a[4096], b[4096];
	uint32_t r = 777;
	int bad = 0;
	for (int iter = 0; iter < 4000 && bad < 5; iter++) {
		size_t n = 0;
		int len = 20 + (int)((r = r * 1103515245u + 12345u) >> 16) % 400;
		for (int i = 0; i < len && n + 100 < sizeof buf; i++) {
			r = r * 1103515245u + 12345u;
			/* words are frequent, spaces after them */
			size_t k = (r >> 16) % (iter % 2 ? na : 18);
			size_t l = strlen(atoms[k]);
			memcpy(buf + n, atoms[k], l);
			n += l;
			if ((r >> 8) % 3)
				buf[n++] = (r >> 4) % 7 ? ' ' : '\n';
		}
		/* the whole text, then its first cut bytes as a text within the
		 * whole (a sentence of a record: what follows may be read, and
		 * must not join its last token) */
		r = r * 1103515245u + 12345u;
		size_t cut = n ? (r >> 8) % n : 0;
		for (int part = 0; part < 2; part++) {
			size_t len_ = part ? cut : n;
			for (int split = 0; split < 2; split++) {
				size_t kb = batched(buf, len_, len_, split, 1, 4096, b, 4096);
				for (size_t mi = 0; mi < sizeof maxes / sizeof maxes[0]; mi++) {
					size_t ka = batched(buf, len_, n, split, 0, maxes[mi], a, 4096);
					int same = ka == kb;
					for (size_t i = 0; same && i < ka; i++)
						same = a[i].start == b[i].start && a[i].end == b[i].end &&
						       a[i].kind == b[i].kind && a[i].ascii == b[i].ascii;
					if (!same && bad++ < 5)
						fprintf(stderr, "long text %d (first %zu bytes of %zu, split %d, "
						        "batches of %zu): %zu tokens, Unicode path %zu\n",
						        iter, len_, n, split, maxes[mi], ka, kb);
				}
			}
		}
	}
	CHECK(bad == 0);
}

/* Real text: every file under $CORPUS (when set), both paths. */
static void
real_texts(const char *dir, int depth, long *files)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL && *files < 400) {
		char path[4096];
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (e->d_type == DT_DIR && depth < 3) {
			real_texts(path, depth + 1, files);
			continue;
		}
		FILE *f = fopen(path, "rb");
		if (f == NULL)
			continue;
		static char text[1 << 22];
		size_t n = fread(text, 1, sizeof text, f);
		fclose(f);
		n = bk_utf8_valid_prefix(text, n);
		(*files)++;
		CHECK(same_paths(text, n));
	}
	closedir(d);
}

/* WordBreakTest.txt: lines like "÷ 0041 × 0027 × 0041 ÷ 0020 ÷".  The tokens
 * are the segments holding a letter or number; lines where our hyphen rule
 * would join segments are left out. */
static void
word_break_test(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[4096];
	int cases = 0, bad = 0;
	if (f == NULL) {
		printf("token: %s absent; WordBreakTest cases skipped\n", path);
		return;
	}
	while (fgets(line, sizeof line, f)) {
		char text[1024], want[4096], got[4096];
		size_t n = 0, segstart = 0, w = 0;
		int has = 0, letter = 0, hyphen = 0;
		char *p = line;
		if (strncmp(p, "÷", 2) != 0)
			continue;
		want[0] = '\0';
		p += 2;
		for (;;) {
			while (*p == ' ' || *p == '\t')
				p++;
			if (*p == '#' || *p == '\n' || *p == '\0')
				break;
			if (strncmp(p, "÷", 2) == 0 || strncmp(p, "×", 2) == 0) {
				int brk = strncmp(p, "÷", 2) == 0;
				p += 2;
				if (brk) {
					if (has) {
						int m = snprintf(want + w, sizeof want - w, "%s%.*s%s", w ? "|" : "",
						                 (int)(n - segstart), text + segstart, letter ? "" : "#");
						w += (size_t)m;
					}
					segstart = n;
					has = letter = 0;
				}
				continue;
			}
			unsigned cp = (unsigned)strtoul(p, &p, 16);
			if (cp == 0x2D || cp == 0x2010 || cp == 0x2011)
				hyphen = 1;
			if (uc_is_general_category(cp, UC_CATEGORY_L))
				has = letter = 1;
			else if (uc_is_general_category(cp, UC_CATEGORY_N))
				has = 1;
			n += bk_utf8_encode(text + n, cp);
		}
		if (hyphen || memchr(text, 0, n) != NULL)
			continue;
		cases++;
		tokens(text, n, 0, 1, got, sizeof got);
		if (strcmp(got, want) != 0) {
			bad++;
			if (bad <= 10)
				fprintf(stderr, "WordBreakTest: %.60s: got '%s', want '%s'\n", line, got, want);
		}
		tokens(text, n, 0, 0, got, sizeof got);
		if (strcmp(got, want) != 0 && bad++ < 10)
			fprintf(stderr, "WordBreakTest (fast path): %.60s: got '%s', want '%s'\n", line, got, want);
	}
	fclose(f);
	printf("token: WordBreakTest: %d cases, %d differ\n", cases, bad);
	CHECK(cases > 1000);
	CHECK(bad == 0);
}

int
main(void)
{
	golden("Good afternoon, everyone.", "Good|afternoon|everyone", 0);
	golden("China's Five-Year Plan", "China's|Five-Year|Plan", 0);
	golden("China's Five-Year Plan", "China's|Five|Year|Plan", 1);
	golden("China\xE2\x80\x99s people-to-people ties", "China\xE2\x80\x99s|people-to-people|ties", 0);
	golden("COVID-19 cases rose 3.5% to 1,200,000.", "COVID-19|cases|rose|3.5#|to|1,200,000#", 0);
	golden("2019-2020 and 10--20 and -5 and x- y", "2019-2020#|and|10#|20#|and|5#|and|x|y", 0);
	golden("e.g. U.S. policy: a:b _x_ __ a_-_b a-_", "e.g|U.S|policy|a:b|_x_|a_-_b|a", 0);
	golden("co\xC2\xADoperate", "co\xC2\xADoperate", 0);
	golden("non\xC2\xA0" "breaking", "non|breaking", 0);
	golden("\xE4\xB8\xAD\xE5\x9B\xBD\xE5\xA4\x96\xE4\xBA\xA4\xE9\x83\xA8", "中|国|外|交|部", 0);
	golden("\xEF\xBC\x91\xEF\xBC\x92 items \xF0\x9F\x98\x80 ok", "\xEF\xBC\x91\xEF\xBC\x92#|items|ok", 0);
	golden("Cafe\xCC\x81 \xC5\x9E" "eker \xC4\xB0stanbul Stra\xC3\x9F" "e \xEF\xAC\x81nal",
	       "Cafe\xCC\x81|\xC5\x9E" "eker|\xC4\xB0stanbul|Stra\xC3\x9F" "e|\xEF\xAC\x81nal", 0);
	golden("well\xE2\x80\x94known \xE2\x80\x9Cquoted\xE2\x80\x9D", "well|known|quoted", 0);
	golden("state\xE2\x80\x90owned", "state\xE2\x80\x90owned", 0);
	golden("\xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80\x9D he said \xE2\x80\x94 in 2,000\xE2\x80\x99s\xE2\x80\xA6",
	       "We\xE2\x80\x99ll|see|he|said|in|2,000#|s", 0);
	golden("\xC2\xA9 2024 U.S.\xC2\xA0" "Department \xE2\x80\x98quoted\xE2\x80\x99 1\xE2\x80\x99" "000 a\xE2\x80\x99\xE2\x80\x99" "b",
	       "2024#|U.S|Department|quoted|1\xE2\x80\x99" "000#|a|b", 0);
	golden("", "", 0);
	golden(" \n\t ", "", 0);
	random_texts();
	random_long_texts();
	long files = 0;
	const char *corpus = getenv("CORPUS");
	if (corpus != NULL)
		real_texts(corpus, 0, &files);
	printf("token: %ld real files compared\n", files);
	word_break_test("/usr/share/unicode/auxiliary/WordBreakTest.txt");
	return unit_end("token");
}
