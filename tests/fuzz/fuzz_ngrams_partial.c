/* libFuzzer target: ngrams --merge's reader of partials, on arbitrary bytes.
 * It accepts the file or says why; a file it accepted once it accepts again
 * (as a second partial, whose header and options must agree with the
 * first's), and its cells then fold into groups. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "lib/ng_count.h"
#include "lib/ng_partial.h"
#include "lib/ng_terms.h"

static char path[64];

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (path[0] == '\0')
		snprintf(path, sizeof path, "/tmp/bk_fuzz_partial_%d", (int)getpid());
	FILE *f = fopen(path, "wb");
	if (f == NULL)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	ng_termopts to = { 0 };
	char err[1024];
	ng_terms *terms = ng_terms_new(&to, err, sizeof err);
	if (terms == NULL)
		abort();
	ng_countopts co = { 0 };
	co.n_lo = 1;
	co.n_hi = 2;
	ng_counter c, byg;
	ng_cells cells;
	ng_counter_init(&c, &co, terms);
	ng_counter_init(&byg, &co, terms);
	ng_cells_init(&cells);
	bk_hash *groups = bk_hash_new(), *docs = bk_hash_new();
	char *opts = NULL, *header = NULL;
	err[0] = '\0';
	if (ng_read_partial(&c, terms, &cells, groups, docs, path, &opts, &header, err, sizeof err) == 0) {
		if (ng_read_partial(&c, terms, &cells, groups, docs, path, &opts, &header, err, sizeof err) != 0)
			abort();
		ng_fold_cells(&c, &cells, &byg);
	} else if (err[0] == '\0') {
		abort(); /* a refusal says why */
	}
	free(opts);
	free(header);
	bk_hash_free(groups);
	bk_hash_free(docs);
	ng_cells_free(&cells);
	ng_counter_free(&c);
	ng_counter_free(&byg);
	ng_terms_free(terms);
	return 0;
}
