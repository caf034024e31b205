/* input.c - reading raw transcripts and TSV records, streaming. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uniconv.h>
#include "err.h"
#include "input.h"
#include "mem.h"
#include "out.h"
#include "utf8.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A raw chunk is cut once this much text is buffered (then at the next boundary):
 * large enough to amortise per-record work, small enough to stay in cache. */
#define CHUNK_TARGET (256 * 1024)
#define READ_SIZE (256 * 1024)
/* A paragraph longer than this (no blank line in sight) is cut at a line end,
 * so that a file without blank lines still streams. */
#define PARAGRAPH_MAX (16 * 1024 * 1024)
/* A first line longer than this is not a TSV header. */
#define HEADER_MAX (64 * 1024)

/* Numbers documents across all inputs, so that per-document facts can be cached. */
static uint64_t doc_serial;

struct bk_input {
	char *path;
	int fd;
	bk_inopts opts;
	int tsv;
	char *err;

	char *buf;                /* buf[beg..end) holds unread bytes */
	size_t cap, beg, end;
	int eof;
	size_t scanned;           /* raw: buf[beg..scanned) holds no chunk boundary */
	uint64_t bytes_read;
	void (*on_read)(void *);
	void *on_read_ctx;

	uint64_t offset;          /* raw: document offset of buf[beg] */
	unsigned long line;       /* line number of buf[beg] */
	int started;              /* a record has been handed out */
	int warned_replace;
	bk_buf fixed;             /* raw chunk or TSV text after U+FFFD replacement */
	char *doc_esc;            /* the document name, escaped */
	size_t doc_esc_len;

	/* TSV */
	char **names;
	size_t ncols;
	long text_col, doc_col, start_col;
	const char **field;
	size_t *field_len;
	bk_buf text;
	bk_buf prev_doc;
};

static void
set_error(bk_input *in, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	free(in->err);
	in->err = bk_xstrdup(tmp);
}

/* Reads more bytes into the buffer; returns 0 at end of file, -1 on error. */
static int
fill(bk_input *in)
{
	if (in->eof)
		return 0;
	/* Consumed bytes make room before the buffer grows: a pipe's short
	 * reads would otherwise grow it with the input. */
	if (in->beg > 0 && (in->cap - in->end < READ_SIZE || in->beg == in->end)) {
		memmove(in->buf, in->buf + in->beg, in->end - in->beg);
		in->end -= in->beg;
		in->scanned -= in->beg < in->scanned ? in->beg : in->scanned;
		in->beg = 0;
	}
	if (in->cap - in->end < READ_SIZE) {
		size_t cap = in->cap ? in->cap : READ_SIZE;
		while (cap - in->end < READ_SIZE)
			cap *= 2;
		in->buf = bk_xrealloc(in->buf, cap);
		in->cap = cap;
	}
	for (;;) {
		ssize_t r = read(in->fd, in->buf + in->end, in->cap - in->end);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			set_error(in, "%s: read error: %s", in->path, strerror(errno));
			return -1;
		}
		if (r == 0) {
			in->eof = 1;
			return 0;
		}
		in->end += (size_t)r;
		in->bytes_read += (size_t)r;
		if (in->on_read)
			in->on_read(in->on_read_ctx);
		return 1;
	}
}

/* --encoding: the whole input is converted at once, then read from memory. */
static int
convert_whole(bk_input *in)
{
	while (fill(in) > 0)
		;
	if (in->err)
		return -1;
	size_t outlen = 0;
	char *conv = (char *)u8_conv_from_encoding(in->opts.encoding, iconveh_error,
	                                            in->buf + in->beg, in->end - in->beg,
	                                            NULL, NULL, &outlen);
	if (conv == NULL) {
		if (errno == EINVAL)
			set_error(in, "%s: cannot convert from encoding '%s'", in->path,
			          in->opts.encoding);
		else
			set_error(in, "%s: not valid %s text: %s", in->path, in->opts.encoding,
			          strerror(errno));
		return -1;
	}
	free(in->buf);
	in->buf = conv;
	in->cap = in->end = outlen;
	in->beg = 0;
	return 0;
}

static int
is_blank_line(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')
			i++;
		else if (p[i] == '\xC2' && i + 1 < n && p[i + 1] == '\xA0')
			i += 2;
		else
			return 0;
	}
	return 1;
}

/* Looks for the last chunk boundary in buf[from..end); returns the offset
 * just past it, or 0 when there is none. */
static size_t
last_boundary(const bk_input *in, size_t from)
{
	const char *b = in->buf;
	size_t i = in->end;
	while (i > from) {
		const char *nl = memrchr(b + from, '\n', i - from);
		if (nl == NULL)
			return 0;
		size_t at = (size_t)(nl - b);
		if (in->opts.chunking == BK_CHUNK_LINE)
			return at + 1;
		const char *prev = at > in->beg ? memrchr(b + in->beg, '\n', at - in->beg) : NULL;
		size_t ls = prev ? (size_t)(prev - b) + 1 : in->beg;
		if (prev != NULL && is_blank_line(b + ls, at - ls))
			return at + 1;
		i = at;
	}
	return 0;
}

static unsigned long
count_lines(const char *p, size_t n)
{
	unsigned long k = 0;
	const char *e = p + n;
#if defined(__SSE2__)
	/* sixteen bytes a step, in byte counters added up every 255 steps:
	 * lines are short, a call of memchr per line is not */
	const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
	while (e - p >= 16) {
		__m128i acc = zero;
		for (int i = 0; i < 255 && e - p >= 16; i++, p += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)p), nl));
		__m128i s = _mm_sad_epu8(acc, zero);
		k += (unsigned long)_mm_cvtsi128_si32(s) + (unsigned long)_mm_cvtsi128_si32(_mm_srli_si128(s, 8));
	}
#endif
	while ((p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
		k++;
		p++;
	}
	return k;
}

/* Checks text for UTF-8 and NUL; replaces or reports.  On success *out and
 * *outlen give the text to use. */
static int
check_text(bk_input *in, const char *p, size_t n, unsigned long line, size_t col0,
           const char **out, size_t *outlen)
{
	size_t ok = bk_utf8_valid_prefix(p, n);
	*out = p;
	*outlen = n;
	if (ok == n)
		return 0;
	unsigned long l, c;
	bk_utf8_position(p, ok, line, &l, &c);
	if (l == line)
		c += col0;
	if (!in->opts.invalid_replace) {
		if (p[ok] == '\0')
			set_error(in, "%s:%lu:%lu: NUL byte in text (a binary file?); "
			          "use --invalid=replace to substitute U+FFFD",
			          in->path, l, c);
		else
			set_error(in, "%s:%lu:%lu: invalid UTF-8 (byte 0x%02X); "
			          "use --invalid=replace to substitute U+FFFD, "
			          "or --encoding=NAME if the file is in another encoding",
			          in->path, l, c, (unsigned)(unsigned char)p[ok]);
		return -1;
	}
	if (!in->warned_replace) {
		in->warned_replace = 1;
		fprintf(stderr, "%s: %s:%lu:%lu: warning: invalid UTF-8 replaced with U+FFFD "
		        "(first in this file)\n", bk_prog, in->path, l, c);
	}
	bk_buf *f = &in->fixed;
	f->len = 0;
	while (n > 0) {
		bk_buf_add(f, p, ok);
		p += ok;
		n -= ok;
		if (n == 0)
			break;
		size_t bad = bk_utf8_bad_len(p, n);
		bk_buf_add(f, "\xEF\xBF\xBD", 3);
		p += bad;
		n -= bad;
		ok = bk_utf8_valid_prefix(p, n);
	}
	*out = f->p;
	*outlen = f->len;
	return 0;
}

static int
next_raw(bk_input *in, bk_record *rec)
{
	size_t cut = 0;
	if (in->opts.chunking == BK_CHUNK_DOCUMENT) {
		while (fill(in) > 0)
			;
		if (in->err)
			return -1;
		cut = in->end;
	} else {
		for (;;) {
			if (in->end - in->beg >= CHUNK_TARGET) {
				size_t from = in->scanned > in->beg ? in->scanned : in->beg;
				cut = last_boundary(in, from);
				if (cut)
					break;
				in->scanned = in->end;
				if (in->end - in->beg >= PARAGRAPH_MAX) {
					const char *nl = memrchr(in->buf + in->beg, '\n', in->end - in->beg);
					if (nl != NULL) {
						cut = (size_t)(nl - in->buf) + 1;
						break;
					}
				}
			}
			int r = fill(in);
			if (r < 0)
				return -1;
			if (r == 0) {
				cut = in->end;
				break;
			}
		}
	}
	if (cut <= in->beg) {
		if (in->started)
			return 0;
		cut = in->beg; /* an empty document is still one (empty) record */
	}
	const char *p = in->buf + in->beg;
	size_t n = cut - in->beg;
	const char *text;
	size_t len;
	if (check_text(in, p, n, in->line, 0, &text, &len) < 0)
		return -1;
	rec->doc = in->doc_esc;
	rec->doc_len = in->doc_esc_len;
	rec->start = in->offset;
	rec->text = text;
	rec->len = len;
	rec->field = NULL;
	rec->field_len = NULL;
	rec->new_doc = !in->started;
	if (rec->new_doc)
		doc_serial++;
	rec->doc_serial = doc_serial;
	rec->line = in->line;
	in->started = 1;
	in->offset += len;
	in->line += count_lines(p, n);
	in->beg = cut;
	in->scanned = cut;
	return 1;
}

/* Finds the next line; returns its length (without '\n' and a final '\r'),
 * sets *linep, and advances past it.  -1 at end of input, -2 on error. */
static long
read_line(bk_input *in, const char **linep, size_t limit)
{
	size_t searched = in->beg;
	for (;;) {
		char *nl = memchr(in->buf + searched, '\n', in->end - searched);
		if (nl != NULL) {
			size_t len = (size_t)(nl - (in->buf + in->beg));
			*linep = in->buf + in->beg;
			in->beg += len + 1;
			if (len > 0 && (*linep)[len - 1] == '\r')
				len--;
			return (long)len;
		}
		if (limit && in->end - in->beg > limit)
			return -3;
		size_t done = in->end - in->beg;
		int r = fill(in);
		if (r < 0)
			return -2;
		searched = in->beg + done;
		if (r == 0) {
			if (in->beg == in->end)
				return -1;
			size_t len = in->end - in->beg;
			*linep = in->buf + in->beg;
			in->beg = in->end;
			if (len > 0 && (*linep)[len - 1] == '\r')
				len--;
			return (long)len;
		}
	}
}

size_t
bk_tsv_split(const char *p, size_t n, const char **f, size_t *fl, size_t max)
{
	size_t k = 0;
	const char *e = p + n;
	for (;;) {
		const char *t = memchr(p, '\t', (size_t)(e - p));
		const char *fe = t ? t : e;
		if (k < max) {
			f[k] = p;
			fl[k] = (size_t)(fe - p);
		}
		k++;
		if (t == NULL)
			return k;
		p = t + 1;
	}
}

static int
parse_header(bk_input *in, const char *p, size_t n)
{
	size_t k = bk_tsv_split(p, n, NULL, NULL, 0);
	in->ncols = k;
	in->names = bk_xcalloc(k, sizeof *in->names);
	in->field = bk_xcalloc(k, sizeof *in->field);
	in->field_len = bk_xcalloc(k, sizeof *in->field_len);
	bk_tsv_split(p, n, in->field, in->field_len, k);
	in->text_col = in->doc_col = in->start_col = -1;
	for (size_t i = 0; i < k; i++) {
		in->names[i] = bk_xmemdup(in->field[i], in->field_len[i]);
		if (in->text_col < 0 && strcmp(in->names[i], "text") == 0)
			in->text_col = (long)i;
		else if (in->doc_col < 0 && strcmp(in->names[i], "doc") == 0)
			in->doc_col = (long)i;
		else if (in->start_col < 0 && strcmp(in->names[i], "start") == 0)
			in->start_col = (long)i;
	}
	if (in->text_col < 0) {
		bk_buf names = { 0 };
		for (size_t i = 0; i < k && names.len < 200; i++) {
			if (i)
				bk_buf_add(&names, ", ", 2);
			bk_buf_add(&names, in->names[i], strlen(in->names[i]));
		}
		set_error(in, "%s:1: no 'text' column in the TSV header (columns: %s); "
		          "use --raw to read it as plain text", in->path, names.p ? names.p : "");
		bk_buf_free(&names);
		return -1;
	}
	return 0;
}

int
bk_parse_u64(const char *p, size_t n, uint64_t *v)
{
	uint64_t x = 0;
	if (n == 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		unsigned d = (unsigned)(p[i] - '0');
		if (x > (UINT64_MAX - d) / 10)
			return -1;
		x = x * 10 + d;
	}
	*v = x;
	return 0;
}

static int
next_tsv(bk_input *in, bk_record *rec)
{
	const char *p;
	long len = read_line(in, &p, 0);
	if (len == -1)
		return 0;
	if (len < 0)
		return -1;
	unsigned long line = ++in->line;
	size_t n = (size_t)len;
	if (bk_utf8_valid_prefix(p, n) != n) {
		/* the line is replaced into in->fixed, which lives until the next call */
		if (check_text(in, p, n, line, 0, &p, &n) < 0)
			return -1;
	}
	size_t k = bk_tsv_split(p, n, in->field, in->field_len, in->ncols);
	if (k != in->ncols) {
		set_error(in, "%s:%lu: %zu fields where the header has %zu (ragged TSV)",
		          in->path, line, k, in->ncols);
		return -1;
	}
	size_t tl = in->field_len[in->text_col];
	in->text.len = 0;
	bk_buf_reserve(&in->text, tl);
	in->text.len = bk_tsv_unescape(in->text.p, in->field[in->text_col], tl);
	in->text.p[in->text.len] = '\0';
	if (memchr(in->text.p, '\0', in->text.len) != NULL) {
		set_error(in, "%s:%lu: NUL byte in the text column", in->path, line);
		return -1;
	}
	rec->text = in->text.p;
	rec->len = in->text.len;
	if (in->doc_col >= 0) {
		rec->doc = in->field[in->doc_col];
		rec->doc_len = in->field_len[in->doc_col];
	} else {
		rec->doc = in->doc_esc;
		rec->doc_len = in->doc_esc_len;
	}
	rec->start = 0;
	if (in->start_col >= 0 &&
	    bk_parse_u64(in->field[in->start_col], in->field_len[in->start_col], &rec->start) < 0) {
		set_error(in, "%s:%lu: 'start' is not a byte offset: '%.*s'", in->path, line,
		          (int)(in->field_len[in->start_col] > 40 ? 40 : in->field_len[in->start_col]),
		          in->field[in->start_col]);
		return -1;
	}
	rec->new_doc = !in->started || in->prev_doc.len != rec->doc_len ||
	               memcmp(in->prev_doc.p, rec->doc, rec->doc_len) != 0;
	if (rec->new_doc)
		doc_serial++;
	rec->doc_serial = doc_serial;
	if (rec->new_doc) {
		in->prev_doc.len = 0;
		bk_buf_add(&in->prev_doc, rec->doc, rec->doc_len);
	}
	in->started = 1;
	rec->field = in->field;
	rec->field_len = in->field_len;
	rec->line = line;
	return 1;
}

static void
detect_shape(bk_input *in)
{
	while (in->end - in->beg < 3 && fill(in) > 0)
		;
	if (in->err)
		return;
	if (in->end - in->beg >= 3 && memcmp(in->buf + in->beg, "\xEF\xBB\xBF", 3) == 0) {
		in->beg += 3;
		in->offset = 3; /* offsets stay offsets into the file */
	}
	if (in->opts.shape == BK_SHAPE_RAW)
		return;
	/* The header decides: a TSV input's first line names a `text` column. */
	const char *p;
	long len = read_line(in, &p, HEADER_MAX);
	if (len == -2)
		return;
	int looks_tsv = 0;
	if (len >= 4) {
		size_t n = (size_t)len;
		for (const char *f = p, *e = p + n; f < e;) {
			const char *t = memchr(f, '\t', (size_t)(e - f));
			const char *fe = t ? t : e;
			if (fe - f == 4 && memcmp(f, "text", 4) == 0)
				looks_tsv = 1;
			f = t ? t + 1 : e;
		}
		if (memchr(p, '\t', n) == NULL && in->opts.shape != BK_SHAPE_TSV)
			looks_tsv = 0;
	}
	if (in->opts.shape == BK_SHAPE_TSV || looks_tsv) {
		in->tsv = 1;
		in->line = 1;
		if (len < 0) {
			set_error(in, "%s: no TSV header line (the input is empty%s)", in->path,
			          len == -3 ? " or its first line is too long" : "");
			return;
		}
		if (bk_utf8_valid_prefix(p, (size_t)len) != (size_t)len) {
			set_error(in, "%s:1: the TSV header is not valid UTF-8", in->path);
			return;
		}
		parse_header(in, p, (size_t)len);
		return;
	}
	/* raw text: the first line is text (the buffer may have moved under p) */
	if (len >= 0)
		in->beg = (size_t)(p - in->buf);
}

bk_input *
bk_input_open(const char *path, const bk_inopts *opts)
{
	bk_input *in = bk_xcalloc(1, sizeof *in);
	in->opts = *opts;
	in->path = bk_xstrdup(strcmp(path, "-") == 0 ? "-" : path);
	const char *doc = strcmp(path, "-") == 0 ? "-" : path;
	if (opts->doc)
		doc = opts->doc;
	in->doc_esc = bk_xmalloc(2 * strlen(doc) + 1);
	in->doc_esc_len = bk_tsv_escape(in->doc_esc, doc, strlen(doc));
	in->line = 1;
	if (strcmp(path, "-") == 0) {
		in->fd = STDIN_FILENO;
	} else {
		in->fd = open(path, O_RDONLY);
		if (in->fd < 0) {
			set_error(in, "%s: %s", path, strerror(errno));
			return in;
		}
	}
	if (opts->encoding && convert_whole(in) < 0)
		return in;
	detect_shape(in);
	return in;
}

int
bk_input_next(bk_input *in, bk_record *rec)
{
	if (in->err)
		return -1;
	int r = in->tsv ? next_tsv(in, rec) : next_raw(in, rec);
	return r < 0 ? -1 : r;
}

const char *bk_input_error(const bk_input *in) { return in->err; }
const char *bk_input_path(const bk_input *in) { return in->path; }
int bk_input_is_tsv(const bk_input *in) { return in->tsv; }
size_t bk_input_ncols(const bk_input *in) { return in->tsv ? in->ncols : 0; }
const char *bk_input_colname(const bk_input *in, size_t i) { return in->names[i]; }
uint64_t bk_input_bytes_read(const bk_input *in) { return in->bytes_read; }

void
bk_input_on_read(bk_input *in, void (*fn)(void *), void *ctx)
{
	in->on_read = fn;
	in->on_read_ctx = ctx;
}

long
bk_input_col(const bk_input *in, const char *name)
{
	for (size_t i = 0; in->tsv && i < in->ncols; i++)
		if (strcmp(in->names[i], name) == 0)
			return (long)i;
	return -1;
}

void
bk_input_close(bk_input *in)
{
	if (in == NULL)
		return;
	if (in->fd > 0 && in->fd != STDIN_FILENO)
		close(in->fd);
	for (size_t i = 0; i < in->ncols; i++)
		free(in->names[i]);
	free(in->names);
	free(in->field);
	free(in->field_len);
	free(in->buf);
	free(in->path);
	free(in->err);
	free(in->doc_esc);
	bk_buf_free(&in->fixed);
	bk_buf_free(&in->text);
	bk_buf_free(&in->prev_doc);
	free(in);
}

size_t
bk_tsv_unescape(char *dst, const char *p, size_t n)
{
	char *d = dst;
	const char *e = p + n;
	while (p < e) {
		const char *bs = memchr(p, '\\', (size_t)(e - p));
		size_t run = bs ? (size_t)(bs - p) : (size_t)(e - p);
		memmove(d, p, run);
		d += run;
		p += run;
		if (p >= e)
			break;
		char c = p + 1 < e ? p[1] : 0;
		char v = c == '\\' ? '\\' : c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : 0;
		if (v) {
			*d++ = v;
			p += 2;
		} else {
			*d++ = '\\';
			p++;
		}
	}
	return (size_t)(d - dst);
}
