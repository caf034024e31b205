/* spk_priv.h - the working state shared by spk_doc.c (blocks, turns, roles)
 * and spk_names.c (speaker names): not for programs.  Nothing here grows
 * with the document but the tables of its distinct labels and names. */
#ifndef SPK_PRIV_H
#define SPK_PRIV_H
#include <stddef.h>
#include <stdint.h>
#include "mem.h"
#include "spk_doc.h"
#include "spk_label.h"
#include "spk_name.h"
#include "spk_spool.h"

enum { B_SPEECH, B_TITLE, B_META, B_JUNK };

typedef struct blk {
	size_t start, end;       /* trimmed content */
	int kind;
	int labelled;
	spk_label lab;
	int nkind, hint, honorific;
	size_t name_off, name_len; /* in priv->arena */
	int u;                   /* index of the distinct name (priv->u) */
	int time;                /* a time stamp */
	int note;                /* an editorial note: junk, whatever it looks like */
} blk;

/* A block as spooled between the passes: no text, only where it is. */
typedef struct brec {
	uint64_t start, end, lab_start, lab_end, lab_text;
	int lc;                  /* the label's entry in priv.lc, -1 */
	unsigned flags;          /* BR_*, the label's kind << 4, the debris class << 8 */
} brec;

enum { BR_LABELLED = 1, BR_NOTE = 2, BR_FRONT = 4, BR_RUNIN = 8 };

typedef struct speaker {
	size_t turns, words, qturns, answers, opaque;
	int role, fixed;
} speaker;

typedef struct priv {
	blk *b;                  /* the block being made (step 1): at most one */
	size_t nb, bcap;
	bk_buf arena;
	bk_buf ctx;              /* title and opening text, for resolving roles */
	bk_buf tmp;
	spk_name nm;
	speaker *s;
	size_t scap;
	int *hash;               /* open addressing over names */
	size_t hcap;
	/* Distinct label names: the work on names is done once per name, not
	 * once per label, so a long document stays linear. */
	struct uname { size_t off, len; int flags; } *u;
	size_t nu, ucap;
	int *uhash;
	size_t uhcap;
	/* Label name parts already normalised: labels repeat by the thousand. */
	struct lcache { size_t raw_off, raw_len; int lkind, nkind, hint, honorific;
	                size_t name_off, name_len; } *lc;
	size_t nlc, lccap;
	int *lchash;
	size_t lchcap;
	/* Role holders resolved once per document: SPK_H_* -> -1 unknown, 0 none, 1 found */
	int hint_state[8];
	bk_buf hint_name[8];
	int *lc_u;               /* the distinct name (priv.u) of each label name (priv.lc) */
	size_t lc_ucap;
	/* The document: its text, its blocks, its rows. */
	spk_spool text, blocks, rows;
	const char *p;
	size_t n;
	const char *rowmap;      /* rows, while they are read */
	size_t rowpos, rowlen;
	spk_row pend[2];         /* rows not yet spooled (the last may still grow) */
	size_t npend;
	/* Per-row tallies behind the roles, gathered as rows are spooled. */
	int prev_role, first_speaker;
	size_t reporter_turns;
	size_t n_upper, n_caps, n_mixed;   /* label kinds, for run-in headings */
} priv;

/* The index of speaker `name`, added with role (fixed: no later guess
 * changes it) if new. */
int spk_speaker_get(spk_doc *d, priv *v, const char *name, int role, int fixed);

/* The entry in v->lc of label name p[0..n) of label kind lkind (spk_label.h):
 * its normalised name, once per distinct name part. */
int spk_label_cache(priv *v, const char *p, size_t n, int lkind);

/* Gives the labelled block b (lc: its label cache entry) its name; in the
 * first pass (`first`), registers the distinct name, in the order of the
 * document. */
void spk_name_block(priv *v, blk *b, int lc, int first);

/* Expands honorific surnames ("Mr. Wang" -> "Wang Zhigang") once every
 * label of the document has been seen. */
void spk_expand_names(priv *v);

/* The holder of a role (SPK_H_PRESIDENT, _VICE, _SPOKES) named by the title or
 * the opening, into out; 0 when the document does not say. */
int spk_resolve_hint(priv *v, int hint, bk_buf *out);

const char *spk_blk_name(const priv *v, const blk *b);
int spk_is_reporter_label(const blk *b);

#endif
