/* num_date.c - dates (October 27, 2020; 3 November; 2021-03-15; 9/11), times
 * (2:14 P.M.; 10 a.m.).  Relative ordinals are in num_rel.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num_scan_int.h"

/* ---- dates and times ---- */

int
ns_month_at(const num_scanner *S, size_t j)
{
	if (role(S, j) != NW_MONTH || !T(j).cap)
		return 0;
	if (wflags(S, j) & NF_ABBR) {
		/* Jan. 5, Sept 12 */
		return (int)T(j).w->val;
	}
	return (int)T(j).w->val;
}

static int
ampm(const num_scanner *S, size_t j, size_t *next)
{
	/* a.m. / p.m. / AM / PM */
	if ((is_word(S, j, "a") || is_word(S, j, "p")) && is_punct(S, j + 1, '.') && glued(S, j + 1) &&
	    is_word(S, j + 2, "m") && glued(S, j + 2)) {
		int pm = is_word(S, j, "p");
		*next = j + 3;
		if (is_punct(S, j + 3, '.') && glued(S, j + 3))
			*next = j + 4;
		return pm ? 2 : 1;
	}
	if (is_word(S, j, "am") || is_word(S, j, "pm")) {
		if (is_word(S, j, "am") && !T(j).upper && T(j).sp && !at_boundary(S, j + 1))
			return 0; /* "10 am told": rare; "I am" never follows a number */
		*next = j + 1;
		return is_word(S, j, "pm") ? 2 : 1;
	}
	return 0;
}

static int
emit_simple(num_scanner *S, int kind, const char *vtext, size_t i, size_t j)
{
	num_expr e;
	memset(&e, 0, sizeof e);
	e.kind = kind;
	e.vtext = vtext;
	e.cmp = "=";
	e.unit = "";
	e.start = T(i).s;
	e.end = T(j - 1).e;
	S->emit(S->ctx, &e, S->p);
	return 1;
}

/* Dates and times starting at token i; returns the end token, or i. */
size_t
ns_date_time(num_scanner *S, size_t i)
{
	char *vt = S->vtext[0];
	int m = ns_month_at(S, i);
	if (m) {
		size_t k = i + 1;
		if (is_punct(S, k, '.') && glued(S, k) && (wflags(S, i) & NF_ABBR))
			k++;
		long d = small(S, k);
		if (d >= 1 && d <= 31 && tlen(S, k) <= 2) {
			size_t e = k + 1;
			if (ns_ordinal_suffix(S, e))
				e++;
			size_t y = e;
			if (is_punct(S, y, ','))
				y++;
			long yr = small(S, y);
			if (yr >= 1000 && yr <= 2999 && tlen(S, y) == 4 && !(glued(S, y + 1) && T(y + 1).t != T_PUNCT)) {
				snprintf(vt, 48, "%04ld-%02d-%02ld", yr, m, d);
				return emit_simple(S, NK_DATE, vt, i, y + 1), y + 1;
			}
			if (role(S, k - 1) == NW_MONTH && (is_word(S, i, "may") || is_word(S, i, "march")) &&
			    i > 0 && !T(i).cap)
				return i;
			snprintf(vt, 48, "--%02d-%02ld", m, d);
			return emit_simple(S, NK_DATE, vt, i, e), e;
		}
		if (d >= 1000 && d <= 2999 && tlen(S, k) == 4 && !(glued(S, k + 1) && T(k + 1).t != T_PUNCT)) {
			snprintf(vt, 48, "%04ld-%02d", d, m);
			return emit_simple(S, NK_DATE, vt, i, k + 1), k + 1;
		}
		return i;
	}
	if (!is_num(S, i))
		return i;
	long a = small(S, i);
	/* 27 October 2020, 3rd May */
	size_t k = i + 1;
	if (ns_ordinal_suffix(S, k))
		k++;
	if (a >= 1 && a <= 31 && tlen(S, i) <= 2 && (m = ns_month_at(S, k)) && !(wflags(S, k) & NF_ABBR && 0)) {
		long yr = small(S, k + 1);
		if (yr >= 1000 && yr <= 2999 && tlen(S, k + 1) == 4) {
			snprintf(vt, 48, "%04ld-%02d-%02ld", yr, m, a);
			return emit_simple(S, NK_DATE, vt, i, k + 2), k + 2;
		}
		snprintf(vt, 48, "--%02d-%02ld", m, a);
		return emit_simple(S, NK_DATE, vt, i, k + 1), k + 1;
	}
	/* 2020-10-27 */
	if (tlen(S, i) == 4 && is_punct(S, i + 1, '-') && glued(S, i + 1) && is_num(S, i + 2) &&
	    glued(S, i + 2) && tlen(S, i + 2) == 2 && is_punct(S, i + 3, '-') && glued(S, i + 3) &&
	    is_num(S, i + 4) && glued(S, i + 4) && tlen(S, i + 4) == 2) {
		long mo = small(S, i + 2), d = small(S, i + 4);
		if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
			snprintf(vt, 48, "%04ld-%02ld-%02ld", a, mo, d);
			return emit_simple(S, NK_DATE, vt, i, i + 5), i + 5;
		}
	}
	/* 2026/09/14 */
	if (tlen(S, i) == 4 && is_punct(S, i + 1, '/') && glued(S, i + 1) && is_num(S, i + 2) &&
	    glued(S, i + 2) && tlen(S, i + 2) <= 2 && is_punct(S, i + 3, '/') && glued(S, i + 3) &&
	    is_num(S, i + 4) && glued(S, i + 4) && tlen(S, i + 4) <= 2) {
		long mo = small(S, i + 2), d = small(S, i + 4);
		if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
			snprintf(vt, 48, "%04ld-%02ld-%02ld", a, mo, d);
			return emit_simple(S, NK_DATE, vt, i, i + 5), i + 5;
		}
	}
	/* 5/17/2018; 9/11 */
	if (tlen(S, i) <= 2 && is_punct(S, i + 1, '/') && glued(S, i + 1) && is_num(S, i + 2) &&
	    glued(S, i + 2) && tlen(S, i + 2) <= 2) {
		long d = small(S, i + 2);
		if (is_punct(S, i + 3, '/') && glued(S, i + 3) && is_num(S, i + 4) && glued(S, i + 4) &&
		    (tlen(S, i + 4) == 4 || tlen(S, i + 4) == 2) && a >= 1 && a <= 12 && d >= 1 && d <= 31) {
			long yr = small(S, i + 4);
			if (yr < 100)
				yr += yr < 50 ? 2000 : 1900;
			snprintf(vt, 48, "%04ld-%02ld-%02ld", yr, a, d);
			return emit_simple(S, NK_DATE, vt, i, i + 5), i + 5;
		}
		if (a == 9 && d == 11 && !is_punct(S, i + 3, '/')) {
			snprintf(vt, 48, "2001-09-11");
			return emit_simple(S, NK_DATE, vt, i, i + 3), i + 3;
		}
	}
	/* 2:14 P.M., 12:19, 10 a.m. */
	if (tlen(S, i) <= 2 && a <= 24) {
		long mi = -1, se = -1;
		size_t e = i + 1;
		if (is_punct(S, e, ':') && glued(S, e) && is_num(S, e + 1) && glued(S, e + 1) && tlen(S, e + 1) == 2) {
			mi = small(S, e + 1);
			e += 2;
			if (is_punct(S, e, ':') && glued(S, e) && is_num(S, e + 1) && glued(S, e + 1) && tlen(S, e + 1) == 2) {
				se = small(S, e + 1);
				e += 2;
			}
			if (mi > 59 || se > 59 || is_num(S, e))
				return i;
		}
		size_t ap_end;
		int ap = ampm(S, e, &ap_end);
		if (mi < 0 && !ap)
			return i;
		long h = a;
		if (ap == 2 && h < 12)
			h += 12;
		if (ap == 1 && h == 12)
			h = 0;
		if (ap && (a == 0 || a > 12))
			return i;
		if (se >= 0)
			snprintf(vt, 48, "%02ld:%02ld:%02ld", h, mi, se);
		else
			snprintf(vt, 48, "%02ld:%02ld", h, mi < 0 ? 0 : mi);
		if (ap)
			e = ap_end;
		return emit_simple(S, NK_TIME, vt, i, e), e;
	}
	return i;
}
