/* libFuzzer target: the record reader on arbitrary bytes, in both shapes.
 * Checks that raw chunks tile the document and that TSV text unescapes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib/input.h"

static char path[64];

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (path[0] == '\0')
		snprintf(path, sizeof path, "/tmp/bk_fuzz_input_%d", (int)getpid());
	FILE *f = fopen(path, "wb");
	if (f == NULL)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	for (int shape = BK_SHAPE_AUTO; shape <= BK_SHAPE_TSV; shape++) {
		bk_inopts o = { 0 };
		o.shape = shape;
		o.invalid_replace = size > 0 && data[0] & 1;
		o.chunking = size > 1 && (data[1] & 1) ? BK_CHUNK_LINE : BK_CHUNK_PARAGRAPH;
		bk_input *in = bk_input_open(path, &o);
		bk_record rec;
		uint64_t next = (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
		while (bk_input_next(in, &rec) > 0) {
			if (!bk_input_is_tsv(in)) {
				if (rec.start != next)
					abort();
				next += rec.len;
			}
			if (memchr(rec.text, '\0', rec.len))
				abort();
		}
		bk_input_close(in);
	}
	return 0;
}
