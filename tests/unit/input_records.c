/* The record reader: shape detection, column lookup, start offsets, the BOM,
 * CRLF, chunking of a long raw document, and offsets through two stages. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "lib/input.h"
#include "unit.h"

static char *
write_tmp(const char *content, size_t n)
{
	static int k;
	char *path = malloc(64);
	snprintf(path, 64, "/tmp/bk_unit_%d_%d", (int)getpid(), k++);
	FILE *f = fopen(path, "wb");
	fwrite(content, 1, n, f);
	fclose(f);
	return path;
}

static bk_inopts
opts(int shape, int chunking)
{
	bk_inopts o = { 0 };
	o.shape = shape;
	o.chunking = chunking;
	return o;
}

int
main(void)
{
	bk_record rec;
	bk_inopts o = opts(BK_SHAPE_AUTO, BK_CHUNK_PARAGRAPH);

	/* TSV: detected from the header; columns by name; start and doc read */
	const char *tsv = "doc\tspeaker\tstart\ttext\r\nd1\tHua\t120\tGood\\tafternoon.\\n\r\n"
	                  "d1\tQ\t150\tA question?\r\nd2\tHua\t0\tNext.\r\n";
	char *p = write_tmp(tsv, strlen(tsv));
	bk_input *in = bk_input_open(p, &o);
	CHECK(bk_input_error(in) == NULL);
	CHECK(bk_input_is_tsv(in));
	CHECK(bk_input_ncols(in) == 4);
	CHECK(bk_input_col(in, "speaker") == 1);
	CHECK(bk_input_col(in, "missing") == -1);
	CHECK(bk_input_next(in, &rec) == 1);
	CHECK_MEM(rec.text, rec.len, "Good\tafternoon.\n");
	CHECK_MEM(rec.doc, rec.doc_len, "d1");
	CHECK(rec.start == 120 && rec.new_doc && rec.line == 2);
	CHECK_MEM(rec.field[1], rec.field_len[1], "Hua");
	CHECK(bk_input_next(in, &rec) == 1);
	CHECK(rec.start == 150 && !rec.new_doc);
	CHECK(bk_input_next(in, &rec) == 1);
	CHECK(rec.new_doc);
	CHECK_MEM(rec.doc, rec.doc_len, "d2");
	CHECK(bk_input_next(in, &rec) == 0);
	bk_input_close(in);
	unlink(p);
	free(p);

	/* ragged TSV: an error naming the line */
	p = write_tmp("a\ttext\nx\ty\tz\n", 13);
	in = bk_input_open(p, &o);
	CHECK(bk_input_next(in, &rec) == -1);
	CHECK(bk_input_error(in) && strstr(bk_input_error(in), ":2: 3 fields where the header has 2"));
	bk_input_close(in);
	unlink(p);
	free(p);

	/* raw with a BOM: offsets count the BOM, so they stay offsets into the file */
	p = write_tmp("\xEF\xBB\xBFTitle\n\nBody.\n", 16);
	in = bk_input_open(p, &o);
	CHECK(!bk_input_is_tsv(in));
	CHECK(bk_input_next(in, &rec) == 1);
	CHECK(rec.start == 3);
	CHECK_MEM(rec.text, rec.len, "Title\n\nBody.\n");
	CHECK(bk_input_next(in, &rec) == 0);
	bk_input_close(in);
	unlink(p);
	free(p);

	/* a long raw document comes in chunks that end after blank lines, and
	 * the chunks' offsets add up to the whole */
	size_t big = 3 * 1024 * 1024, at = 0;
	char *doc = malloc(big);
	while (at < big) {
		const char *para = "Some sentence here. Another one follows it.\n\n";
		size_t l = strlen(para);
		if (at + l > big)
			l = big - at;
		memcpy(doc + at, para, l);
		at += l;
	}
	p = write_tmp(doc, big);
	in = bk_input_open(p, &o);
	uint64_t expect = 0;
	int chunks = 0, aligned = 1;
	while (bk_input_next(in, &rec) == 1) {
		CHECK(rec.start == expect);
		if (memcmp(doc + rec.start, rec.text, rec.len) != 0)
			aligned = 0;
		if (rec.start + rec.len < big && !(rec.len >= 2 && rec.text[rec.len - 1] == '\n' &&
		                                   rec.text[rec.len - 2] == '\n'))
			aligned = 0;
		expect += rec.len;
		chunks++;
	}
	CHECK(expect == big);
	CHECK(chunks > 1);
	CHECK(aligned);
	bk_input_close(in);
	unlink(p);
	free(p);
	free(doc);

	/* no blank line at all: a paragraph past 16 MB is cut at a line end */
	big = 20 * 1024 * 1024;
	doc = malloc(big);
	for (size_t i = 0; i < big; i++)
		doc[i] = i % 64 == 63 ? '\n' : 'x';
	p = write_tmp(doc, big);
	in = bk_input_open(p, &o);
	chunks = 0;
	aligned = 1;
	expect = 0;
	while (bk_input_next(in, &rec) == 1) {
		if (rec.text[rec.len - 1] != '\n' || rec.start != expect)
			aligned = 0;
		expect += rec.len;
		chunks++;
	}
	CHECK(chunks == 2 && aligned && expect == big);
	bk_input_close(in);
	unlink(p);
	free(p);
	free(doc);

	/* --tsv on a file without a text column: a clear error at open */
	bk_inopts t = opts(BK_SHAPE_TSV, BK_CHUNK_PARAGRAPH);
	p = write_tmp("doc\tbody\nx\ty\n", 13);
	in = bk_input_open(p, &t);
	CHECK(bk_input_error(in) && strstr(bk_input_error(in), "no 'text' column"));
	bk_input_close(in);
	unlink(p);
	free(p);

	/* invalid UTF-8 in raw text: line and column of the bad byte */
	p = write_tmp("line one\nab\xFF" "cd\n", 15);
	in = bk_input_open(p, &o);
	CHECK(bk_input_next(in, &rec) == -1);
	CHECK(bk_input_error(in) && strstr(bk_input_error(in), ":2:3: invalid UTF-8 (byte 0xFF)"));
	bk_input_close(in);
	/* ... and replaced: the record holds U+FFFD and the offsets count it */
	bk_inopts r = o;
	r.invalid_replace = 1;
	in = bk_input_open(p, &r);
	CHECK(bk_input_next(in, &rec) == 1);
	CHECK_MEM(rec.text, rec.len, "line one\nab\xEF\xBF\xBD" "cd\n");
	bk_input_close(in);
	unlink(p);
	free(p);
	return unit_end("input_records");
}
