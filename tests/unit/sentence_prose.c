/* bk_sentences' shortcut for hard-wrapped prose (wrapped_prose in
 * sentence.c) against its full look at every line (scan_line and
 * block_breaks): on paragraphs made to sit on either side of each of the
 * full look's rules, the shortcut never passes over a line break that the
 * full look makes a boundary, and it does take the paragraphs it was made
 * for. */
#include <stdint.h>
#include "lib/sentence.h"
#include "unit.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static unsigned
pick(unsigned n)
{
	return unit_rand(&rng, n);
}

static const char *const words[] = {
	"the", "of", "and", "to", "in", "a", "we", "firmly", "oppose", "China", "said",
	"cooperation", "Belt", "Road", "U.S.", "Mr.", "development", "shared", "future",
	"mankind", "competent", "authorities", "I", "would", "refer", "you", "Q",
	"caf\xc3\xa9", "\xe4\xb8\xad\xe6\x96\xb9", "Beijing\xe2\x80\x99s", "2024", "No.", "e.g.",
};
static const char *const starts[] = {
	"1. ", "2) ", "a) ", "(3) ", "- ", "* ", "Q: ", "Q ", "A: ", "MR. SMITH: ",
	"Wang Zhigang: ", "THE PRESIDENT: ", "12:3 ", "\xe2\x80\xa2 ", "\xc3\xa9t\xc3\xa9 ",
	"IN ", "O.K. ", "iv. ", "B. ", "___", "--- ", "# ", "12. ", "1.2 ", "I ", "A ",
};
static const char *const ends[] = {
	".", ",", ":", ";", "\xe2\x80\x94", "?", "!", " ", "  ", "\r", "\"", ".\"", ")",
	"-", "\xe2\x80\xa6", " \r", "\xc2\xa0", ": ", "Mr.", "\xef\xbc\x9a",
};
static const char *const whole[] = {
	"Q", "A", "Wang Zhigang:", "MS. PSAKI:", "* * *", "x", "Briefing", "MORE",
};

/* s evaluated once: it is often a pick() */
#define CAT(s) do { const char *s_ = (s); size_t l_ = strlen(s_); if (len + l_ < cap) { memcpy(buf + len, s_, l_); len += l_; } } while (0)

/* One line of about `width` characters into buf at len. */
static size_t
make_line(char *buf, size_t len, size_t cap, unsigned width)
{
	size_t start = len;
	if (pick(20) == 0) {
		CAT(whole[pick(sizeof whole / sizeof *whole)]);
		return len;
	}
	if (pick(4) == 0)
		CAT(starts[pick(sizeof starts / sizeof *starts)]);
	unsigned target = width > 15 ? width - pick(15) : width;
	while (len - start < target) {
		if (len > start && buf[len - 1] != ' ')
			CAT(" ");
		CAT(words[pick(sizeof words / sizeof *words)]);
	}
	if (pick(3) == 0)
		CAT(ends[pick(sizeof ends / sizeof *ends)]);
	return len;
}

int
main(void)
{
	static const unsigned widths[] = { 30, 45, 60, 70, 72, 80, 95, 110 };
	static const unsigned nlines[] = { 1, 2, 2, 3, 3, 4, 5, 9, 70 };
	char buf[16384];
	size_t taken = 0, declined = 0, wrong = 0;
	for (int t = 0; t < 40000; t++) {
		size_t len = 0, cap = sizeof buf;
		unsigned k = nlines[pick(sizeof nlines / sizeof *nlines)];
		unsigned width = widths[pick(sizeof widths / sizeof *widths)];
		for (unsigned i = 0; i < k; i++) {
			if (i)
				CAT("\n");
			size_t before = len;
			len = make_line(buf, len, cap, width);
			if (i + 1 == k && pick(3) == 0 && len > before + 1)
				len = before + 1 + pick((unsigned)(len - before - 1));
		}
		int fragment = pick(8) == 0;
		size_t full;
		if (bk_sentences_prose_check(buf, len, fragment, &full)) {
			taken++;
			if (full != 0 && wrong++ < 5)
				fprintf(stderr, "shortcut passed over %zu boundaries in:\n%.*s\n---\n",
				        full, (int)len, buf);
		} else {
			declined++;
		}
	}
	CHECK(wrong == 0);
	/* both sides seen often: the paragraphs reach each rule */
	CHECK(taken > 4000);
	CHECK(declined > 4000);

	/* paragraphs written out, and what each side makes of them */
	struct {
		const char *p;
		int shortcut;      /* what the shortcut must say */
		size_t full;       /* boundaries of the full look */
	} cases[] = {
		/* a verse wrapped at 70 columns: no boundary, found by the shortcut */
		{ "1:2 And the earth was without form, and void; and darkness was upon\n"
		  "the face of the deep. And the Spirit of God moved upon the face of the\n"
		  "waters.", 1, 0 },
		/* the same with CRLF line ends */
		{ "1:2 And the earth was without form, and void; and darkness was upon\r\n"
		  "the face of the deep. And the Spirit of God moved upon the face of the\r\n"
		  "waters.", 1, 0 },
		/* one line */
		{ "We firmly oppose any interference in China's internal affairs.", 1, 0 },
		/* a first word that is not ASCII */
		{ "Beijing\xe2\x80\x99s position on the matter has been consistent and clear over\n"
		  "caf\xc3\xa9 owners, farmers and workers who depend on open trade.", 1, 0 },
		/* a label over its answer: a boundary after the label */
		{ "Wang Zhigang:\nThe ministry will publish the figures for the third quarter soon.", 0, 1 },
		/* a list: each item a unit */
		{ "The plan has three parts that the ministry described in some detail:\n"
		  "1. more support for the manufacturing sector and its workers across the\n"
		  "2. further opening up of the services sector to foreign investment.", 0, 2 },
		/* short lines: each its own unit */
		{ "Good afternoon\nWelcome to the briefing\nLet us begin", 0, 2 },
		/* two trailing spaces: a Markdown line break */
		{ "The spokesperson took questions from reporters after the statement  \n"
		  "Then the minister left the room for another meeting with delegates.", 0, 1 },
		/* two lines, the second capitalised: the full look judges the title */
		{ "Remarks by the Spokesperson on the Visit of the Foreign Minister\n"
		  "The Foreign Minister will travel to three countries in the region.", 0, 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t full;
		int s = bk_sentences_prose_check(cases[i].p, strlen(cases[i].p), 0, &full);
		CHECK(s == cases[i].shortcut || (fprintf(stderr, "  case %zu: shortcut %d\n", i, s), 0));
		CHECK(full == cases[i].full || (fprintf(stderr, "  case %zu: full %zu\n", i, full), 0));
	}
	return unit_failures ? 1 : 0;
}
