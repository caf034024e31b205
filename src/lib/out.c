/* out.c - buffered, checked standard output. */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
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
bk_out_flush(void)
{
	flush();
}

void
bk_out_write(const void *p, size_t n)
{
	if (n <= OUT_BUFSIZE - out_len) {
		memcpy(out_buf + out_len, p, n);
		out_len += n;
		return;
	}
	flush();
	if (n >= OUT_BUFSIZE) {
		write_all(p, n);
		return;
	}
	memcpy(out_buf + out_len, p, n);
	out_len += n;
}

void
bk_out_str(const char *s)
{
	bk_out_write(s, strlen(s));
}

#ifdef __SSE2__
/* Bit i set when byte i of v needs a backslash (\\ tab newline return). */
static inline unsigned
escape_bits(__m128i v)
{
	const __m128i bs = _mm_set1_epi8('\\'), tab = _mm_set1_epi8('\t'),
	              lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, tab)),
	                         _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

size_t
bk_tsv_escape(char *dst, const char *p, size_t n)
{
	char *d = dst;
	size_t i = 0;
#ifdef __SSE2__
	/* Sixteen bytes at a time: each block is stored whole and the output
	 * advances to its first byte that needs a backslash.  The store stays
	 * inside the 2n bytes of room: d <= dst + 2i and i + 16 <= n. */
	while (i + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		_mm_storeu_si128((__m128i *)(void *)d, v);
		unsigned bits = escape_bits(v);
		if (bits == 0) {
			d += 16;
			i += 16;
			continue;
		}
		size_t k = (size_t)__builtin_ctz(bits);
		d += k;
		i += k;
		*d++ = '\\';
		*d++ = escape_letter[(unsigned char)p[i++]];
	}
	if (i < n && n >= 16) {
		/* The rest, fewer than sixteen bytes, in the last sixteen: most
		 * often there is nothing to escape there. */
		size_t rest = n - i;
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
		if ((escape_bits(v) >> (16 - rest)) == 0) {
			memcpy(d, p + i, rest);
			return (size_t)(d + rest - dst);
		}
	}
#endif
	for (; i < n; i++) {
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

/* The length of the run at p[0..n) that needs no escaping: sixteen bytes at
 * a time where SSE2 is there (transcripts are long lines of plain text). */
static inline size_t
plain_run(const char *p, size_t n)
{
	size_t run = 0;
#ifdef __SSE2__
	while (run + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + run));
		unsigned bits = escape_bits(v);
		if (bits)
			return run + (size_t)__builtin_ctz(bits);
		run += 16;
	}
#endif
	while (run < n && !escape_letter[(unsigned char)p[run]])
		run++;
	return run;
}

void
bk_out_field(const char *p, size_t n)
{
	while (n > 0) {
		/* Copy runs that need no escaping in one go. */
		size_t run = plain_run(p, n);
		bk_out_write(p, run);
		if (run == n)
			return;
		char esc[2] = { '\\', escape_letter[(unsigned char)p[run]] };
		bk_out_write(esc, 2);
		p += run + 1;
		n -= run + 1;
	}
}

/* Two digits at a time: offsets are written twice on every row. */
static const char digit_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

char *
bk_u64_to(char *dst, uint64_t v)
{
	/* The digits are counted first, then written from the last, two at a
	 * time. */
	static const uint64_t p10[20] = {
		1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
		100000000ull, 1000000000ull, 10000000000ull, 100000000000ull,
		1000000000000ull, 10000000000000ull, 100000000000000ull,
		1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
		1000000000000000000ull, 10000000000000000000ull
	};
	/* one digit: most counts, ranks and n of a report's long tail */
	if (v < 10) {
		*dst = (char)('0' + v);
		return dst + 1;
	}
	/* Digits without a loop: t = floor(log10(2^bits)) is log10(v) or one
	 * more; the table says which. */
	unsigned bits = 64 - (unsigned)__builtin_clzll(v | 1);
	size_t t = (bits * 1233) >> 12;
	size_t n = t + (v >= p10[t]);
	n += n == 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (v < 100000000) {
		/* Offsets mostly have up to eight digits: all eight are made at
		 * once in a word (two halves of four, then pairs, then digits,
		 * each divided by a multiply in its lane), and the leading zeros
		 * shifted out. */
		uint32_t x = (uint32_t)v;
		uint64_t h = (uint64_t)(x / 10000) | (uint64_t)(x % 10000) << 32;
		uint64_t hund = ((h * 10486) >> 20) & 0x0000007F0000007Full;    /* /100 */
		uint64_t pairs = hund | (h - hund * 100) << 16;
		uint64_t tens = ((pairs * 103) >> 10) & 0x000F000F000F000Full;  /* /10 */
		uint64_t w = (tens | (pairs - tens * 10) << 8) + 0x3030303030303030ull;
		w >>= 8 * (8 - n);
		memcpy(dst, &w, 8);
		return dst + n;
	}
#endif
	char *q = dst + n;
	if (v <= 0xFFFFFFFFu) {
		/* the common case: 32-bit division by 100 is a cheap multiply */
		uint32_t w = (uint32_t)v;
		while (w >= 100) {
			uint32_t r = w % 100;
			w /= 100;
			q -= 2;
			q[0] = digit_pairs[2 * r];
			q[1] = digit_pairs[2 * r + 1];
		}
		v = w;
	}
	while (v >= 100) {
		unsigned r = (unsigned)(v % 100);
		v /= 100;
		q -= 2;
		q[0] = digit_pairs[2 * r];
		q[1] = digit_pairs[2 * r + 1];
	}
	if (v >= 10) {
		q[-2] = digit_pairs[2 * v];
		q[-1] = digit_pairs[2 * v + 1];
	} else {
		q[-1] = (char)('0' + v);
	}
	return dst + n;
}

void
bk_out_u64(uint64_t v)
{
	/* Straight into the buffer. */
	if (OUT_BUFSIZE - out_len < 20)
		flush();
	out_len = (size_t)(bk_u64_to(out_buf + out_len, v) - out_buf);
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

char *
bk_fixed4_to(char *dst, double v)
{
	/* round(), half away from zero, without the call: the truncated
	 * magnitude and its exact fraction (below 2^53 both are exact) */
	double s = v * 10000, a = s < 0 ? -s : s;
	uint64_t x = (uint64_t)a;
	if (a - (double)x >= 0.5)
		x++;
	if (s < 0 && x != 0)
		*dst++ = '-';
	dst = bk_u64_to(dst, x / 10000);
	uint32_t f = (uint32_t)(x % 10000), hi = f / 100, lo = f % 100;
	dst[0] = '.';
	memcpy(dst + 1, digit_pairs + 2 * hi, 2);
	memcpy(dst + 3, digit_pairs + 2 * lo, 2);
	return dst + 5;
}

void
bk_out_fixed4(double v)
{
	/* beyond 1e11, v * 10000 passes 2^53 and its last digits are noise */
	if (!(v > -1e11 && v < 1e11)) {
		bk_out_fixed(v, 4);
		return;
	}
	if (OUT_BUFSIZE - out_len < 32)
		flush();
	out_len = (size_t)(bk_fixed4_to(out_buf + out_len, v) - out_buf);
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
