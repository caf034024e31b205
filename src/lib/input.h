/* input.h - documents and records: the two input shapes of the contract.
 *
 * A raw transcript is one document whose text is handed out in chunks that end
 * on a line or paragraph boundary, so that a file of any size streams in memory
 * bounded by its longest line or paragraph.  A TSV input (a header naming a
 * `text` column) gives one record per row.  Either way a record is: the
 * document's name, the byte offset of its text in that document, the decoded
 * text (valid UTF-8, no NUL), and for TSV every column of the row. */
#ifndef BK_INPUT_H
#define BK_INPUT_H
#include <stddef.h>
#include <stdint.h>

enum bk_shape { BK_SHAPE_AUTO, BK_SHAPE_RAW, BK_SHAPE_TSV };

/* Where a raw document may be cut into chunks. */
enum bk_chunking {
	BK_CHUNK_PARAGRAPH, /* after a blank line: paragraphs never straddle chunks */
	BK_CHUNK_LINE,      /* after any line end */
	BK_CHUNK_DOCUMENT   /* never: the whole document is one record */
};

typedef struct bk_inopts {
	int shape;               /* enum bk_shape: --raw, --tsv, or detect */
	const char *doc;         /* --doc NAME: the name of raw documents */
	int invalid_replace;     /* --invalid=replace: U+FFFD instead of an error */
	const char *encoding;    /* --encoding=NAME: convert from NAME first */
	int chunking;            /* enum bk_chunking */
} bk_inopts;

typedef struct bk_record {
	const char *doc;         /* document name, TSV-escaped (ready to write) */
	size_t doc_len;
	uint64_t start;          /* byte offset of text[0] in the document */
	const char *text;        /* decoded text: valid UTF-8, no NUL byte */
	size_t len;
	const char *const *field;/* TSV: every column of the row, as escaped in the input */
	const size_t *field_len;
	int new_doc;             /* the first record of a document */
	uint64_t doc_serial;     /* differs from one document to the next (a cache key) */
	unsigned long line;      /* line of the input file where the record begins */
} bk_record;

typedef struct bk_input bk_input;

/* Opens `path` ("-" is standard input) and detects its shape.  Never NULL:
 * check bk_input_error() before reading. */
bk_input *bk_input_open(const char *path, const bk_inopts *opts);
/* 1: *rec holds the next record (valid until the next call); 0: end of input;
 * -1: an error, described by bk_input_error(). */
int bk_input_next(bk_input *in, bk_record *rec);
/* The message for the last failure ("FILE:LINE:COL: what"), or NULL. */
const char *bk_input_error(const bk_input *in);
void bk_input_close(bk_input *in);

const char *bk_input_path(const bk_input *in);
int bk_input_is_tsv(const bk_input *in);
size_t bk_input_ncols(const bk_input *in);        /* 0 for raw text */
const char *bk_input_colname(const bk_input *in, size_t i);
long bk_input_col(const bk_input *in, const char *name); /* index, or -1 */
/* Bytes of the file consumed so far (for progress reports). */
uint64_t bk_input_bytes_read(const bk_input *in);

/* Calls fn(ctx) after every read from the file (for progress reports). */
void bk_input_on_read(bk_input *in, void (*fn)(void *), void *ctx);

/* Splits p[0..n) at TABs: stores the first `max` fields in f/fl (which may be
 * NULL when max is 0) and returns how many fields there are. */
size_t bk_tsv_split(const char *p, size_t n, const char **f, size_t *fl, size_t max);

/* Decode the four escapes (\\ \t \n \r) of p[0..n) into dst (room for n);
 * any other backslash stays literal.  Returns the decoded length. */
size_t bk_tsv_unescape(char *dst, const char *p, size_t n);
/* The decimal digits p[0..n) as a number: -1 when empty, not all digits, or
 * past UINT64_MAX. */
int bk_parse_u64(const char *p, size_t n, uint64_t *v);
/* *to += c, for counts read from a file (a partial, a reference), unless
 * the sum passes UINT64_MAX: a forged or corrupted count, which wrapped
 * round would be reported as if true.  -1 then, and *to is unchanged. */
static inline int
bk_add_count(uint64_t *to, uint64_t c)
{
	uint64_t sum;
	if (__builtin_add_overflow(*to, c, &sum))
		return -1;
	*to = sum;
	return 0;
}

#endif
