/* ng_bound.h - where an n-gram may not reach across: clause punctuation
 * between two words.  (Sentence ends come from bk_sentences, turns from the
 * record structure; this is the third rule, lifted by --cross-punct.) */
#ifndef NG_BOUND_H
#define NG_BOUND_H
#include <stddef.h>

/* Does the text between two tokens, p[0..n), hold a clause boundary?
 *   , ; : ( ) [ ] { }   straight and curly double quotes " “ ” „ « »
 *   dashes — – ―, a doubled hyphen "--", a hyphen standing between spaces
 *   full-width , 、 ; : ( ) 「 」 『 』 《 》 and 。 ！ ？
 * Periods, ! and ? are the sentence splitter's business: one it left inside a
 * sentence ("Mr. Wang", "the U.S. side") joins.  So does anything else: spaces,
 * apostrophes, slashes, &, an ellipsis, stray symbols. */
int ng_gap_breaks(const char *p, size_t n);

/* The ASCII bytes of a gap: 0 joins, 1 breaks, 2 asks ng_gap_breaks (a
 * hyphen, a non-ASCII byte). */
extern const unsigned char ng_gap_class[256];

/* ng_gap_breaks, with the usual gaps (a space, ", ", a line end) decided
 * inline. */
static inline int
ng_gap_breaks_fast(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned c = ng_gap_class[(unsigned char)p[i]];
		if (c == 1)
			return 1;
		if (c == 2)
			return ng_gap_breaks(p, n);
	}
	return 0;
}

#endif
