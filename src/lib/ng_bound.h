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

#endif
