/* ng_report.c - choosing, scoring, sorting and writing the n-gram rows. */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "msort.h"
#include "ng_assoc.h"
#include "bar.h"
#include "ng_report.h"
#include "out.h"

/* The output loop goes through the rows in sorted order, that is at random:
 * a row holds what it writes (not just where to find it) in half a cache
 * line, and the rows ahead are prefetched.  What only some options need is
 * in arrays of their own, indexed like the rows. */
typedef struct row {
	uint64_t count;
	const uint32_t *words;   /* the term ids, in the n-gram table */
	uint32_t docs;
	uint32_t e;              /* its slot in the n-gram table (best[e]: its form) */
	uint32_t g;              /* group */
	uint32_t n;
} row;

/* --assoc: the weakest split's scores */
typedef struct row_assoc {
	uint32_t split;          /* words in the left part */
	uint64_t left, right;
	ng_scores s;
} row_assoc;

/* the byte-order sort (no ranks): the joined term in the text buffer */
typedef struct row_text {
	uint64_t off;
	uint32_t len;
} row_text;

/* The report's large arrays (rows, keys, the sort's buffers: some 25 MB on
 * kjv x10) come from bk_big_alloc: glibc would map blocks this large afresh
 * every time, in 4 KiB pages (mem.h).  Each is written whole before it is
 * read, so is not zeroed (some 20 MB of memset in the serial tail); only
 * pick_forms' sums start from zero. */

/* Rows are formatted straight into a buffer of whole rows, written a few
 * dozen kilobytes at a time: a call per field to out.c cost as much as the
 * rest of the report. */
#define LINE_FLUSH (64 * 1024)

/* Some byte of x is below 0x0E or a backslash (may say so wrongly: the
 * escaping that follows is exact). */
static inline int
maybe_escape(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t y = x ^ (0x5C * ones);
	return (((x - 0x0E * ones) & ~x) | ((y - ones) & ~y)) & high ? 1 : 0;
}

/* p[0..n) TSV-escaped at q (room for 2n bytes and at least 8), eight bytes
 * at a time: most fields are a word or two, loaded and stored whole. */
static char *
put_field(char *q, const char *p, size_t n)
{
	uint64_t w;
	if (n <= 8) {
		/* the bytes, spaces above them (a space needs no escaping) */
		w = bk_hash_pack(p, n);
		if (n < 8)
			w |= 0x2020202020202020ull << (8 * n);
		if (maybe_escape(w))
			return q + bk_tsv_escape(q, p, n);
		memcpy(q, &w, 8);
		return q + n;
	}
	for (size_t i = 0; i + 8 < n; i += 8) {
		memcpy(&w, p + i, 8);
		if (maybe_escape(w))
			return q + bk_tsv_escape(q, p, n);
	}
	memcpy(&w, p + n - 8, 8);
	if (maybe_escape(w))
		return q + bk_tsv_escape(q, p, n);
	for (size_t i = 0; i + 8 < n; i += 8)
		memcpy(q + i, p + i, 8);
	memcpy(q + n - 8, &w, 8);
	return q + n;
}

static const char *sort_text;  /* qsort has no context argument */
static int sort_measure;

/* Byte order of two word sequences joined by spaces: a space sorts before
 * every byte a token can hold, so word-by-word comparison gives the same. */
static int
cmp_words(const bk_hash *strs, const uint32_t *a, const uint32_t *b, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (a[i] == b[i])
			continue;
		size_t la, lb;
		const char *sa = bk_hash_key(strs, a[i], &la), *sb = bk_hash_key(strs, b[i], &lb);
		int c = memcmp(sa, sb, la < lb ? la : lb);
		if (c)
			return c;
		if (la != lb)
			return la < lb ? -1 : 1;
	}
	return 0;
}

/* What rows sort by, small enough to move fast: (group place, n), the
 * measure, and the term's first 8 bytes as a big-endian number. */
typedef struct sortkey {
	uint64_t gn;
	double key;
	uint64_t prefix;
	uint32_t row;
} sortkey;

static const row *sort_rows;
static const row_text *sort_terms;

static int
key_cmp(const void *pa, const void *pb)
{
	const sortkey *a = pa, *b = pb;
	if (a->gn != b->gn)
		return a->gn < b->gn ? -1 : 1;
	if (a->key != b->key)
		return a->key > b->key ? -1 : 1;
	if (a->prefix != b->prefix)
		return a->prefix < b->prefix ? -1 : 1;
	const row_text *x = &sort_terms[a->row], *y = &sort_terms[b->row];
	size_t m = x->len < y->len ? x->len : y->len;
	int c = memcmp(sort_text + x->off, sort_text + y->off, m);
	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static inline int
key_less(const sortkey *a, const sortkey *b)
{
	if (a->gn != b->gn)
		return a->gn < b->gn;
	if (a->key != b->key)
		return a->key > b->key;
	if (a->prefix != b->prefix)
		return a->prefix < b->prefix;
	return key_cmp(a, b) < 0;
}

/* qsort's indirect calls and byte copies cost more than the comparisons. */
BK_DEFINE_MSORT(sort_keys, sortkey, key_less)

static uint64_t prefix8(const char *p, size_t n);

/* ---- sorting by word ranks ------------------------------------------------
 *
 * Each term gets its place in byte order (rank); as cmp_words says, the
 * word-by-word order of two n-grams' ranks is then the byte order of their
 * joined terms, provided no term holds a byte at or below the space (else
 * the byte comparison above is used).  The first words' ranks, packed in one
 * number, make the rows' order a comparison of integers, sorted by radix;
 * only n-grams longer than what fits compare further words afterwards. */

typedef struct tkey {
	uint64_t prefix;
	uint32_t id;
} tkey;

static const bk_hash *tkey_strs;

static inline int
tkey_less(const tkey *a, const tkey *b)
{
	if (a->prefix != b->prefix)
		return a->prefix < b->prefix;
	/* equal first 8 bytes: with no NUL byte, both are at least 8 long */
	size_t la, lb;
	const char *sa = bk_hash_key(tkey_strs, a->id, &la), *sb = bk_hash_key(tkey_strs, b->id, &lb);
	int c = memcmp(sa, sb, la < lb ? la : lb);
	return c ? c < 0 : la < lb;
}

BK_DEFINE_MSORT(sort_tkeys, tkey, tkey_less)

/* The rank of every term, or NULL when some term holds a byte <= ' '. */
static uint32_t *
term_ranks(const bk_hash *ts)
{
	size_t nt = bk_hash_count(ts);
	tkey *v = bk_xmalloc((nt ? nt : 1) * sizeof *v);
	for (uint32_t i = 0; i < nt; i++) {
		size_t len;
		const unsigned char *p = (const unsigned char *)bk_hash_key(ts, i, &len);
		for (size_t j = 0; j < len; j++) {
			if (p[j] <= ' ') {
				free(v);
				return NULL;
			}
		}
		v[i].prefix = prefix8((const char *)p, len);
		v[i].id = i;
	}
	tkey_strs = ts;
	sort_tkeys(v, nt);
	uint32_t *rank = bk_xmalloc((nt ? nt : 1) * sizeof *rank);
	for (size_t i = 0; i < nt; i++)
		rank[v[i].id] = (uint32_t)i;
	free(v);
	return rank;
}

/* A number in the order of the measure, descending (-0 is 0). */
static inline uint64_t
desc_bits(double key)
{
	if (sort_measure == NG_SORT_COUNT)
		return ~(uint64_t)key; /* a count, exact in a double */
	double x = key + 0.0;
	uint64_t u;
	memcpy(&u, &x, sizeof u);
	u = u >> 63 ? ~u : u | 1ull << 63;
	return ~u;
}

static inline uint64_t
key_word(const sortkey *k, unsigned w)
{
	return w == 0 ? k->prefix : w == 1 ? desc_bits(k->key) : k->gn;
}

/* x << s, 0 when s is 64 */
static inline uint64_t
shl(uint64_t x, unsigned s)
{
	return s < 64 ? x << s : 0;
}

typedef struct packed {
	uint64_t k;
	uint32_t row;
} packed;

/* The keys' varying bits fit in 64 (bits[w]: how many low bits of word w
 * vary): sorted as one number, 11 bits at a time. */
static sortkey *
radix_packed(sortkey *v, size_t n, const unsigned bits[3])
{
	packed *a = bk_big_alloc(n * sizeof *a), *b = bk_big_alloc(n * sizeof *b);
	unsigned total = bits[0] + bits[1] + bits[2];
	uint64_t m0 = bits[0] ? ~0ull >> (64 - bits[0]) : 0, m1 = bits[1] ? ~0ull >> (64 - bits[1]) : 0;
	uint64_t m2 = bits[2] ? ~0ull >> (64 - bits[2]) : 0;
	unsigned nd = (total + 10) / 11;
	uint32_t (*cnt)[2048] = bk_xcalloc(nd, sizeof *cnt);
	for (size_t i = 0; i < n; i++) {
		uint64_t k = shl(shl(v[i].gn & m2, bits[1]) | (desc_bits(v[i].key) & m1), bits[0]) |
		             (v[i].prefix & m0);
		a[i].k = k;
		a[i].row = (uint32_t)i;
		for (unsigned d = 0; d < nd; d++)
			cnt[d][(k >> (11 * d)) & 2047]++;
	}
	for (unsigned d = 0; d < nd; d++) {
		uint32_t pos[2048], sum = 0;
		for (unsigned x = 0; x < 2048; x++) {
			pos[x] = sum;
			sum += cnt[d][x];
		}
		if (sum == cnt[d][(a[0].k >> (11 * d)) & 2047])
			continue;
		for (size_t i = 0; i < n; i++)
			b[pos[(a[i].k >> (11 * d)) & 2047]++] = a[i];
		packed *t = a;
		a = b;
		b = t;
	}
	/* the keys gathered in order */
	sortkey *out = bk_big_alloc(n * sizeof *out);
	for (size_t i = 0; i < n; i++) {
		if (i + 8 < n)
			__builtin_prefetch(&v[a[i + 8].row]);
		out[i] = v[a[i].row];
	}
	bk_big_free(v);
	bk_big_free(a);
	bk_big_free(b);
	free(cnt);
	return out;
}

/* Stable LSD radix sort of v by (gn, key descending, prefix), a byte at a
 * time, skipping the bytes no two keys differ in; v is freed, or returned
 * sorted. */
static sortkey *
radix_keys(sortkey *v, size_t n)
{
	if (n < 2)
		return v;
	uint64_t and_[3] = { ~0ull, ~0ull, ~0ull }, or_[3] = { 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		for (unsigned w = 0; w < 3; w++) {
			uint64_t x = key_word(&v[i], w);
			and_[w] &= x;
			or_[w] |= x;
		}
	}
	unsigned bits[3];
	for (unsigned w = 0; w < 3; w++)
		bits[w] = and_[w] == or_[w] ? 0 : 64 - (unsigned)__builtin_clzll(and_[w] ^ or_[w]);
	if (bits[0] + bits[1] + bits[2] <= 64)
		return radix_packed(v, n, bits);
	unsigned digit[24], nd = 0;
	for (unsigned d = 0; d < 24; d++)
		if (((and_[d / 8] ^ or_[d / 8]) >> (8 * (d % 8))) & 0xFF)
			digit[nd++] = d;
	size_t (*cnt)[256] = bk_xcalloc(nd, sizeof *cnt);
	for (size_t i = 0; i < n; i++) {
		uint64_t x[3] = { v[i].prefix, desc_bits(v[i].key), v[i].gn };
		for (unsigned j = 0; j < nd; j++)
			cnt[j][(x[digit[j] / 8] >> (8 * (digit[j] % 8))) & 0xFF]++;
	}
	sortkey *tmp = bk_big_alloc(n * sizeof *tmp), *a = v, *b = tmp;
	for (unsigned j = 0; j < nd; j++) {
		size_t pos[256], sum = 0;
		for (unsigned k = 0; k < 256; k++) {
			pos[k] = sum;
			sum += cnt[j][k];
		}
		unsigned w = digit[j] / 8, sh = 8 * (digit[j] % 8);
		for (size_t i = 0; i < n; i++)
			b[pos[(key_word(&a[i], w) >> sh) & 0xFF]++] = a[i];
		sortkey *t = a;
		a = b;
		b = t;
	}
	bk_big_free(b);
	free(cnt);
	return a;
}

/* For n-grams longer than the packed ranks: the further words. */
static const uint32_t *tail_rank;
static uint32_t tail_from;

static inline int
tail_less(const sortkey *a, const sortkey *b)
{
	const row *x = &sort_rows[a->row], *y = &sort_rows[b->row];
	const uint32_t *ka = x->words, *kb = y->words;
	for (uint32_t i = tail_from; i < x->n; i++)
		if (ka[i] != kb[i])
			return tail_rank[ka[i]] < tail_rank[kb[i]];
	return 0;
}

BK_DEFINE_MSORT(sort_tails, sortkey, tail_less)

/* Sorts the runs of keys equal in all but the words past the first `from`. */
static void
sort_runs(sortkey *v, size_t n, const uint32_t *rank, uint32_t from)
{
	tail_rank = rank;
	tail_from = from;
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && v[j].gn == v[i].gn && v[j].key == v[i].key && v[j].prefix == v[i].prefix)
			j++;
		if (j - i > 1 && sort_rows[v[i].row].n > from)
			sort_tails(v + i, j - i);
		i = j;
	}
}

static uint64_t
prefix8(const char *p, size_t n)
{
	uint64_t v = 0;
	for (size_t i = 0; i < 8; i++)
		v = v << 8 | (i < n ? (unsigned char)p[i] : 0);
	return v;
}

static const bk_hash *group_strs;

static int
group_cmp(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	size_t la, lb;
	const char *sa = bk_hash_key(group_strs, a, &la), *sb = bk_hash_key(group_strs, b, &lb);
	int c = memcmp(sa, sb, la < lb ? la : lb);
	if (c)
		return c;
	return la < lb ? -1 : la > lb;
}

/* The grams slot of the next form from slot j on prefetched (its key as
 * ng_form_gram makes it); returns the slot after that form. */
#define FORM_AHEAD 16

static size_t
prefetch_gram(const ng_counter *c, const ng_terms *terms, size_t j)
{
	const ng_table *ft = &c->forms;
	while (j < ng_table_slots(ft) && !ng_entry_used(&ft->e[j]))
		j++;
	if (j == ng_table_slots(ft))
		return j;
	const uint32_t *sk = ng_table_key(ft, &ft->e[j]);
	uint32_t len = ng_entry_len(&ft->e[j]);
	uint64_t h = ng_hash_step(ng_hash_start(), sk[0]);
	for (uint32_t i = 1; i < len; i++)
		h = ng_hash_step(h, ng_spelling_term(terms, sk[i]));
	ng_table_prefetch(&c->grams, h);
	return j + 1;
}

/* For each n-gram, the spelling it most often had: ties go to the first in
 * byte order.  Windows whose every word was spelled as its term are not in
 * the forms table; they are what the variants leave of the count. */
static uint32_t *
pick_forms(ng_counter *c, ng_terms *terms)
{
	const ng_table *gt = &c->grams, *ft = &c->forms;
	const bk_hash *spell = ng_spellings(terms);
	uint64_t *vsum = bk_big_zalloc(ng_table_slots(gt) * sizeof *vsum);
	uint32_t *best = bk_big_zalloc(ng_table_slots(gt) * sizeof *best);  /* forms slot + 1 */
	uint32_t key[NG_MAX_N + 1];
	size_t ahead = 0;
	for (int k = 0; k < FORM_AHEAD; k++)
		ahead = prefetch_gram(c, terms, ahead);
	for (size_t i = 0; i < ng_table_slots(ft); i++) {
		const ng_entry *f = &ft->e[i];
		if (!ng_entry_used(f))
			continue;
		ahead = prefetch_gram(c, terms, ahead);
		const uint32_t *sk = ng_table_key(ft, f);
		uint32_t len = ng_entry_len(f);
		ng_entry *e = ng_form_gram(c, terms, f, key);
		if (e == NULL)
			continue;
		size_t ei = (size_t)(e - gt->e);
		vsum[ei] += f->count;
		if (best[ei]) {
			const ng_entry *b = &ft->e[best[ei] - 1];
			if (b->count > f->count ||
			    (b->count == f->count && cmp_words(spell, ng_table_key(ft, b) + 1, sk + 1, len - 1) < 0))
				continue;
		}
		best[ei] = (uint32_t)i + 1;
	}
	/* the term's own spelling wins when it is at least as frequent and sorts
	 * first; otherwise keep best */
	const bk_hash *ts = ng_term_table(terms);
	for (size_t ei = 0; ei < ng_table_slots(gt); ei++) {
		if (!best[ei])
			continue;
		const ng_entry *e = &gt->e[ei];
		uint64_t own = e->count - vsum[ei];
		const ng_entry *b = &ft->e[best[ei] - 1];
		if (own == 0 || b->count > own)
			continue;
		if (b->count < own) {
			best[ei] = 0;
			continue;
		}
		/* a tie: compare the spellings' bytes */
		const uint32_t *bk = ng_table_key(ft, b) + 1, *tk = ng_table_key(gt, e) + 1;
		int cmp = 0;
		for (uint32_t j = 0; j + 1 < ng_entry_len(e) && cmp == 0; j++) {
			size_t la, lb;
			const char *sa = bk_hash_key(spell, bk[j], &la), *sb = bk_hash_key(ts, tk[j], &lb);
			cmp = memcmp(sa, sb, la < lb ? la : lb);
			if (cmp == 0 && la != lb)
				cmp = la < lb ? -1 : 1;
		}
		if (cmp > 0)
			best[ei] = 0;
	}
	bk_big_free(vsum);
	return best;
}

typedef struct pick_job {
	ng_counter *c;
	ng_terms *terms;
	uint32_t *best;
} pick_job;

static void *
pick_thread(void *arg)
{
	pick_job *j = arg;
	j->best = pick_forms(j->c, j->terms);
	return NULL;
}

/* (A row per n-gram: one reserve for all the words, not a call per byte.) */
static void
join_words(bk_buf *b, const bk_hash *strs, const uint32_t *w, uint32_t n)
{
	size_t total = n, len;
	for (uint32_t i = 0; i < n; i++) {
		bk_hash_key(strs, w[i], &len);
		total += len;
	}
	if (b->len + total >= b->cap)
		bk_buf_reserve(b, total);
	char *o = b->p + b->len;
	for (uint32_t i = 0; i < n; i++) {
		const char *p = bk_hash_key(strs, w[i], &len);
		if (i)
			*o++ = ' ';
		memcpy(o, p, len);
		o += len;
	}
	*o = '\0';
	b->len = (size_t)(o - b->p);
}

static void
score_row(const ng_counter *c, const ng_entry *e, const row *r, row_assoc *ra)
{
	const uint32_t *k = ng_table_key(&c->grams, e);
	uint32_t key[64];
	uint64_t total = c->group[r->g].kept;
	int first = 1;
	for (uint32_t s = 1; s < r->n; s++) {
		uint64_t cnt[2];
		for (int side = 0; side < 2; side++) {
			uint32_t from = side ? s : 0, to = side ? r->n : s;
			key[0] = k[0];
			for (uint32_t j = from; j < to; j++)
				key[1 + j - from] = k[1 + j];
			const ng_entry *p = ng_table_find(&c->grams, key, to - from + 1,
			                                  ng_hash_key(key, to - from + 1));
			cnt[side] = p ? p->count : e->count; /* always found when counted */
		}
		ng_scores sc;
		ng_assoc_score(e->count, cnt[0], cnt[1], total, &sc);
		if (first || sc.g2 < ra->s.g2) {
			ra->s = sc;
			ra->split = s;
			ra->left = cnt[0];
			ra->right = cnt[1];
			first = 0;
		}
	}
}

/* ---- writing ------------------------------------------------------------- */

typedef struct fmt_ctx {
	const ng_counter *c;
	ng_terms *terms;
	const bk_hash *groups;
	const ng_reportopts *o;
	const row *rows;
	const sortkey *order;
	const uint64_t *ranks;
	const bk_hash *ts;       /* the terms */
	const uint32_t *best;    /* pick_forms' */
} fmt_ctx;

/* The columns n to rank of the row last formatted, and what they were made
 * of: the rows come by count, and most of a long tail are ties (the same n,
 * count, per10k, docs and rank), whose numbers are then copied, not
 * converted again (a fifth of the formatting's instructions on kjvbible). */
typedef struct fmt_nums {
	uint64_t n, count, tokens, docs, rank;
	size_t len;
	char text[128];
} fmt_nums;

/* Row i's columns up to form (no newline) appended to b; nums: the last
 * row's numbers (zeroed before the first row: no row has n = 0). */
static void
fmt_head(const fmt_ctx *x, size_t i, bk_buf *b, fmt_nums *nums)
{
	const row *r = &x->rows[x->order[i].row];
	const ng_reportopts *o = x->o;
	uint32_t best = x->best[r->e];
	uint64_t tokens = x->c->group[r->g].tokens;
	size_t gl = 0;
	const char *gp = o->by && o->by[0] ? bk_hash_key(x->groups, r->g, &gl) : NULL;
	const char *wp[NG_MAX_N];
	size_t wl[NG_MAX_N], tl = r->n - 1;
	for (uint32_t j = 0; j < r->n; j++) {
		wp[j] = bk_hash_key(x->ts, r->words[j], &wl[j]);
		tl += wl[j];
	}
	const char *fp[NG_MAX_N];
	size_t fwl[NG_MAX_N], fl = 0;
	if (best) {
		const ng_entry *f = &x->c->forms.e[best - 1];
		const uint32_t *sp = ng_table_key(&x->c->forms, f) + 1;
		const bk_hash *spell = ng_spellings(x->terms);
		fl = r->n - 1;
		for (uint32_t j = 0; j < r->n; j++) {
			fp[j] = bk_hash_key(spell, sp[j], &fwl[j]);
			fl += fwl[j];
		}
	}
	size_t need = gl + 2 * (tl + fl) + 128;
	if (b->len + need > b->cap)
		bk_buf_reserve(b, need);
	char *q = b->p + b->len;
	if (gp) {
		memcpy(q, gp, gl);
		q += gl;
		*q++ = '\t';
	}
	/* the term joined as it is written: escaping is byte by byte, and a
	 * space needs none */
	char *term = q;
	for (uint32_t j = 0; j < r->n; j++) {
		if (j)
			*q++ = ' ';
		q = put_field(q, wp[j], wl[j]);
	}
	size_t term_out = (size_t)(q - term);
	uint64_t rank = x->ranks[i];
	if (nums->n == r->n && nums->count == r->count && nums->tokens == tokens &&
	    nums->docs == r->docs && nums->rank == rank) {
		memcpy(q, nums->text, nums->len);
		q += nums->len;
	} else {
		char *from = q;
		*q++ = '\t';
		q = bk_u64_to(q, r->n);
		*q++ = '\t';
		q = bk_u64_to(q, r->count);
		*q++ = '\t';
		q = bk_fixed4_to(q, tokens ? 1e4 * (double)r->count / (double)tokens : 0);
		*q++ = '\t';
		q = bk_u64_to(q, r->docs);
		*q++ = '\t';
		q = bk_u64_to(q, rank);
		*q++ = '\t';
		nums->n = r->n;
		nums->count = r->count;
		nums->tokens = tokens;
		nums->docs = r->docs;
		nums->rank = rank;
		nums->len = (size_t)(q - from);
		memcpy(nums->text, from, nums->len);
	}
	if (best) {
		for (uint32_t j = 0; j < r->n; j++) {
			if (j)
				*q++ = ' ';
			q = put_field(q, fp[j], fwl[j]);
		}
	} else {
		memcpy(q, term, term_out);
		q += term_out;
	}
	b->len = (size_t)(q - b->p);
}

/* Rows [lo, hi) as whole lines into b. */
static void
fmt_rows(const fmt_ctx *x, size_t lo, size_t hi, bk_buf *b)
{
	fmt_nums nums = { 0 };
	for (size_t i = lo; i < hi; i++) {
		if (i + 16 < hi)
			__builtin_prefetch(&x->rows[x->order[i + 16].row]);
		if (i + 8 < hi) {
			const row *r = &x->rows[x->order[i + 8].row];
			__builtin_prefetch(r->words);
			__builtin_prefetch(&x->best[r->e]);
		}
		if (i + 4 < hi) {
			/* what those lead to: the words' entries, the form's */
			const row *r = &x->rows[x->order[i + 4].row];
			for (uint32_t j = 0; j < r->n && j < 4; j++)
				__builtin_prefetch(&x->ts->ent[r->words[j]]);
			uint32_t fb = x->best[r->e];
			if (fb)
				__builtin_prefetch(&x->c->forms.e[fb - 1]);
		}
		if (x->ranks[i] == 0)
			continue;
		fmt_head(x, i, b, &nums);
		b->p[b->len++] = '\n';
	}
}

/* Rows in chunks: memory for the formatted text stays bounded. */
#define FMT_CHUNK 65536
#define FMT_MIN_PAR 8192

typedef struct fmt_job {
	const fmt_ctx *x;
	size_t lo, hi;
	bk_buf out;
} fmt_job;

static void *
fmt_thread(void *arg)
{
	fmt_job *j = arg;
	fmt_rows(j->x, j->lo, j->hi, &j->out);
	return NULL;
}

typedef struct sort_job {
	sortkey *v;
	size_t n;
} sort_job;

static void *
sort_thread(void *arg)
{
	sort_job *j = arg;
	sort_keys(j->v, j->n);
	return NULL;
}

/* The keys sorted in two halves at once (a second core is idle by now),
 * then merged. */
static void
sort_par(sortkey *v, size_t n, int two)
{
	pthread_t th;
	size_t half = n / 2;
	sort_job job = { v + half, n - half };
	if (!two || n < FMT_MIN_PAR || pthread_create(&th, NULL, sort_thread, &job) != 0) {
		sort_keys(v, n);
		return;
	}
	sort_keys(v, half);
	pthread_join(th, NULL);
	sortkey *m = bk_xmalloc(n * sizeof *m);
	size_t i = 0, j = half, k = 0;
	while (i < half && j < n)
		m[k++] = key_less(&v[j], &v[i]) ? v[j++] : v[i++];
	while (i < half)
		m[k++] = v[i++];
	while (j < n)
		m[k++] = v[j++];
	memcpy(v, m, n * sizeof *v);
	free(m);
}

static double
measure(const row_assoc *ra, uint32_t n, uint64_t count)
{
	switch (sort_measure) {
	case NG_SORT_PMI: return n > 1 ? ra->s.pmi : -INFINITY;
	case NG_SORT_T: return n > 1 ? ra->s.t_score : -INFINITY;
	case NG_SORT_G2: return n > 1 ? ra->s.g2 : -INFINITY;
	case NG_SORT_DICE: return n > 1 ? ra->s.log_dice : -INFINITY;
	default: return (double)count;
	}
}

typedef struct build_job {
	const ng_counter *c;
	ng_terms *terms;
	const ng_reportopts *o;
	const uint32_t *grank;
	const uint32_t *trank;   /* the terms' ranks, or NULL */
	unsigned rbits, rwords;  /* bits of a rank; ranks packed in a key */
	row *all;                /* the rows' array (a key's row is an index) */
	row_assoc *assoc;        /* --assoc: indexed like all */
	row *rows;               /* the first row's place */
	sortkey *keys;           /* the first row's key's place */
	int down;                /* the next rows go below it, not above */
	size_t lo, hi;           /* the slots of the n-gram table looked at */
	size_t n;                /* rows made */
	uint32_t maxn;           /* their largest n */
	int nan;                 /* some measure is NaN */
} build_job;

/* A row for each n-gram of slots [lo, hi) that the options let through. */
static void
build_rows(build_job *j)
{
	const ng_counter *c = j->c;
	const ng_table *gt = &c->grams;
	const ng_reportopts *o = j->o;
	for (size_t i = j->lo; i < j->hi; i++) {
		const ng_entry *e = &gt->e[i];
		if (!ng_entry_used(e))
			continue;
		const uint32_t *k = ng_table_key(gt, e);
		uint32_t n = ng_entry_len(e) - 1;
		if (n < (uint32_t)o->n_lo || n > (uint32_t)o->n_hi)
			continue;
		if (e->count < o->min_count || e->docs < o->min_docs)
			continue;
		if (o->trim && (ng_term_is_stop(j->terms, k[1]) || ng_term_is_stop(j->terms, k[n])))
			continue;
		row *r = j->down ? j->rows - j->n : j->rows + j->n;
		sortkey *sk = j->down ? j->keys - j->n : j->keys + j->n;
		j->n++;
		r->count = e->count;
		r->words = k + 1;
		r->docs = e->docs;
		r->e = (uint32_t)i;
		r->g = k[0];
		r->n = n;
		size_t ri = (size_t)(r - j->all);
		row_assoc *ra = NULL;
		if (o->assoc) {
			ra = &j->assoc[ri];
			memset(ra, 0, sizeof *ra);
			if (n > 1)
				score_row(c, e, r, ra);
		}
		sk->gn = (uint64_t)j->grank[k[0]] << 32 | n;
		sk->key = measure(ra, n, e->count);
		sk->row = (uint32_t)ri;
		uint64_t rk = 0;
		for (uint32_t w = 0; j->trank && w < n && w < j->rwords; w++)
			rk = rk << j->rbits | j->trank[k[1 + w]];
		sk->prefix = rk;
		if (isnan(sk->key))
			j->nan = 1;
		if (n > j->maxn)
			j->maxn = n;
	}
}

static void *
build_thread(void *arg)
{
	build_rows(arg);
	return NULL;
}

static void
write_header(const ng_reportopts *o)
{
	for (int i = 0; o->by && o->by[i]; i++) {
		bk_out_str(o->by[i]);
		bk_out_tab();
	}
	bk_out_str("term\tn\tcount\tper10k\tdocs\trank\tform");
	if (o->assoc)
		bk_out_str("\tsplit\tleft_count\tright_count\ttokens\tpmi\tt_score\tg2\tlog_dice");
	if (o->bars)
		bk_out_str("\tbar");
	bk_out_endrow();
}

void
ng_report(ng_counter *c, ng_terms *terms, const bk_hash *groups, const ng_reportopts *o)
{
	const ng_table *gt = &c->grams;
	/* the forms are picked by a second thread while this one makes and
	 * sorts the rows (both only read the tables); else the rows are made by
	 * two */
	pick_job pj = { c, terms, NULL };
	pthread_t picker;
	int picking = o->threads > 1 && gt->n >= FMT_MIN_PAR && pthread_create(&picker, NULL, pick_thread, &pj) == 0;
	if (!picking)
		pj.best = pick_forms(c, terms);

	/* groups in byte order of their --by values */
	size_t ng = bk_hash_count(groups);
	uint32_t *gorder = bk_xmalloc((ng ? ng : 1) * sizeof *gorder);
	uint32_t *grank = bk_xmalloc((ng ? ng : 1) * sizeof *grank);
	for (size_t i = 0; i < ng; i++)
		gorder[i] = (uint32_t)i;
	group_strs = groups;
	qsort(gorder, ng, sizeof *gorder, group_cmp);
	for (size_t i = 0; i < ng; i++)
		grank[gorder[i]] = (uint32_t)i;

	row *rows = bk_big_alloc((gt->n ? gt->n : 1) * sizeof *rows);
	sort_measure = o->sort;
	const bk_hash *ts = ng_term_table(terms);
	uint32_t *trank = term_ranks(ts);
	size_t nt = bk_hash_count(ts);
	unsigned rbits = 1;
	while (rbits < 32 && (nt - 1) >> rbits)
		rbits++;
	unsigned rwords = 64 / rbits;
	/* the rows of the two halves of the table made at once: the first half's
	 * from rows[0] up, the second's from rows[gt->n - 1] down (their keys
	 * likewise in order[]) */
	size_t slots = ng_table_slots(gt), half = slots / 2;
	sortkey *order = bk_big_alloc((gt->n ? gt->n : 1) * sizeof *order);
	row_assoc *as = o->assoc ? bk_big_alloc((gt->n ? gt->n : 1) * sizeof *as) : NULL;
	build_job ja = { c, terms, o, grank, trank, rbits, rwords, rows, as, rows, order, 0, 0, half, 0, 0, 0 };
	build_job jb = { c, terms, o, grank, trank, rbits, rwords, rows, as, rows + (gt->n ? gt->n - 1 : 0),
	                 order + (gt->n ? gt->n - 1 : 0), 1, half, slots, 0, 0, 0 };
	pthread_t builder;
	int two = !picking && o->threads > 1 && gt->n >= FMT_MIN_PAR &&
	          pthread_create(&builder, NULL, build_thread, &jb) == 0;
	if (!two)
		ja.hi = slots;
	build_rows(&ja);
	if (two)
		pthread_join(builder, NULL);
	/* the second half's keys next to the first's (their order is the sort's
	 * business); the rows stay where they are */
	size_t nrows = ja.n + jb.n;
	memmove(order + ja.n, order + (gt->n ? gt->n : 1) - jb.n, jb.n * sizeof *order);
	uint32_t maxn = ja.maxn > jb.maxn ? ja.maxn : jb.maxn;
	sort_rows = rows;
	bk_buf text = { 0 };
	row_text *rt = NULL;
	if (trank && !ja.nan && !jb.nan) {
		order = radix_keys(order, nrows);
		if (maxn > rwords)
			sort_runs(order, nrows, trank, rwords);
	} else {
		/* byte order of the joined terms */
		rt = bk_big_alloc((gt->n ? gt->n : 1) * sizeof *rt);
		for (size_t i = 0; i < nrows; i++) {
			const row *r = &rows[order[i].row];
			row_text *t = &rt[order[i].row];
			t->off = text.len;
			join_words(&text, ts, r->words, r->n);
			t->len = (uint32_t)(text.len - t->off);
			order[i].prefix = prefix8(text.p + t->off, t->len);
		}
		sort_text = text.p;
		sort_terms = rt;
		sort_par(order, nrows, o->threads > 1);
	}

	if (!o->no_header)
		write_header(o);
	/* ranks first (0: past --top), so that rows can be written in parallel */
	uint64_t *ranks = bk_big_alloc((nrows ? nrows : 1) * sizeof *ranks);
	uint64_t rank = 0, seen = 0;
	double prev_key = 0;
	uint64_t bar_max = 0;    /* --bars: the largest count among the rows written */
	for (size_t i = 0; i < nrows; i++) {
		if (i == 0 || order[i].gn != order[i - 1].gn) {
			seen = 0;
			rank = 0;
		}
		seen++;
		if (seen == 1 || order[i].key != prev_key)
			rank = seen;
		prev_key = order[i].key;
		ranks[i] = o->top && seen > o->top ? 0 : rank;
		if (o->bars && ranks[i] && rows[order[i].row].count > bar_max)
			bar_max = rows[order[i].row].count;
	}
	if (picking)
		pthread_join(picker, NULL);
	uint32_t *best = pj.best;
	fmt_ctx fc = { c, terms, groups, o, rows, order, ranks, ts, best };
	bk_buf line = { 0 };
	if (!o->assoc && !o->bars && !o->line_buffered) {
		/* whole rows: half of each chunk formatted by a second thread */
		fmt_job job = { &fc, 0, 0, { 0 } };
		for (size_t lo = 0; lo < nrows; lo += FMT_CHUNK) {
			size_t hi = lo + FMT_CHUNK < nrows ? lo + FMT_CHUNK : nrows, mid = lo + (hi - lo) / 2;
			pthread_t th;
			int par = o->threads > 1 && hi - lo >= FMT_MIN_PAR;
			job.lo = mid;
			job.hi = hi;
			job.out.len = 0;
			if (par && pthread_create(&th, NULL, fmt_thread, &job) != 0)
				par = 0;
			line.len = 0;
			fmt_rows(&fc, lo, par ? mid : hi, &line);
			bk_out_write(line.p, line.len);
			if (par) {
				pthread_join(th, NULL);
				bk_out_write(job.out.p, job.out.len);
			}
		}
		bk_buf_free(&job.out);
	}
	fmt_nums nums = { 0 };
	for (size_t i = 0; (o->assoc || o->bars || o->line_buffered) && i < nrows; i++) {
		if (ranks[i] == 0)
			continue;
		const row *r = &rows[order[i].row];
		line.len = 0;
		fmt_head(&fc, i, &line, &nums);
		bk_out_write(line.p, line.len);
		if (o->assoc) {
			if (r->n == 1) {
				bk_out_str("\t\t\t\t");
				bk_out_u64(c->group[r->g].kept);
				bk_out_str("\t\t\t\t");
			} else {
				const row_assoc *ra = &as[order[i].row];
				bk_out_tab();
				bk_out_u64(ra->split);
				bk_out_tab();
				bk_out_u64(ra->left);
				bk_out_tab();
				bk_out_u64(ra->right);
				bk_out_tab();
				bk_out_u64(c->group[r->g].kept);
				bk_out_tab();
				bk_out_fixed4(ra->s.pmi);
				bk_out_tab();
				bk_out_fixed4(ra->s.t_score);
				bk_out_tab();
				bk_out_fixed4(ra->s.g2);
				bk_out_tab();
				bk_out_fixed4(ra->s.log_dice);
			}
		}
		if (o->bars) {
			bk_out_tab();
			bk_out_bar((double)r->count, (double)bar_max, o->bars);
		}
		bk_out_endrow();
	}
	bk_buf_free(&line);
	bk_big_free(ranks);
	bk_buf_free(&text);
	bk_big_free(rt);
	bk_big_free(as);
	bk_big_free(rows);
	bk_big_free(order);
	bk_big_free(best);
	free(gorder);
	free(grank);
	free(trank);
}
