/* spk_priv.h - the working state shared by spk_doc.c (blocks, turns, roles)
 * and spk_names.c (speaker names): not for programs. */
#ifndef SPK_PRIV_H
#define SPK_PRIV_H
#include <stddef.h>
#include "mem.h"
#include "spk_doc.h"
#include "spk_label.h"
#include "spk_name.h"

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

typedef struct speaker {
	size_t turns, words, qturns, answers, opaque;
	int role, fixed;
	size_t first_row;
} speaker;

typedef struct priv {
	blk *b;
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
} priv;

/* The index of speaker `name`, added with role (fixed: no later guess
 * changes it) if new. */
int spk_speaker_get(spk_doc *d, priv *v, const char *name, int role, int fixed);

/* Normalises every label's name, once per distinct name, and expands
 * honorific surnames ("Mr. Wang" -> "Wang Zhigang"). */
void spk_name_labels(priv *v, const char *p);

/* The holder of a role (SPK_H_PRESIDENT, _VICE, _SPOKES) named by the title or
 * the opening, into out; 0 when the document does not say. */
int spk_resolve_hint(priv *v, int hint, bk_buf *out);

const char *spk_blk_name(const priv *v, const blk *b);
int spk_is_reporter_label(const blk *b);

#endif
