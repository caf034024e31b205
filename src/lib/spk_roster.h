/* spk_roster.h - a user's table of known labels: label, speaker, role.
 * Labels match ignoring case, blanks at either end and a final ':' or '.'. */
#ifndef SPK_ROSTER_H
#define SPK_ROSTER_H
#include <stddef.h>

typedef struct spk_roster spk_roster;

/* Loads a TSV file whose header names `label`, `speaker` and `role` (roles:
 * host, official, reporter, unknown; empty keeps the detected one).  Returns
 * NULL with a message in err on failure. */
spk_roster *spk_roster_load(const char *path, char *err, size_t errlen);

/* Finds label p[0..n); sets *speaker (NUL-terminated, may be "") and *role
 * (enum spk_role, or -1 when the roster leaves it open).  Returns 1 if found. */
int spk_roster_find(const spk_roster *r, const char *p, size_t n,
                    const char **speaker, int *role);
void spk_roster_free(spk_roster *r);

#endif
