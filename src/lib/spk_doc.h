/* spk_doc.h - a transcript's turns: who speaks, in which role, where.
 *
 * A document's analysis produces rows that, in order, cover every non-blank
 * byte of it: speech turns (host, official, reporter, unknown) and non-speech
 * blocks (title, meta, junk).  Names and roles are decided from the whole
 * document, yet memory does not grow with it: the text, its blocks and its
 * rows go to spools (spk_spool.h) that spill to a temporary file, and only
 * one block, one open turn and the table of names are held at a time. */
#ifndef SPK_DOC_H
#define SPK_DOC_H
#include <stddef.h>
#include "mem.h"
#include "spk_roster.h"

enum spk_role {
	SPK_HOST, SPK_OFFICIAL, SPK_REPORTER, SPK_UNKNOWN,  /* speech */
	SPK_TITLE, SPK_META, SPK_JUNK,                       /* not speech */
	SPK_NROLES
};

extern const char *const spk_role_names[SPK_NROLES];

typedef struct spk_row {
	int role;                /* enum spk_role */
	int speaker;             /* index into spk_doc.names, -1: empty */
	size_t label_start, label_end; /* the label as written; equal when none */
	size_t start, end;       /* the text (speech without its label) */
	unsigned long turn;      /* 1-based among speech rows; 0 for the others */
	unsigned long qa;        /* exchange number (--pairs); 0: none */
	size_t words;
} spk_row;

typedef struct spk_doc {
	char **names;            /* speaker names, NUL-terminated */
	size_t nnames, names_cap;
	int want_words;          /* count every turn's words (else only up to 40) */
	/* The speaker still talking at the end of the previous record of the
	 * same document (TSV input): unlabelled speech at the top of this one
	 * is theirs.  carry_role < 0: none. */
	const char *carry_name;
	int carry_role;
	int continued;           /* earlier records of the document held speech: no header */
	int titled;              /* an earlier record of the document held its title */
	void *priv;              /* working memory reused between documents */
} spk_doc;

/* Analyses p[0..n) (valid UTF-8), which stays valid while the rows are
 * read.  roster may be NULL. */
void spk_doc_analyse(spk_doc *d, const char *p, size_t n, const spk_roster *roster);

/* The same for a document given in pieces: spk_doc_begin, spk_doc_add for
 * each piece (valid UTF-8, cut anywhere), then spk_doc_finish, which
 * returns the whole text (*n bytes; valid until the next document). */
void spk_doc_begin(spk_doc *d);
void spk_doc_add(spk_doc *d, const char *p, size_t n);
const char *spk_doc_finish(spk_doc *d, size_t *n, const spk_roster *roster);

/* The next row of the document analysed last, in order, with its final
 * speaker and role: 1, or 0 after the last. */
int spk_doc_next_row(spk_doc *d, spk_row *r);

void spk_doc_free(spk_doc *d);

static inline int spk_role_is_speech(int r) { return r <= SPK_UNKNOWN; }

#endif
