/* num_dec.c - exact decimal values with small denominators (see num_dec.h). */
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "num_dec.h"

struct blk {
	struct blk *next;
	size_t cap, used;
	uint8_t data[];
};

struct num_arena {
	struct blk *head;
};

num_arena *
num_arena_new(void)
{
	num_arena *a = bk_xcalloc(1, sizeof *a);
	return a;
}

static uint8_t *
arena_alloc(num_arena *a, size_t n)
{
	struct blk *b = a->head;
	if (b == NULL || b->cap - b->used < n) {
		size_t cap = n > 16384 ? n : 16384;
		b = bk_xmalloc(sizeof *b + cap);
		b->cap = cap;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	uint8_t *p = b->data + b->used;
	b->used += n;
	return p;
}

/* Keeps one block (the newest) so that steady state allocates nothing. */
void
num_arena_reset(num_arena *a)
{
	struct blk *b = a->head;
	if (b == NULL)
		return;
	struct blk *rest = b->next;
	b->next = NULL;
	b->used = 0;
	while (rest != NULL) {
		struct blk *nx = rest->next;
		free(rest);
		rest = nx;
	}
}

void
num_arena_free(num_arena *a)
{
	if (a == NULL)
		return;
	num_arena_reset(a);
	free(a->head);
	free(a);
}

static inline int digit_at(const num_dec *x, int64_t i);

/* Drops leading (high) zero digits and moves trailing (low) zeros into exp. */
static void
normalize(num_dec *x)
{
	while (x->len > 0 && x->d[x->len - 1] == 0)
		x->len--;
	uint32_t k = 0;
	while (k < x->len && x->d[k] == 0)
		k++;
	if (k > 0) {
		x->d += k;
		x->len -= k;
		x->exp += (int32_t)k;
	}
	if (x->len == 0) {
		x->exp = 0;
		x->neg = 0;
	}
}

num_dec
num_dec_u64(num_arena *a, uint64_t v)
{
	num_dec x = { arena_alloc(a, 20), 0, 0, 1, 0 };
	while (v > 0) {
		x.d[x.len++] = (uint8_t)(v % 10);
		v /= 10;
	}
	normalize(&x);
	return x;
}

num_dec
num_dec_digits(num_arena *a, const char *p, size_t n, size_t frac)
{
	num_dec x = { arena_alloc(a, n + 1), (uint32_t)n, -(int32_t)frac, 1, 0 };
	for (size_t i = 0; i < n; i++)
		x.d[i] = (uint8_t)(p[n - 1 - i] - '0');
	normalize(&x);
	return x;
}

num_dec
num_dec_shift(num_dec x, int32_t k)
{
	if (x.len > 0)
		x.exp += k;
	return x;
}

int
num_dec_is_zero(const num_dec *x)
{
	return x->len == 0;
}

int
num_dec_is_int(const num_dec *x)
{
	return x->den == 1 && (x->len == 0 || x->exp >= 0);
}

int
num_dec_to_u64(const num_dec *x, uint64_t *v)
{
	if (!num_dec_is_int(x) || x->neg || (uint64_t)x->len + (uint64_t)x->exp > 20)
		return 0;
	uint64_t r = 0;
	for (int64_t i = (int64_t)x->len + x->exp; i-- > 0;)
		if (__builtin_mul_overflow(r, 10, &r) || __builtin_add_overflow(r, (uint64_t)digit_at(x, i), &r))
			return 0;
	*v = r;
	return 1;
}

/* |x| * m as a new digit array (m < 2^64). */
static num_dec
mag_mul_small(num_arena *a, const num_dec *x, uint64_t m)
{
	num_dec r = { arena_alloc(a, x->len + 21), 0, x->exp, x->den, x->neg };
	unsigned __int128 carry = 0;
	for (uint32_t i = 0; i < x->len; i++) {
		unsigned __int128 t = (unsigned __int128)x->d[i] * m + carry;
		r.d[r.len++] = (uint8_t)(t % 10);
		carry = t / 10;
	}
	while (carry > 0) {
		r.d[r.len++] = (uint8_t)(carry % 10);
		carry /= 10;
	}
	normalize(&r);
	return r;
}

/* Digit i (power 10^i overall) of a magnitude. */
static inline int
digit_at(const num_dec *x, int64_t i)
{
	int64_t k = i - x->exp;
	return k >= 0 && k < x->len ? x->d[k] : 0;
}

static int
mag_cmp(const num_dec *x, const num_dec *y)
{
	if (x->len == 0 || y->len == 0)
		return (x->len > 0) - (y->len > 0);
	int64_t tx = (int64_t)x->exp + x->len, ty = (int64_t)y->exp + y->len;
	if (tx != ty)
		return tx < ty ? -1 : 1;
	int64_t lo = x->exp < y->exp ? x->exp : y->exp;
	for (int64_t i = tx - 1; i >= lo; i--) {
		int a = digit_at(x, i), b = digit_at(y, i);
		if (a != b)
			return a < b ? -1 : 1;
	}
	return 0;
}

/* |x| + |y| (sub = 0) or |x| - |y| (sub = 1, |x| >= |y|), same denominator. */
static num_dec
mag_addsub(num_arena *a, const num_dec *x, const num_dec *y, int sub)
{
	if (y->len == 0)
		return *x;
	if (x->len == 0 && !sub)
		return *y;
	int64_t lo = x->exp < y->exp ? x->exp : y->exp;
	int64_t tx = (int64_t)x->exp + x->len, ty = (int64_t)y->exp + y->len;
	int64_t hi = tx > ty ? tx : ty;
	size_t n = (size_t)(hi - lo) + 1;
	num_dec r = { arena_alloc(a, n), 0, (int32_t)lo, x->den, x->neg };
	int carry = 0;
	for (int64_t i = lo; i <= hi; i++) {
		int t = sub ? digit_at(x, i) - digit_at(y, i) - carry
		            : digit_at(x, i) + digit_at(y, i) + carry;
		carry = 0;
		if (t < 0) {
			t += 10;
			carry = 1;
		} else if (t >= 10) {
			t -= 10;
			carry = 1;
		}
		r.d[r.len++] = (uint8_t)t;
	}
	normalize(&r);
	return r;
}

static uint64_t
gcd64(uint64_t a, uint64_t b)
{
	while (b != 0) {
		uint64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* The digits (exp ignored) modulo m. */
static uint64_t
digits_mod(const num_dec *x, uint64_t m)
{
	unsigned __int128 r = 0;
	for (uint32_t i = x->len; i-- > 0;)
		r = (r * 10 + x->d[i]) % m;
	return (uint64_t)r;
}

/* Exact division of the digits by m (m divides them). */
static num_dec
digits_div(num_arena *a, const num_dec *x, uint64_t m)
{
	num_dec r = { arena_alloc(a, x->len + 1), x->len, x->exp, x->den, x->neg };
	unsigned __int128 rem = 0;
	for (uint32_t i = x->len; i-- > 0;) {
		rem = rem * 10 + x->d[i];
		r.d[i] = (uint8_t)(rem / m);
		rem %= m;
	}
	normalize(&r);
	return r;
}

/* Lowest terms; a denominator of only 2s and 5s becomes an exact decimal. */
static void
reduce(num_arena *a, num_dec *x)
{
	if (x->den == 1)
		return;
	if (x->len == 0) {
		x->den = 1;
		return;
	}
	uint64_t g = gcd64(digits_mod(x, x->den), x->den);
	if (g > 1) {
		uint64_t den = x->den / g;
		*x = digits_div(a, x, g);
		x->den = den;
	}
	/* 10^exp in the numerator cancels 2s and 5s of the denominator */
	while (x->exp > 0 && x->den > 1 && (x->den % 2 == 0 || x->den % 5 == 0)) {
		int two = x->den % 2 == 0;
		uint64_t den = x->den / (two ? 2 : 5);
		*x = mag_mul_small(a, x, two ? 5 : 2);
		x->exp -= 1;
		x->den = den;
	}
	uint64_t d = x->den;
	while (d % 2 == 0)
		d /= 2;
	while (d % 5 == 0)
		d /= 5;
	if (d != 1)
		return;
	while (x->den > 1) {
		int two = x->den % 2 == 0;
		uint64_t den = x->den / (two ? 2 : 5);
		*x = mag_mul_small(a, x, two ? 5 : 2);
		x->exp -= 1;
		x->den = den;
	}
}

int
num_dec_add(num_arena *a, const num_dec *x, const num_dec *y, num_dec *r)
{
	num_dec p = *x, q = *y;
	uint64_t den = x->den;
	if (x->den != y->den) {
		if (__builtin_mul_overflow(x->den, y->den, &den)) {
			r->d = NULL;
			return 0;
		}
		p = mag_mul_small(a, x, y->den);
		q = mag_mul_small(a, y, x->den);
	}
	p.den = q.den = den;
	if (p.neg == q.neg) {
		*r = mag_addsub(a, &p, &q, 0);
	} else if (mag_cmp(&p, &q) >= 0) {
		*r = mag_addsub(a, &p, &q, 1);
	} else {
		*r = mag_addsub(a, &q, &p, 1);
	}
	if (r->d == NULL)
		r->d = arena_alloc(a, 1);
	r->den = den;
	reduce(a, r);
	return 1;
}

int
num_dec_mul_u64(num_arena *a, const num_dec *x, uint64_t m, num_dec *r)
{
	*r = mag_mul_small(a, x, m);
	reduce(a, r);
	return 1;
}

int
num_dec_div_u64(num_arena *a, const num_dec *x, uint64_t m, num_dec *r)
{
	uint64_t den;
	if (m == 0 || __builtin_mul_overflow(x->den, m, &den)) {
		r->d = NULL;
		return 0;
	}
	*r = *x;
	r->den = den;
	reduce(a, r);
	return 1;
}

int
num_dec_cmp(num_arena *a, const num_dec *x, const num_dec *y)
{
	num_dec p = *x, q = *y;
	if (x->den != y->den) {
		p = mag_mul_small(a, x, y->den);
		q = mag_mul_small(a, y, x->den);
	}
	if (p.neg != q.neg && !(p.len == 0 && q.len == 0))
		return p.neg ? -1 : 1;
	int c = mag_cmp(&p, &q);
	return p.neg ? -c : c;
}

size_t
num_dec_format_max(const num_dec *x)
{
	int64_t e = x->exp < 0 ? -(int64_t)x->exp : x->exp;
	return (size_t)x->len + (size_t)e + NUM_DEC_SIG + 8;
}

static size_t
format_exact(const num_dec *x, char *dst)
{
	char *o = dst;
	if (x->len == 0) {
		*o++ = '0';
		return 1;
	}
	if (x->neg)
		*o++ = '-';
	int64_t top = (int64_t)x->exp + x->len; /* digits before the point */
	if (top <= 0) {
		*o++ = '0';
		*o++ = '.';
		for (int64_t i = 0; i < -top; i++)
			*o++ = '0';
		for (uint32_t i = x->len; i-- > 0;)
			*o++ = (char)('0' + x->d[i]);
		return (size_t)(o - dst);
	}
	for (int64_t i = top - 1; i >= 0; i--)
		*o++ = (char)('0' + digit_at(x, i));
	if (x->exp < 0) {
		*o++ = '.';
		for (int64_t i = -1; i >= x->exp; i--)
			*o++ = (char)('0' + digit_at(x, i));
	}
	return (size_t)(o - dst);
}

/* A non-terminating fraction: NUM_DEC_SIG significant digits, half up. */
static size_t
format_rational(const num_dec *x, char *dst)
{
	char sig[NUM_DEC_SIG + 2];
	int nsig = 0;
	int64_t point = 0;      /* quotient digits produced before the decimal point */
	int64_t produced = 0;
	int started = 0;
	unsigned __int128 rem = 0;
	uint64_t den = x->den;
	num_dec ix = *x; /* the integer numerator: digits * 10^max(exp, 0) */
	if (ix.exp < 0)
		ix.exp = 0;
	/* long division of the digits (most significant first), then zeros */
	for (int64_t i = (int64_t)ix.len - 1 + ix.exp;; i--) {
		int dg = i >= 0 ? digit_at(&ix, i) : 0;
		rem = rem * 10 + (unsigned)dg;
		int q = (int)(rem / den);
		rem %= den;
		produced++;
		if (i >= 0)
			point = produced;
		if (q != 0)
			started = 1;
		if (started) {
			sig[nsig++] = (char)q;
			if (nsig == NUM_DEC_SIG + 1)
				break;
		}
	}
	/* value = 0.q1q2... * 10^point * 10^min(exp,0) */
	int64_t pos = point + (x->exp < 0 ? x->exp : 0); /* digits before the point */
	int64_t lead = produced - nsig;                    /* zeros before sig[0] */
	int64_t first = pos - lead;                        /* power+1 of sig[0] */
	/* round half up */
	int up = sig[NUM_DEC_SIG] >= 5;
	nsig = NUM_DEC_SIG;
	for (int i = nsig - 1; up && i >= 0; i--) {
		if (sig[i] == 9) {
			sig[i] = 0;
		} else {
			sig[i]++;
			up = 0;
		}
	}
	if (up) { /* 999... rounded to 1000... */
		memmove(sig + 1, sig, (size_t)nsig - 1);
		sig[0] = 1;
		first++;
	}
	while (nsig > 0 && sig[nsig - 1] == 0)
		nsig--;
	char *o = dst;
	if (x->neg)
		*o++ = '-';
	if (first <= 0) {
		*o++ = '0';
		*o++ = '.';
		for (int64_t i = 0; i < -first; i++)
			*o++ = '0';
		for (int i = 0; i < nsig; i++)
			*o++ = (char)('0' + sig[i]);
	} else {
		for (int64_t i = 0; i < first; i++)
			*o++ = (char)('0' + (i < nsig ? sig[i] : 0));
		if (nsig > first) {
			*o++ = '.';
			for (int64_t i = first; i < nsig; i++)
				*o++ = (char)('0' + sig[i]);
		}
	}
	return (size_t)(o - dst);
}

size_t
num_dec_format(const num_dec *x, char *dst, size_t cap)
{
	if (cap < num_dec_format_max(x))
		return 0;
	return x->den == 1 ? format_exact(x, dst) : format_rational(x, dst);
}
