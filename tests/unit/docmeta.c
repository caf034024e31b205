/* Date and title of a briefing from its head, in the shapes transcripts use. */
#include "lib/docmeta.h"
#include "unit.h"

static void
check(const char *doc, const char *date, const char *title)
{
	bk_docmeta m;
	bk_docmeta_read(doc, strlen(doc), &m);
	CHECK_MEM(m.date, strlen(m.date), date);
	CHECK_MEM(m.title, strlen(m.title), title);
}

int
main(void)
{
	char iso[11];
	CHECK(bk_find_date("on May 11, 2018 at", 18, iso) && strcmp(iso, "2018-05-11") == 0);
	CHECK(bk_find_date("Sept. 3, 2019", 13, iso) && strcmp(iso, "2019-09-03") == 0);
	CHECK(bk_find_date("held 14 March 2020", 18, iso) && strcmp(iso, "2020-03-14") == 0);
	CHECK(bk_find_date("2026/09/14", 10, iso) && strcmp(iso, "2026-09-14") == 0);
	CHECK(bk_find_date("x 2021-01-20 y", 14, iso) && strcmp(iso, "2021-01-20") == 0);
	CHECK(bk_find_date("Earnest, 6/17/15", 16, iso) && strcmp(iso, "2015-06-17") == 0);
	CHECK(!bk_find_date("May 45, 2018", 12, iso));
	CHECK(!bk_find_date("in 2018 alone", 13, iso));
	CHECK(!bk_find_date("Mayday 11, 2018", 15, iso));

	check("Home > News > Briefings\n\nDeputy Spokesperson Li Wen's Regular Press Conference "
	      "on March 2, 2025\n\nGood afternoon.\n",
	      "2025-03-02", "Deputy Spokesperson Li Wen's Regular Press Conference on March 2, 2025");
	check("---\ntags: briefings\ndate: '2023-06-01'\ntitle: \"Press Briefing by Press\\_Secretary "
	      "Ana\\_Ruiz and the Climate\\_\\\n  Envoy\"\n---\n\nMS. RUIZ:  Hello.\n",
	      "2023-06-01", "Press Briefing by Press Secretary Ana Ruiz and the Climate Envoy");
	check("Remarks\n\nRemarks by the Governor in Press Briefing\n\nIssued on:   April 3, 2020\n",
	      "2020-04-03", "Remarks by the Governor in Press Briefing");
	check("Opening statement\n\nWe meet today.\n", "", "Opening statement");
	check("", "", "");
	return unit_end("docmeta");
}
