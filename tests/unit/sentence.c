/* The sentence API that segment, ngrams and numbers share: paragraphs end at
 * blank lines (spaces, tabs, no-break spaces), spans leave whitespace out, the
 * line-break modes, and a fragment's first line not taken as evidence. */
#include <stdlib.h>
#include "lib/sentence.h"
#include "unit.h"

/* The sentences of s, joined by '|'. */
static const char *
split(const char *s, int newline, int fragment)
{
	static char out[1024];
	bk_spans sp = { 0 };
	bk_sentopts o = { 0 };
	o.newline = newline;
	o.fragment = fragment;
	bk_sentences(s, strlen(s), &o, &sp);
	size_t k = 0;
	for (size_t i = 0; i < sp.n; i++) {
		if (i)
			out[k++] = '|';
		memcpy(out + k, s + sp.v[i].start, sp.v[i].end - sp.v[i].start);
		k += sp.v[i].end - sp.v[i].start;
	}
	out[k] = '\0';
	free(sp.v);
	return out;
}

#define SPLIT(s, nl, want) CHECK(strcmp(split(s, nl, 0), want) == 0 || \
	(fprintf(stderr, "  got  %s\n", split(s, nl, 0)), 0))

int
main(void)
{
	const char *doc = "  Title line\n \t\n\xc2\xa0 \nFirst. Second.  \n\nLast";
	size_t pos = 0, n = strlen(doc);
	bk_span p;
	CHECK(bk_next_paragraph(doc, n, &pos, &p));
	CHECK_MEM(doc + p.start, p.end - p.start, "Title line");
	CHECK(bk_next_paragraph(doc, n, &pos, &p));
	CHECK_MEM(doc + p.start, p.end - p.start, "First. Second.");
	CHECK(bk_next_paragraph(doc, n, &pos, &p));
	CHECK_MEM(doc + p.start, p.end - p.start, "Last");
	CHECK(!bk_next_paragraph(doc, n, &pos, &p));

	SPLIT("Mr. Li met U.S. officials. They left.", BK_NL_AUTO,
	      "Mr. Li met U.S. officials.|They left.");
	SPLIT("I live in the U.S. How about you?", BK_NL_AUTO,
	      "I live in the U.S.|How about you?");
	SPLIT("We met at 5 p.m. on Jan. 5 in room No. 3.", BK_NL_AUTO,
	      "We met at 5 p.m. on Jan. 5 in room No. 3.");
	SPLIT("中方表示欢迎。我们希望各方保持克制！", BK_NL_AUTO,
	      "中方表示欢迎。|我们希望各方保持克制！");
	SPLIT("Wang Zhigang:\nThank you.", BK_NL_AUTO, "Wang Zhigang:|Thank you.");
	SPLIT("Wang Zhigang:\nThank you.", BK_NL_NEVER, "Wang Zhigang:\nThank you.");
	SPLIT("Home\nBriefings", BK_NL_AUTO, "Home|Briefings");
	SPLIT("Home\nBriefings", BK_NL_NEVER, "Home\nBriefings");
	SPLIT("a cold\nnight.", BK_NL_ALWAYS, "a cold|night.");
	SPLIT("Hello world.Today is Tuesday.", BK_NL_AUTO, "Hello world.|Today is Tuesday.");
	SPLIT("", BK_NL_AUTO, "");
	SPLIT("   ", BK_NL_AUTO, "");

	/* A piece of wrapped text that starts mid-line: as a paragraph of its own
	 * its short first line would make it a heading; as a fragment it is not. */
	CHECK(strcmp(split("Thank you for joining us on this\nHistoric day.", BK_NL_AUTO, 1),
	             "Thank you for joining us on this\nHistoric day.") == 0);
	CHECK(strcmp(split("Aboard Air Force One\nEn Route Kalamazoo", BK_NL_AUTO, 0),
	             "Aboard Air Force One|En Route Kalamazoo") == 0);

	bk_abbrevs *a = bk_abbrevs_load("/nonexistent/abbrev/file");
	CHECK(a == NULL);
	return unit_end("sentence");
}
