/* num_affix.c - what stands around a number: currency signs and codes before it,
 * currency words, percent and units of measurement after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num_scan_int.h"

/* ---- currency, percent and units around a core ---- */

/* A currency sign or code at j, before a number: returns the ISO index and the
 * token after it. */
int
ns_currency_before(const num_scanner *S, size_t j, size_t *next)
{
	if (j >= NT)
		return 0;
	if (T(j).t == T_PUNCT) {
		int cur = T(j).ch == '$' ? CUR_USD : T(j).ch == 0x20AC ? CUR_EUR :
		          T(j).ch == 0xA3 ? CUR_GBP : T(j).ch == 0xA5 ? CUR_JPY : 0;
		if (cur) {
			*next = j + 1;
			return cur;
		}
		return 0;
	}
	if (T(j).t != T_WORD)
		return 0;
	/* US$, HK$, A$, C$ (and "US $" as tokenized news text writes them) */
	if (is_punct(S, j + 1, '$') && (glued(S, j + 1) || tlen(S, j) <= 2)) {
		int cur = is_word(S, j, "us") ? CUR_USD : is_word(S, j, "hk") ? CUR_HKD :
		          is_word(S, j, "a") && (T(j).upper || glued(S, j + 1)) ? CUR_AUD :
		          is_word(S, j, "c") && (T(j).upper || glued(S, j + 1)) ? CUR_CAD : 0;
		if (cur) {
			*next = j + 2;
			return cur;
		}
	}
	if (T(j).upper && tlen(S, j) == 3 && role(S, j) == NW_CUR && (is_num(S, j + 1) || is_punct(S, j + 1, '.'))) {
		*next = j + 1;
		return (int)T(j).w->val;
	}
	return 0;
}

/* A currency word after a number: yuan, US dollars, Hong Kong dollars. */
int
ns_currency_after(const num_scanner *S, size_t j, size_t *next)
{
	if (is_word(S, j, "us") && role(S, j + 1) == NW_CUR) {
		*next = j + 2;
		return CUR_USD;
	}
	if (is_word(S, j, "u") && is_punct(S, j + 1, '.') && is_word(S, j + 2, "s") &&
	    is_punct(S, j + 3, '.') && is_word(S, j + 4, "dollars")) {
		*next = j + 5;
		return CUR_USD;
	}
	if (is_word(S, j, "hong") && is_word(S, j + 1, "kong") && is_word(S, j + 2, "dollars")) {
		*next = j + 3;
		return CUR_HKD;
	}
	if (is_word(S, j + 1, "dollars")) {
		int cur = is_word(S, j, "australian") ? CUR_AUD : is_word(S, j, "canadian") ? CUR_CAD :
		          is_word(S, j, "american") ? CUR_USD : 0;
		if (cur) {
			*next = j + 2;
			return cur;
		}
	}
	if (role(S, j) == NW_CUR) {
		if (is_word(S, j, "won") || is_word(S, j, "pounds") || is_word(S, j, "francs")) {
			/* pounds of food; won is a verb: only in a money context */
			if (is_word(S, j + 1, "of") || !T(j).sp)
				return 0;
		}
		*next = j + 1;
		return (int)T(j).w->val;
	}
	return 0;
}

/* % / percent / per cent / percentage points: returns 1 (percent) or 2 (points). */
int
ns_percent_after(const num_scanner *S, size_t j, size_t *next)
{
	if (is_punct(S, j, '%') || is_punct(S, j, 0xFF05)) {
		*next = j + 1;
		return 1;
	}
	if (is_word(S, j, "per") && is_word(S, j + 1, "cent")) {
		*next = j + 2;
		return 1;
	}
	if (role(S, j) == NW_PERCENT) {
		if (is_word(S, j, "percentage") && (is_word(S, j + 1, "points") || is_word(S, j + 1, "point"))) {
			*next = j + 2;
			return 2;
		}
		if (is_word(S, j, "percent") && (is_word(S, j + 1, "points"))) {
			*next = j + 2;
			return 2;
		}
		*next = j + 1;
		return 1;
	}
	return 0;
}

const char *
ns_unit_after(const num_scanner *S, size_t j, size_t *next)
{
	if (is_word(S, j, "square") && (is_word(S, j + 1, "kilometers") || is_word(S, j + 1, "kilometres") ||
	    is_word(S, j + 1, "km"))) {
		*next = j + 2;
		return "sq km";
	}
	if (is_word(S, j, "nautical") && is_word(S, j + 1, "miles")) {
		*next = j + 2;
		return "nmi";
	}
	if (role(S, j) == NW_UNIT && !is_word(S, j, "nautical")) {
		/* "in" and "t", "m" and "g" alone are too ambiguous after a number */
		*next = j + 1;
		return num_unit_names[T(j).w->val];
	}
	return NULL;
}

/* Suffixes after a core: currency word, percent, unit; returns the new end. */
size_t
ns_suffixes(num_scanner *S, size_t j, int *cur, int *pct, const char **unit)
{
	size_t nx;
	int k;
	if (!*cur && (k = ns_percent_after(S, j, &nx)) != 0) {
		*pct = k;
		return nx;
	}
	if ((k = ns_currency_after(S, j, &nx)) != 0) {
		*cur = k;
		return nx;
	}
	const char *u;
	if (!*cur && *unit == NULL && (u = ns_unit_after(S, j, &nx)) != NULL) {
		*unit = u;
		return nx;
	}
	return j;
}

