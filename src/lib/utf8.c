/* utf8.c - UTF-8 checks with an eight-bytes-at-a-time ASCII path. */
#include <stdint.h>
#include <string.h>
#include "utf8.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int
has_zero_or_high(uint64_t w)
{
	/* high bit set in any byte, or any byte zero */
	return ((w & 0x8080808080808080ULL) != 0) ||
	       (((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0);
}

/* Length of a valid non-ASCII sequence at p, or 0 (RFC 3629 ranges). */
static size_t
seq_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0];
	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && p[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && p[1] > 0x9F)
			return 0; /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && p[1] < 0x90)
			return 0;
		if (c == 0xF4 && p[1] > 0x8F)
			return 0;
		return 4;
	}
	return 0;
}

size_t
bk_utf8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
#if defined(__SSE2__)
		/* ASCII without NUL, sixteen bytes a step: most text is */
		const __m128i zero = _mm_setzero_si128();
		while (i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero))) != 0)
				break;
			i += 16;
		}
		if (i >= n)
			break;
#endif
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if (!has_zero_or_high(w)) {
				i += 8;
				continue;
			}
		}
		if (p[i] == 0)
			return i;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = seq_len(p + i, n - i);
		if (k == 0)
			return i;
		i += k;
	}
	return n;
}

size_t
bk_utf8_bad_len(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	/* One replacement per maximal ill-formed subpart (the Unicode practice):
	 * a lead byte swallows the continuation bytes that could still follow it. */
	unsigned c = p[0];
	size_t want = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 :
	              c >= 0xC2 && c <= 0xDF ? 2 : 1;
	size_t k = 1;
	while (k < want && k < n && (p[k] & 0xC0) == 0x80) {
		if (k == 1 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
		               (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F)))
			break;
		k++;
	}
	return k;
}

size_t
bk_utf8_decode(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	if (p[0] < 0x80 || n < 2) {
		*cp = p[0];
		return 1;
	}
	if (p[0] < 0xE0) {
		*cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
		return 2;
	}
	if (p[0] < 0xF0 || n < 4) {
		if (n < 3) {
			*cp = p[0];
			return 1;
		}
		*cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		return 3;
	}
	*cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
	      (p[3] & 0x3Fu);
	return 4;
}

size_t
bk_utf8_encode(char *d, unsigned cp)
{
	if (cp < 0x80) {
		d[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		d[0] = (char)(0xC0 | (cp >> 6));
		d[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		d[0] = (char)(0xE0 | (cp >> 12));
		d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		d[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	d[0] = (char)(0xF0 | (cp >> 18));
	d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	d[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void
bk_utf8_position(const char *p, size_t off, unsigned long line0,
                 unsigned long *line, unsigned long *col)
{
	unsigned long l = line0, c = 1;
	for (size_t i = 0; i < off; i++) {
		unsigned char b = (unsigned char)p[i];
		if (b == '\n') {
			l++;
			c = 1;
		} else if ((b & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}
