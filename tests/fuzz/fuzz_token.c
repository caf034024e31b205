/* libFuzzer target: the tokenizer.  On any valid UTF-8 text the ASCII fast
 * path (with its 64-byte blocks and batches of every size) gives exactly the
 * tokens of the Unicode path: spans, kinds and ASCII flags, with and without
 * --split-hyphens; and so it does on the text's first bytes read within the
 * whole (bk_tok_text_within, as ngrams reads a sentence of a record). */
#include <stdlib.h>
#include "lib/token.h"
#include "lib/utf8.h"

#define MAXTOK 4096

static size_t
all_tokens(const char *p, size_t n, size_t readable, int split, int uni, size_t batch, bk_token *v)
{
	bk_tokenizer t;
	bk_tokopts o = { split, uni };
	size_t k = 0, got;
	bk_tok_init(&t, &o);
	bk_tok_text_within(&t, p, n, readable);
	while (k + batch <= MAXTOK && (got = bk_tok_batch(&t, v + k, batch)) > 0) {
		if (got > batch)
			abort();
		k += got;
	}
	bk_tok_free(&t);
	return k;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static bk_token fast[MAXTOK], slow[MAXTOK];
	const char *p = (const char *)data;
	size_t n = bk_utf8_valid_prefix(p, size); /* the reader only hands out valid text */
	size_t batch = n > 0 ? 1 + data[0] % 64 : 1;
	/* a prefix ending on a character boundary, up to 80 bytes short */
	size_t cut = n > 1 ? bk_utf8_valid_prefix(p, n - data[1] % (n < 80 ? n : 80)) : n;
	for (int part = 0; part < 2; part++) {
		size_t len = part ? cut : n;
		for (int split = 0; split < 2; split++) {
			size_t ks = all_tokens(p, len, len, split, 1, MAXTOK, slow);
			size_t kf = all_tokens(p, len, n, split, 0, batch, fast);
			if (kf != ks)
				abort();
			for (size_t i = 0; i < kf; i++) {
				const bk_token *a = &fast[i], *b = &slow[i];
				if (a->start != b->start || a->end != b->end || a->kind != b->kind ||
				    a->ascii != b->ascii || a->start >= a->end || a->end > len)
					abort();
			}
		}
	}
	return 0;
}
