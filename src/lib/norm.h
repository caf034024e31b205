/* norm.h - from a token's bytes to the term that is counted, and word lists.
 *
 *     bk_norm *nm = bk_norm_new(keep_case, stem);
 *     bk_norm_term(nm, p, n, ascii, &buf);   // buf.p[0..buf.len) = the term, NUL-terminated
 *
 * A term is the token NFKC-normalised, case-folded (unless keep_case),
 * without default-ignorable characters (soft hyphen, zero-width joiner), with
 * the apostrophes U+2018 U+2019 U+02BC written as "'" and the hyphens U+2010
 * U+2011 as "-", then (when stem) passed
 * through the Snowball English stemmer.  ASCII tokens take a shortcut with
 * the same result.  Number tokens are not stemmed.
 *
 * Word lists (--stopwords, --only) hold one entry a line, normalised the same
 * way; empty lines and lines starting with '#' are ignored. */
#ifndef BK_NORM_H
#define BK_NORM_H
#include <stddef.h>
#include "hash.h"
#include "mem.h"

typedef struct bk_norm bk_norm;

bk_norm *bk_norm_new(int keep_case, int stem);
void bk_norm_free(bk_norm *nm);

/* The term of token p[0..n) into out (replaced).  kind: BK_TOK_WORD or _NUMBER. */
void bk_norm_term(bk_norm *nm, const char *p, size_t n, int ascii, int kind, bk_buf *out);
/* The folded, unstemmed key (whatever keep_case says): what stop lists match. */
void bk_norm_fold(bk_norm *nm, const char *p, size_t n, int ascii, bk_buf *out);

/* The built-in English stop list, as folded keys. */
bk_hash *bk_stoplist_builtin(bk_norm *nm);
/* Loads a word list: entries folded (terms=0: for a stop list) or made into
 * terms (terms=1: for --only).  NULL with a message in err on failure. */
bk_hash *bk_wordlist_load(bk_norm *nm, const char *path, int terms, char *err, size_t errlen);
/* A fingerprint of a word list's content (for the --partial options row). */
uint64_t bk_wordlist_digest(const bk_hash *set);

#endif
