/* spk_name.h - from a label's name part to a speaker's normalised name.
 *
 * "MS. PSAKI" -> Psaki, "SECRETARY OF STATE BLINKEN" -> Blinken,
 * "MR. McDONOUGH" -> McDonough, "O’BRIEN" -> O’Brien, "Hua Chunying" as is.
 * Labels that name a role ("THE PRESIDENT", "MODERATOR", "A") are reported as
 * such with a hint, for the document to resolve against its title or intro. */
#ifndef SPK_NAME_H
#define SPK_NAME_H
#include <stddef.h>
#include "mem.h"

enum spk_nkind {
	SPK_N_NAME,     /* a person: the name is in buf */
	SPK_N_ROLE,     /* a role: buf holds it title-cased ("The President") */
	SPK_N_OUTLET,   /* a news outlet: buf holds it as written */
	SPK_N_Q,        /* an anonymous reporter: Q, QUESTION, Journalist */
	SPK_N_A         /* an anonymous answer: A, ANSWER */
};

enum spk_hint {
	SPK_H_NONE,
	SPK_H_PRESIDENT,   /* THE PRESIDENT */
	SPK_H_VICE,        /* THE VICE PRESIDENT */
	SPK_H_SPOKES,      /* A, SPOKESPERSON, THE PRESS SECRETARY */
	SPK_H_HOST,        /* MODERATOR, OPERATOR, HOST */
	SPK_H_FOLLOWUP,    /* Follow-up: the previous reporter again */
	SPK_H_OFFICIAL     /* SENIOR ADMINISTRATION OFFICIAL and the like */
};

typedef struct spk_name {
	int kind;          /* enum spk_nkind */
	int hint;          /* enum spk_hint */
	int honorific;     /* the label had Mr./Ms./Dr.: a surname may be expanded */
	bk_buf buf;        /* the name (NUL-terminated) */
} spk_name;

/* Fills *out from the name part p[0..n) of a label of kind lkind (spk_label.h).
 * out->buf is reused: its old content is replaced. */
void spk_name_from_label(const char *p, size_t n, int lkind, spk_name *out);

/* Title-cases one capitalised word into b: PSAKI -> Psaki, JEAN-PIERRE ->
 * Jean-Pierre, MCKEE -> McKee, O’BRIEN -> O’Brien. */
void spk_name_titlecase(const char *p, size_t n, bk_buf *b);

/* Is p[0..n) (a capitalised label) a news outlet: Reuters, China Daily, CCTV? */
int spk_name_is_outlet(const char *p, size_t n);

#endif
