/* spk_debris.h - telling page furniture and headers from speech: web-page
 * debris ("Print E-mail", pagination, share buttons, footers), END marks,
 * time stamps, datelines and places. */
#ifndef SPK_DEBRIS_H
#define SPK_DEBRIS_H
#include <stddef.h>

enum spk_debris {
	SPK_D_NONE,
	SPK_D_JUNK,       /* debris: a junk row */
	SPK_D_FOOTER,     /* debris that ends a transcript: what follows is junk too */
	SPK_D_META,       /* a dateline, place, byline: a meta row */
	SPK_D_TIME        /* "12:19 P.M. EDT": meta at the top, junk at the end */
};

/* Classifies the block p[s..e) (trimmed). */
int spk_debris(const char *p, size_t s, size_t e);

/* An editorial note that opens a block and introduces what follows ("The
 * following question was raised after the press conference: ..."): the end
 * of the note, after its colon, or 0. */
size_t spk_note_end(const char *p, size_t s, size_t e);

#endif
