/* spk_name.c - normalising speaker names. */
#include <string.h>
#include "spk_label.h"
#include "spk_name.h"
#include "spk_text.h"

/* Words of titles and offices, stripped from the front of a capitalised label
 * ("ACTING UNDER SECRETARY BRYAN" -> Bryan). */
static const char *const title_words[] = {
	"MR", "MS", "MRS", "MISS", "DR", "MADAM", "MADAME", "SIR", "DAME", "THE", "A", "AN",
	"ACTING", "DEPUTY", "UNDER", "ASSISTANT", "PRINCIPAL", "SENIOR", "SECRETARY",
	"PRESIDENT", "VICE", "PRIME", "MINISTER", "CHANCELLOR", "AMBASSADOR", "ADMIRAL",
	"REAR", "GENERAL", "LIEUTENANT", "LT", "MAJOR", "COLONEL", "COL", "CAPTAIN", "CAPT",
	"COMMANDER", "SERGEANT", "SURGEON", "ATTORNEY", "ADMINISTRATOR", "DIRECTOR", "CHAIR",
	"CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON", "SENATOR", "SEN", "REPRESENTATIVE", "REP",
	"CONGRESSMAN", "CONGRESSWOMAN", "LEADER", "SPEAKER", "GOVERNOR", "GOV", "MAYOR",
	"COMMISSIONER", "COORDINATOR", "ADVISER", "ADVISOR", "NATIONAL", "SECURITY", "PRESS",
	"SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "FOREIGN", "KING", "QUEEN", "PRINCE",
	"PRINCESS", "SHEIKH", "EMIR", "CHIEF", "STAFF", "OF", "TO", "FOR", "AND", "ON",
	"COUNSELOR", "COUNSELLOR", "FIRST", "LADY", "SECOND", "GENTLEMAN", "OFFICIAL",
	"OFFICIALS", "ADMINISTRATION", "MILITARY", "STATE", "DEFENSE", "TREASURY", "COMMERCE",
	"AGRICULTURE", "ENERGY", "LABOR", "HEALTH", "EDUCATION", "TRANSPORTATION", "HOMELAND",
	"INTERIOR", "JUSTICE", "VETERANS", "AFFAIRS", "HOUSING", "TRADE", "ECONOMIC", "COUNCIL",
	"OFFICE", "MANAGEMENT", "BUDGET", "AGENCY", "SERVICES", "HUMAN", "UNITED", "STATES",
	"U.S", "WHITE", "HOUSE", "COMMUNICATIONS", "STRATEGIC", "EMERGENCY", "FEDERAL",
	"RESERVE", "CEA", "OMB", "NSC", "FEMA", "NEC", "DHS", "HHS", "CDC", "NIH", "FDA", "SBA",
	"USTR", "APNSA", "ARMY", "NAVY", "AIR", "FORCE", "JOINT", "CHIEFS", "INSPECTOR",
	"MODERATOR", "OPERATOR", "HOST", "AIDE", "PARTICIPANT", "REPORTER", "JOURNALIST",
	"ANNOUNCER", "INTERPRETER", "TRANSLATOR", "AUDIENCE", "MEMBER", "OFFICER", "EXECUTIVE",
	"COMMITTEE", "DEPARTMENT", "MINISTRY", "BUREAU", "TASK", "RESPONSE", "TEAM", "COVID-19",
	"CORONAVIRUS", "POLICY", "SPECIAL", "ENVOY", "ASSOCIATE", "ATTACHE", "HIS", "HER",
	"EXCELLENCY", "HONORABLE", "HON", "REVEREND", "REV", "FATHER", "PROFESSOR", "PROF",
	"ENGINEER", "MASTER", "CEREMONIES", "PANELIST", "SPEAKERS", NULL
};

/* Last words that make an all-title label a role ("SENIOR ADMINISTRATION
 * OFFICIAL"); otherwise the last word is kept as a surname ("SENATOR KING"). */
static const char *const role_finals[] = {
	"PRESIDENT", "SECRETARY", "OFFICIAL", "OFFICIALS", "MODERATOR", "OPERATOR", "HOST",
	"AIDE", "PARTICIPANT", "REPORTER", "JOURNALIST", "ANNOUNCER", "INTERPRETER",
	"TRANSLATOR", "MEMBER", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "LADY", "GENTLEMAN",
	"OFFICER", "CEREMONIES", "PANELIST", "SPEAKER", "SPEAKERS", "ADVISOR", "ADVISER",
	"COORDINATOR", "DIRECTOR", "ADMINISTRATOR", "CHAIR", "CHAIRMAN", "AMBASSADOR",
	"MINISTER", "GOVERNOR", "ENVOY", NULL
};

static const char *const honorifics[] = { "MR", "MS", "MRS", "MISS", "DR", "MADAM",
	"MADAME", "SIR", NULL };

static int
in_list(const char *const *list, const char *p, size_t n)
{
	for (int k = 0; list[k]; k++)
		if (spk_eq_ci(p, n, list[k]))
			return 1;
	return 0;
}

/* Outlet words: a capitalised label containing one is a news organisation. */
static const char *const outlet_words[] = {
	"Reuters", "AFP", "AP", "CCTV", "CCTV4", "CGTN", "Xinhua", "Bloomberg", "BBC", "CNN",
	"NHK", "TASS", "Tass", "Kyodo", "Yonhap", "PTI", "CNR", "CRI", "CNS", "Sputnik", "RIA",
	"Novosti", "Daily", "Times", "News", "TV", "Radio", "Agency", "Post", "Journal",
	"Herald", "Tribune", "Broadcasting", "Television", "Media", "Network", "Globe", "Mail",
	"Monthly", "Weekly", "Shimbun", "Telegraaf", "Ilbo", "Phoenix", "Paper", "Review",
	"NIKKEI", "Nikkei", "Prensa", "EFE", "APP", "FSN", "KBS", "MBC", "TBS", "ABC", "NBC",
	"CBS", "NPR", "Fuji", "Jazeera", "Euronews", "Guardian", "Economist", "Asahi",
	"Mainichi", "Yomiuri", "Caixin", "Zaobao", "Press", "Channel", "Dispatch", "Gazette",
	"Telegraph", "Observer", "Independent", "Financial", "Chronicle", "Magazine", "Wire",
	"Politico", "Axios", "Reuter", "ITN", "RTHK", "TVB", "Yomiuri", "Interfax", "Anadolu",
	"Bernama", "Antara", "Dawn", "Hindu", "Izvestia", "Pravda", "Nation", "Straits",
	"Lusa", "ANSA", "DPA", "dpa", "ZDF", "ARD", "RAI", "RTL", "Tribune", "Voice",
	"Correspondent", "Newspaper", "Satellite", "Broadcaster", "Corporation", "Service",
	NULL
};

int
spk_name_is_outlet(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && p[j] != ' ' && p[j] != '&' && p[j] != '-' && (unsigned char)p[j] != 0xc2)
			j++;
		if (j < n && (unsigned char)p[j] == 0xc2)
			j++;                       /* a no-break space: skip both bytes */
		size_t wl = (j > i && (unsigned char)p[j - 1] == 0xc2) ? j - i - 1 : j - i;
		for (int k = 0; outlet_words[k]; k++)
			if (strlen(outlet_words[k]) == wl && memcmp(p + i, outlet_words[k], wl) == 0)
				return 1;
		i = j + 1;
	}
	return 0;
}

static int
upper_byte(int c)
{
	return spk_is_lower(c) ? c - 32 : c;
}

static int
lower_byte(int c)
{
	return spk_is_upper(c) ? c + 32 : c;
}

void
spk_name_titlecase(const char *p, size_t n, bk_buf *b)
{
	int start = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == 0xc3 && i + 1 < n) {           /* Latin-1 letters: É -> é */
			unsigned char d = (unsigned char)p[i + 1];
			if (!start && d >= 0x80 && d <= 0x9e && d != 0x97)
				d += 0x20;
			bk_buf_addc(b, (char)c);
			bk_buf_addc(b, (char)d);
			i++;
			start = 0;
			continue;
		}
		if (c >= 0x80) {
			bk_buf_addc(b, (char)c);
			/* ’ inside a name starts a new capital: O’Brien */
			if (c == 0x99 && i >= 2 && (unsigned char)p[i - 1] == 0x80)
				start = 1;
			continue;
		}
		if (spk_is_alpha(c)) {
			bk_buf_addc(b, (char)(start ? upper_byte(c) : lower_byte(c)));
			/* McKEE / MCKEE -> McKee */
			if (start && (c == 'M' || c == 'm') && i + 2 < n && (p[i + 1] == 'C' || p[i + 1] == 'c') &&
			    spk_is_alpha((unsigned char)p[i + 2]) && (i == 0 || !spk_is_alpha((unsigned char)p[i - 1]))) {
				bk_buf_addc(b, 'c');
				i++;
				start = 1;
				continue;
			}
			start = 0;
		} else {
			bk_buf_addc(b, (char)c);
			start = c == '-' || c == '\'' || c == ' ' || c == '.';
		}
	}
	if (b->p)
		b->p[b->len] = '\0';
}

/* Splits a capitalised label into words at spaces, no-break spaces and the
 * period after an abbreviation ("MR.PESICKA"). */
typedef struct word { size_t s, e; } word;

static size_t
split_words(const char *p, size_t n, word *w, size_t max)
{
	size_t k = 0, i = 0;
	while (i < n && k < max) {
		while (i < n && (p[i] == ' ' || spk_blank_len(p, n, i))) {
			size_t b = spk_blank_len(p, n, i);
			i += b ? b : 1;
		}
		if (i >= n)
			break;
		size_t s = i;
		while (i < n && p[i] != ' ' && !spk_blank_len(p, n, i) && p[i] != '.')
			i++;
		size_t e = i;
		if (i < n && p[i] == '.')
			i++;
		if (e > s)
			w[k++] = (word){ s, e };
	}
	return k;
}

static void
set(bk_buf *b, const char *p, size_t n)
{
	b->len = 0;
	bk_buf_add(b, p, n);
	b->p[b->len] = '\0';
}

static int
role_hint(const char *p, size_t n)
{
	static const struct { const char *s; int h; } hints[] = {
		{ "THE VICE PRESIDENT", SPK_H_VICE }, { "VICE PRESIDENT", SPK_H_VICE },
		{ "THE PRESIDENT", SPK_H_PRESIDENT }, { "PRESIDENT", SPK_H_PRESIDENT },
		{ "THE PRESS SECRETARY", SPK_H_SPOKES }, { "PRESS SECRETARY", SPK_H_SPOKES },
		{ "SPOKESPERSON", SPK_H_SPOKES }, { "SPOKESMAN", SPK_H_SPOKES },
		{ "SPOKESWOMAN", SPK_H_SPOKES }, { "THE SPOKESPERSON", SPK_H_SPOKES },
		{ "MODERATOR", SPK_H_HOST }, { "THE MODERATOR", SPK_H_HOST },
		{ "OPERATOR", SPK_H_HOST }, { "THE OPERATOR", SPK_H_HOST }, { "HOST", SPK_H_HOST },
		{ "MASTER OF CEREMONIES", SPK_H_HOST }, { "ANNOUNCER", SPK_H_HOST },
		{ "PRESENTER", SPK_H_HOST }, { "CHAIR", SPK_H_HOST }, { NULL, 0 } };
	for (int k = 0; hints[k].s; k++)
		if (spk_eq_ci(p, n, hints[k].s))
			return hints[k].h;
	return SPK_H_OFFICIAL;
}

/* Reporter roles written as words: "Journalist", "Foreign Journalist", "REPORTER". */
static int
reporter_words(const char *p, size_t n)
{
	static const char *const w[] = { "journalist", "foreign journalist", "reporter",
		"question", "audience member", "participant", "questioner", "correspondent",
		"press", "media", "q", NULL };
	for (int k = 0; w[k]; k++)
		if (spk_eq_ci(p, n, w[k]))
			return 1;
	return 0;
}

static void nbsp_to_space(bk_buf *b);

void
spk_name_from_label(const char *p, size_t n, int lkind, spk_name *out)
{
	word w[16];
	out->hint = SPK_H_NONE;
	out->honorific = 0;
	out->buf.len = 0;
	if (lkind == SPK_L_Q || reporter_words(p, n)) {
		out->kind = SPK_N_Q;
		set(&out->buf, "", 0);
		return;
	}
	if (lkind == SPK_L_A || spk_eq_ci(p, n, "answer")) {
		out->kind = SPK_N_A;
		out->hint = SPK_H_SPOKES;
		set(&out->buf, "", 0);
		return;
	}
	if (spk_starts_ci(p, n, "follow-up") || spk_starts_ci(p, n, "follow up") ||
	    spk_eq_ci(p, n, "followup")) {
		out->kind = SPK_N_Q;
		out->hint = SPK_H_FOLLOWUP;
		set(&out->buf, "", 0);
		return;
	}
	if (lkind == SPK_L_CJK) {
		/* 记者 (reporter), 问 (question), 答 (answer), 主持人 (host) */
		if (spk_eq_ci(p, n, "\xe8\xae\xb0\xe8\x80\x85") || spk_eq_ci(p, n, "\xe9\x97\xae")) {
			out->kind = SPK_N_Q;
			set(&out->buf, "", 0);
			return;
		}
		if (spk_eq_ci(p, n, "\xe7\xad\x94")) {
			out->kind = SPK_N_A;
			out->hint = SPK_H_SPOKES;
			set(&out->buf, "", 0);
			return;
		}
		if (spk_eq_ci(p, n, "\xe4\xb8\xbb\xe6\x8c\x81\xe4\xba\xba")) {
			out->kind = SPK_N_ROLE;
			out->hint = SPK_H_HOST;
			set(&out->buf, p, n);
			return;
		}
		out->kind = SPK_N_NAME;
		set(&out->buf, p, n);
		return;
	}
	size_t k = split_words(p, n, w, 16);
	if (k == 0) {
		out->kind = SPK_N_Q;
		set(&out->buf, "", 0);
		return;
	}
	/* Titles come off the front; an honorific ends the stripping. */
	size_t first = 0;
	int all_title = 1;
	for (size_t i = 0; i < k; i++)
		if (!in_list(title_words, p + w[i].s, w[i].e - w[i].s))
			all_title = 0;
	/* Outlets: known words, an acronym among names written in mixed case
	 * ("AFP:" beside "Zhao Lijian:"), a title with "The" (The Paper) unless
	 * it is only office words: "THE President:" is a mis-typed role. */
	if ((lkind == SPK_L_MIXED && (spk_name_is_outlet(p, n) ||
	      (spk_starts_ci(p, n, "The ") && !all_title) ||
	     (k == 1 && n <= 6 && spk_is_upper((unsigned char)p[0]) && spk_is_upper((unsigned char)p[n - 1])))) ||
	    (lkind == SPK_L_UPPER && k == 1 && spk_name_is_outlet(p, n))) {
		out->kind = SPK_N_OUTLET;
		set(&out->buf, p, n);
		nbsp_to_space(&out->buf);
		return;
	}
	if (all_title && (spk_eq_ci(p + w[0].s, w[0].e - w[0].s, "THE") ||
	                  in_list(role_finals, p + w[k - 1].s, w[k - 1].e - w[k - 1].s))) {
		out->kind = SPK_N_ROLE;
		out->hint = role_hint(p, n);
		spk_name_titlecase(p, n, &out->buf);
		return;
	}
	while (first + 1 < k) {
		const char *s = p + w[first].s;
		size_t len = w[first].e - w[first].s;
		if (in_list(honorifics, s, len)) {
			out->honorific = 1;
			first++;
			break;
		}
		if (!in_list(title_words, s, len))
			break;
		first++;
	}
	out->kind = SPK_N_NAME;
	const char *s = p + w[first].s;
	size_t len = w[k - 1].e - w[first].s;
	if (lkind == SPK_L_UPPER) {
		spk_name_titlecase(s, len, &out->buf);
	} else {
		set(&out->buf, s, len);
	}
	nbsp_to_space(&out->buf);
}

/* No-break spaces inside a name become plain spaces, runs of them one. */
static void
nbsp_to_space(bk_buf *b)
{
	size_t j = 0;
	for (size_t i = 0; i < b->len; i++) {
		if ((unsigned char)b->p[i] == 0xc2 && i + 1 < b->len && (unsigned char)b->p[i + 1] == 0xa0) {
			if (j == 0 || b->p[j - 1] != ' ')
				b->p[j++] = ' ';
			i++;
		} else if (b->p[i] == ' ' && j > 0 && b->p[j - 1] == ' ') {
			continue;
		} else
			b->p[j++] = b->p[i];
	}
	b->len = j;
	b->p[j] = '\0';
}
