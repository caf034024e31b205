/* out.c - buffered, checked standard output. */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "err.h"
#include "out.h"

#define OUT_BUFSIZE (128 * 1024)

static char out_buf[OUT_BUFSIZE];
static size_t out_len;
static int out_line_buffered;
static int out_failed;

/* Which bytes need a backslash, and the letter that follows it. */
static const char escape_letter[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r',
};

void
bk_out_init(int line_buffered)
{
	out_line_buffered = line_buffered;
}

static void
write_all(const char *p, size_t n)
{
	while (n > 0 && !out_failed) {
		ssize_t w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(0); /* the reader has gone: a quiet, successful end */
			out_failed = 1;
			bk_die(1, "write error:");
		}
		p += w;
		n -= (size_t)w;
	}
}

static void
flush(void)
{
	if (out_len) {
		size_t n = out_len;
		out_len = 0;
		write_all(out_buf, n);
	}
}

void
bk_out_write(const void *p, size_t n)
{
	if (n > OUT_BUFSIZE - out_len) {
		flush();
		if (n >= OUT_BUFSIZE) {
			write_all(p, n);
			return;
		}
	}
	memcpy(out_buf + out_len, p, n);
	out_len += n;
}

void
bk_out_str(const char *s)
{
	bk_out_write(s, strlen(s));
}

size_t
bk_tsv_escape(char *dst, const char *p, size_t n)
{
	char *d = dst;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (escape_letter[c]) {
			*d++ = '\\';
			*d++ = escape_letter[c];
		} else {
			*d++ = (char)c;
		}
	}
	return (size_t)(d - dst);
}

void
bk_out_field(const char *p, size_t n)
{
	while (n > 0) {
		/* Copy runs that need no escaping in one go. */
		size_t run = 0;
		while (run < n && !escape_letter[(unsigned char)p[run]])
			run++;
		bk_out_write(p, run);
		if (run == n)
			return;
		char esc[2] = { '\\', escape_letter[(unsigned char)p[run]] };
		bk_out_write(esc, 2);
		p += run + 1;
		n -= run + 1;
	}
}

void
bk_out_u64(uint64_t v)
{
	char tmp[24];
	char *e = tmp + sizeof tmp, *s = e;
	do {
		*--s = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	bk_out_write(s, (size_t)(e - s));
}

void
bk_out_i64(int64_t v)
{
	if (v < 0) {
		bk_out_write("-", 1);
		bk_out_u64((uint64_t)0 - (uint64_t)v);
	} else {
		bk_out_u64((uint64_t)v);
	}
}

void
bk_out_fixed(double v, int prec)
{
	char tmp[64];
	int n;
	if (isnan(v))
		n = snprintf(tmp, sizeof tmp, "nan");
	else if (isinf(v))
		n = snprintf(tmp, sizeof tmp, v > 0 ? "inf" : "-inf");
	else if (fabs(v) >= 1e40)
		n = snprintf(tmp, sizeof tmp, "%.*e", prec, v);
	else
		n = snprintf(tmp, sizeof tmp, "%.*f", prec, v);
	/* "-0.000" says nothing a reader wants to see */
	if (n > 1 && tmp[0] == '-' && strspn(tmp + 1, "0.") == (size_t)(n - 1)) {
		bk_out_write(tmp + 1, (size_t)n - 1);
		return;
	}
	bk_out_write(tmp, (size_t)n);
}

void
bk_out_tab(void)
{
	if (out_len == OUT_BUFSIZE)
		flush();
	out_buf[out_len++] = '\t';
}

void
bk_out_endrow(void)
{
	if (out_len == OUT_BUFSIZE)
		flush();
	out_buf[out_len++] = '\n';
	if (out_line_buffered)
		flush();
}

int
bk_out_finish(void)
{
	flush();
	if (close(STDOUT_FILENO) != 0 && errno != EBADF && errno != EINTR) {
		if (errno == EPIPE)
			return 0;
		bk_warn("write error:");
		return 1;
	}
	return out_failed;
}

void
bk_out_abandon(void)
{
	if (out_failed)
		return;
	out_failed = 1; /* no second message if this write fails too */
	while (out_len) {
		ssize_t w = write(STDOUT_FILENO, out_buf, out_len);
		if (w <= 0)
			break;
		memmove(out_buf, out_buf + w, out_len - (size_t)w);
		out_len -= (size_t)w;
	}
}
