/* libFuzzer target: the tokenizer.  On any valid UTF-8 text the ASCII fast
 * path (with its 64-byte blocks and batches of every size) gives exactly the
 * tokens of the Unicode path: spans, kinds and ASCII flags, with and without
 * --split-hyphens. */
#include <stdlib.h>
#include "lib/token.h"
#include "lib/utf8.h"

#define MAXTOK 4096

static size_t
all_tokens(const char *p, size_t n, int split, int uni, size_t batch, bk_token *v)
{
	bk_tokenizer t;
	bk_tokopts o = { split, uni };
	size_t k = 0, got;
	bk_tok_init(&t, &o);
	bk_tok_text(&t, p, n);
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
	for (int split = 0; split < 2; split++) {
		size_t ks = all_tokens(p, n, split, 1, MAXTOK, slow);
		size_t kf = all_tokens(p, n, split, 0, batch, fast);
		if (kf != ks)
			abort();
		for (size_t i = 0; i < kf; i++) {
			const bk_token *a = &fast[i], *b = &slow[i];
			if (a->start != b->start || a->end != b->end || a->kind != b->kind ||
			    a->ascii != b->ascii || a->start >= a->end || a->end > n)
				abort();
		}
	}
	return 0;
}
