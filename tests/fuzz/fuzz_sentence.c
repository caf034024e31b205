/* libFuzzer target: paragraphs and sentences.  Every span lies inside its
 * paragraph, in order, never empty, never starting or ending with a space;
 * the shortcut for hard-wrapped prose never passes over a line break that
 * the full look makes a boundary. */
#include <stdlib.h>
#include <string.h>
#include "lib/sentence.h"
#include "lib/utf8.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *p = (const char *)data;
	size_t n = bk_utf8_valid_prefix(p, size); /* the reader only hands out valid text */
	bk_spans spans = { 0 };
	bk_sentopts o = { 0 };
	o.newline = n > 0 ? data[0] % 3 : 0;
	size_t pos = 0;
	bk_span para;
	while (bk_next_paragraph(p, n, &pos, &para)) {
		if (para.start >= para.end || para.end > n)
			abort();
		size_t full;
		if (bk_sentences_prose_check(p + para.start, para.end - para.start, data[0] % 8 == 0, &full) &&
		    full != 0)
			abort();
		spans.n = 0;
		bk_sentences(p + para.start, para.end - para.start, &o, &spans);
		size_t last = 0;
		for (size_t i = 0; i < spans.n; i++) {
			bk_span s = spans.v[i];
			if (s.start >= s.end || s.start < last || s.end > para.end - para.start)
				abort();
			if (p[para.start + s.start] == ' ' || p[para.start + s.end - 1] == ' ')
				abort();
			last = s.end;
		}
	}
	free(spans.v);
	return 0;
}
