/* norm.c - term keys (folding, NFKC, apostrophes, stemming) and the counting table. */
#include <stdio.h>
#include <string.h>
#include "lib/hash.h"
#include "lib/norm.h"
#include "lib/token.h"
#include "unit.h"

static void
term(bk_norm *nm, const char *in, int kind, const char *want)
{
	bk_buf b = { 0 };
	int ascii = 1;
	for (const char *p = in; *p; p++)
		if ((unsigned char)*p >= 0x80)
			ascii = 0;
	bk_norm_term(nm, in, strlen(in), ascii, kind, &b);
	CHECK_MEM(b.p, b.len, want);
	if (ascii) { /* the ASCII shortcut agrees with utf8proc */
		bk_buf c = { 0 };
		bk_norm_term(nm, in, strlen(in), 0, kind, &c);
		CHECK_MEM(c.p, c.len, want);
		bk_buf_free(&c);
	}
	bk_buf_free(&b);
}

int
main(void)
{
	bk_norm *nm = bk_norm_new(0, 0);
	term(nm, "China", BK_TOK_WORD, "china");
	term(nm, "China's", BK_TOK_WORD, "china's");
	term(nm, "China\xE2\x80\x99s", BK_TOK_WORD, "china's");        /* ’ */
	term(nm, "China\xE2\x80\x98s", BK_TOK_WORD, "china's");        /* ‘ */
	term(nm, "China\xEF\xBC\x87s", BK_TOK_WORD, "china's");        /* fullwidth ' */
	term(nm, "\xC4\xB0stanbul", BK_TOK_WORD, "i\xCC\x87stanbul");  /* İ: i + dot above */
	term(nm, "ISTANBUL", BK_TOK_WORD, "istanbul");                 /* no Turkish tailoring */
	term(nm, "\xC4\xB1", BK_TOK_WORD, "\xC4\xB1");                 /* ı stays */
	term(nm, "Stra\xC3\x9F" "e", BK_TOK_WORD, "strasse");          /* ß */
	term(nm, "STRASSE", BK_TOK_WORD, "strasse");
	term(nm, "\xEF\xAC\x81nal", BK_TOK_WORD, "final");             /* ﬁ ligature */
	term(nm, "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93", BK_TOK_NUMBER, "123");
	term(nm, "co\xC2\xAD" "operate", BK_TOK_WORD, "cooperate");    /* soft hyphen */
	term(nm, "Cafe\xCC\x81", BK_TOK_WORD, "caf\xC3\xA9");          /* composed */
	term(nm, "\xE4\xB8\xAD", BK_TOK_WORD, "\xE4\xB8\xAD");
	term(nm, "State\xE2\x80\x90owned", BK_TOK_WORD, "state-owned");  /* U+2010 */
	term(nm, "state\xE2\x80\x91owned", BK_TOK_WORD, "state-owned");  /* U+2011 */
	term(nm, "\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99\xCE\x91", BK_TOK_WORD,
	     "\xCF\x83\xCE\xBF\xCF\x86\xCE\xB9\xCE\xB1");              /* ΣΟΦΙΑ */
	bk_norm_free(nm);

	nm = bk_norm_new(1, 0);
	term(nm, "China\xE2\x80\x99s", BK_TOK_WORD, "China's");
	term(nm, "\xEF\xAC\x81nal", BK_TOK_WORD, "final");
	bk_norm_free(nm);

	nm = bk_norm_new(0, 1);
	term(nm, "Running", BK_TOK_WORD, "run");
	term(nm, "briefings", BK_TOK_WORD, "brief");
	term(nm, "2020s", BK_TOK_WORD, "2020s");
	term(nm, "1,000", BK_TOK_NUMBER, "1,000");
	bk_hash *stop = bk_stoplist_builtin(nm);
	CHECK(bk_hash_find(stop, 0, "the", 3) != BK_HASH_NONE);
	CHECK(bk_hash_find(stop, 0, "don't", 5) != BK_HASH_NONE);
	CHECK(bk_hash_find(stop, 0, "china", 5) == BK_HASH_NONE);
	bk_hash_free(stop);
	bk_norm_free(nm);

	/* the table: dense ids, namespaces apart, growth keeps every key */
	bk_hash *h = bk_hash_new();
	char k[32];
	int fresh;
	for (int i = 0; i < 100000; i++) {
		int n = snprintf(k, sizeof k, "w%d", i);
		CHECK(bk_hash_intern(h, (uint32_t)(i % 3), k, (size_t)n, &fresh) == (uint32_t)i && fresh);
	}
	for (int i = 0; i < 100000; i += 7) {
		int n = snprintf(k, sizeof k, "w%d", i);
		CHECK(bk_hash_intern(h, (uint32_t)(i % 3), k, (size_t)n, &fresh) == (uint32_t)i && !fresh);
		CHECK(bk_hash_find(h, (uint32_t)(i % 3 + 1), k, (size_t)n) == BK_HASH_NONE);
	}
	CHECK(bk_hash_intern(h, 0, "", 0, &fresh) == 100000 && fresh);
	size_t n;
	CHECK(strcmp(bk_hash_key(h, 42, &n), "w42") == 0 && n == 3);
	bk_hash_free(h);
	return unit_end("norm");
}
