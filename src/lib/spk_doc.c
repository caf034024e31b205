/* spk_doc.c - from a whole transcript to its rows.
 *
 * 1. Lines become blocks: a block starts where a paragraph starts (every line
 *    of a text that is not hard-wrapped) or where a line opens with a label.
 * 2. Blocks without a label are debris, header lines (title, meta) or speech.
 * 3. Labels become speakers: names normalised across the document, role
 *    labels resolved from the title or the host's introduction.
 * 4. Speech blocks become turns: a label opens one; unlabelled blocks carry
 *    the current speaker on, except a question before the first answer, a
 *    question between answers where reporters are never labelled, and an
 *    official resuming after a reporter's short interjection.
 * 5. Speakers whose role no label fixes get one from the whole document:
 *    those who mostly ask are reporters, an opener who never answers hosts.
 *
 * Memory: the text may be a spool mapped from a temporary file.  Step 1
 * writes each block, when complete, to the block spool (offsets and label
 * kind, no text); a first pass over the blocks classifies them and gathers
 * what needs the whole document (run-in headings, the title and opening,
 * every label's name); a second pass classifies them again and builds the
 * turns, holding one block of lookahead (or the run of unlabelled blocks one
 * turn spans), spools each finished row and tallies its speaker; the roles
 * are then decided from the tallies, and the rows read back. */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "spk_debris.h"
#include "spk_doc.h"
#include "spk_label.h"
#include "spk_name.h"
#include "spk_priv.h"
#include "spk_text.h"

const char *const spk_role_names[SPK_NROLES] = {
	"host", "official", "reporter", "unknown", "title", "meta", "junk"
};

/* ---- rows ---- */

static void row_done(spk_doc *d, priv *v, spk_row *r);

/* Only the last row can still change (a turn grows, junk merges): the one
 * before it is final when a new one opens. */
static spk_row *
row_new(spk_doc *d, priv *v)
{
	if (v->npend > 0) {
		row_done(d, v, &v->pend[0]);
		v->npend = 0;
	}
	spk_row *r = &v->pend[v->npend++];
	memset(r, 0, sizeof *r);
	r->speaker = -1;
	return r;
}

/* ---- blocks ---- */

/* A block is complete when the next one starts: it goes to the spool with
 * what the passes after need of its text, and what it tells about the
 * document's labels. */
static void
emit_block(priv *v, const blk *b)
{
	const char *p = v->p;
	brec r = { b->start, b->end, 0, 0, 0, -1, 0 };
	if (b->kind == B_JUNK)
		r.flags |= BR_FRONT;
	if (b->note)
		r.flags |= BR_NOTE;
	int runin = 0;
	if (b->labelled) {
		r.flags |= BR_LABELLED | (unsigned)b->lab.kind << 4;
		r.lab_start = b->lab.start;
		r.lab_end = b->lab.end;
		r.lab_text = b->lab.text;
		v->n_upper += b->lab.kind == SPK_L_UPPER;
		v->n_caps += b->lab.kind == SPK_L_UPPER || b->lab.kind == SPK_L_Q;
		v->n_mixed += b->lab.kind == SPK_L_MIXED;
		const char *w = p + b->lab.name_start;
		size_t len = b->lab.name_end - b->lab.name_start;
		/* see drop_runin_heads */
		runin = b->lab.kind == SPK_L_MIXED && memchr(w, ' ', len) == NULL &&
		        !spk_name_is_outlet(w, len);
		if (runin)
			r.flags |= BR_RUNIN;
		r.lc = spk_label_cache(v, w, len, b->lab.kind);
	}
	if (!b->labelled || runin)
		r.flags |= (unsigned)spk_debris(p, b->start, b->end) << 8;
	spk_spool_add(&v->blocks, &r, sizeof r);
}

static blk *
blk_new(priv *v, size_t s, size_t e)
{
	if (v->nb == v->bcap) {
		v->bcap = v->bcap ? 2 * v->bcap : 4;
		v->b = bk_xrealloc(v->b, v->bcap * sizeof *v->b);
	}
	if (v->nb > 0) {
		emit_block(v, &v->b[0]);
		v->nb = 0;
	}
	blk *b = &v->b[v->nb++];
	memset(b, 0, sizeof *b);
	b->start = s;
	b->end = e;
	return b;
}

/* A text is hard-wrapped when its lines are short and mostly run on into the
 * next one; then a label-like word at a line start is only a wrapped word. */
static int line_closes(const char *p, size_t s, size_t e);

/* A text is hard-wrapped when no line is long and lines often stop
 * mid-sentence to run on into the next; then a label-like word at a line
 * start is only a wrapped word. */
static int
hard_wrapped(const char *p, size_t n, size_t from)
{
	size_t lines = 0, longl = 0, runon = 0;
	size_t ps = 0, pe = 0;
	int prev_nonblank = 0;
	for (size_t i = from; i < n && lines < 4000;) {
		size_t e = spk_line_end(p, n, i);
		int blank = spk_is_blank(p, i, e);
		if (!blank) {
			lines++;
			if (e - i > 120)
				longl++;
			if (prev_nonblank && !line_closes(p, ps, pe))
				runon++;
			ps = i;
			pe = e;
		}
		prev_nonblank = !blank;
		i = e + 1;
	}
	return longl * 33 < lines && runon >= 3 && runon * 10 >= lines;
}

/* Does the line ending at e close a sentence (or a Markdown hard break)? */
static int
line_closes(const char *p, size_t s, size_t e)
{
	if (e >= s + 2 && p[e - 1] == ' ' && p[e - 2] == ' ')
		return 1;
	size_t t = spk_trim_end(p, s, e);
	if (t == s)
		return 1;
	unsigned char c = (unsigned char)p[t - 1];
	if (c == '.' || c == '?' || c == '!' || c == ')' || c == '"' || c == ']' || c == ':')
		return 1;
	/* ” ’ — … */
	return c >= 0x80 && t >= s + 3 && (unsigned char)p[t - 3] == 0xe2;
}

static size_t
skip_front_matter(priv *v, const char *p, size_t n)
{
	if (n < 4 || memcmp(p, "---", 3) != 0 || (p[3] != '\n' && p[3] != '\r'))
		return 0;
	for (size_t i = spk_line_end(p, n, 0) + 1; i < n;) {
		size_t e = spk_line_end(p, n, i);
		size_t t = spk_trim_end(p, i, e);
		if (t - i == 3 && memcmp(p + i, "---", 3) == 0) {
			blk *b = blk_new(v, 0, t);
			b->kind = B_JUNK;
			return e;
		}
		if (spk_starts_ci(p + i, t - i, "title:")) {
			bk_buf_add(&v->ctx, p + i + 6, t - i - 6);
			bk_buf_add(&v->ctx, "\n", 1);
		}
		i = e + 1;
	}
	return 0;
}

static void
make_blocks(priv *v, const char *p, size_t n, size_t from)
{
	int wrapped = hard_wrapped(p, n, from);
	int open = 0, prev_closes = 1;
	blk *cur = NULL;
	for (size_t i = from; i < n;) {
		size_t e = spk_line_end(p, n, i);
		size_t s = spk_skip_blank(p, e, i);
		size_t t = spk_trim_end(p, s, e);
		spk_spool_release(&v->text, i);
		if (s >= e) {
			open = 0;
			i = e + 1;
			continue;
		}
		int para = !open || !wrapped;
		int where = para ? SPK_AT_PARA : (prev_closes ? SPK_AT_LINE : 0);
		spk_label l;
		/* debris that looks like a label ("Related News:", "Share:") is not one */
		int lab = where && spk_label_at(p, n, i, where, &l) &&
		          (!para || l.kind == SPK_L_UPPER || l.kind == SPK_L_Q || l.kind == SPK_L_A ||
		           spk_debris(p, s, t) == SPK_D_NONE);
		if (!open || lab || !wrapped) {
			size_t ne = lab ? 0 : spk_note_end(p, s, t);
			if (ne) {
				cur = blk_new(v, s, ne);
				cur->note = 1;
				s = spk_skip_blank(p, t, ne);
			}
			if (s < t || !ne) {
				cur = blk_new(v, s, t);
				if (lab) {
					cur->labelled = 1;
					cur->lab = l;
				}
			}
		} else {
			cur->end = t;
		}
		open = 1;
		prev_closes = line_closes(p, i, e);
		i = e + 1;
	}
}

/* In a transcript labelled in capitals ("THE PRESIDENT:", "Q"), a lone
 * one-word label in mixed case ("Bridges: More than a third ...") is a
 * run-in heading of the speech, not a speaker (BR_RUNIN marks those). */
static int
drop_runin_heads(const priv *v)
{
	return !(v->n_upper < 5 || v->n_mixed == 0 || v->n_mixed * 10 > v->n_caps);
}

/* ---- classification ---- */

static int
speech_like(const char *p, size_t s, size_t e)
{
	size_t w = spk_count_words_upto(p, s, e, 12), lw = 0;
	if (w >= 12)
		return 1;
	/* Place names and headings capitalise every word. */
	for (size_t i = s; i < e; i++)
		if (spk_is_lower((unsigned char)p[i]) && (i == s || p[i - 1] == ' '))
			lw++;
	if (lw == 0)
		return 0;
	unsigned char c = (unsigned char)p[e - 1];
	int lower = 0;
	for (size_t i = s; i < e; i++)
		lower |= spk_is_lower((unsigned char)p[i]);
	return w >= 4 && lower && (c == '.' || c == '?' || c == '!' || c >= 0x80);
}

/* Classification goes block by block; it runs twice (see the top), the
 * same way both times. */
typedef struct cstate {
	int started, footer, titled;
	int drop;                /* drop_runin_heads */
	int ctx;                 /* first pass: the title goes to the context */
	size_t k;                /* blocks read */
	size_t seen;             /* the last speech block so far */
	size_t last_speech;      /* second pass: the last speech block of all */
	const brec *r;           /* the spool */
	size_t nr;
} cstate;

static void
classify(priv *v, cstate *c, blk *b, unsigned flags)
{
	const char *p = v->p;
	size_t k = c->k - 1;
	if (flags & BR_FRONT) {
		b->kind = B_JUNK;                /* YAML front matter */
		return;
	}
	if (b->labelled) {
		b->kind = B_SPEECH;
		c->started = 1;
		c->footer = 0;
		c->seen = k;
		return;
	}
	int d = (int)(flags >> 8 & 15);
	if (c->footer || d == SPK_D_JUNK || b->note) {
		b->kind = B_JUNK;
		return;
	}
	if (d == SPK_D_FOOTER) {
		b->kind = B_JUNK;
		c->footer = c->started;
		return;
	}
	if (d == SPK_D_TIME) {
		b->kind = B_META;
		b->time = 1;
		if (c->started)
			c->footer = 1;
		return;
	}
	if (d == SPK_D_META) {
		b->kind = B_META;
		return;
	}
	/* Above the transcript, "*To date, ..." answers a question after
	 * the fact: an editorial note, not speech. */
	if (!c->started && p[b->start] == '*' && speech_like(p, b->start, b->end)) {
		b->kind = B_JUNK;
		return;
	}
	/* The first line of a page is its title when it reads like one:
	 * one line, no sentence end. */
	int title_like = !c->started && !c->titled && memchr(p + b->start, '\n', b->end - b->start) == NULL &&
	                 b->end - b->start <= 300 && strchr(".?!", p[b->end - 1]) == NULL;
	if (!c->started && (title_like || !speech_like(p, b->start, b->end))) {
		size_t w = spk_count_words_upto(p, b->start, b->end, 3);
		if (!c->titled && w >= 3) {
			b->kind = B_TITLE;
			c->titled = 1;
			if (c->ctx) {
				bk_buf_add(&v->ctx, p + b->start, b->end - b->start);
				bk_buf_add(&v->ctx, "\n", 1);
			}
		} else
			b->kind = w <= 1 ? B_JUNK : B_META;
		return;
	}
	b->kind = B_SPEECH;
	c->started = 1;
	c->seen = k;
}

/* The next block of the spool, classified and named; 0 after the last. */
static int
next_block(priv *v, cstate *c, blk *b)
{
	if (c->k >= c->nr)
		return 0;
	const brec *r = &c->r[c->k++];
	spk_spool_release(&v->blocks, (size_t)((const char *)r - (const char *)c->r));
	b->start = r->start;
	b->end = r->end;
	b->note = (r->flags & BR_NOTE) != 0;
	b->labelled = (r->flags & BR_LABELLED) && !(c->drop && (r->flags & BR_RUNIN));
	b->lab.kind = (int)(r->flags >> 4 & 15);
	b->lab.start = r->lab_start;
	b->lab.end = r->lab_end;
	b->lab.text = r->lab_text;
	b->time = 0;
	classify(v, c, b, r->flags);
	/* What follows the last speech is the page's end: a time stamp there,
	 * or a stray line, is junk. */
	if (!c->ctx && b->kind == B_META && c->last_speech != (size_t)-1 && c->k - 1 > c->last_speech)
		b->kind = B_JUNK;
	if (b->labelled)
		spk_name_block(v, b, r->lc, c->ctx);
	return 1;
}

/* ---- turns ---- */

typedef struct state {
	int cur;                 /* open speech row, -1 */
	int speaker, role;       /* of the last speech row */
	int prev_speaker, prev_role; /* the last non-reporter before it */
	int have_prev;
	int reporter_labels;     /* the document labels its reporters */
	int last_reporter;       /* speaker of the last reporter turn */
} state;

static int
label_speaker(spk_doc *d, priv *v, const blk *b, const char *p, const spk_roster *roster,
              state *st, int *role)
{
	const char *rs;
	int rr;
	if (spk_roster_find(roster, p + b->lab.start, b->lab.end - b->lab.start, &rs, &rr)) {
		if (rr < 0)              /* the roster names, the label decides the role */
			rr = b->nkind == SPK_N_Q || b->nkind == SPK_N_OUTLET ? SPK_REPORTER :
			     b->hint == SPK_H_HOST ? SPK_HOST : SPK_OFFICIAL;
		*role = rr;
		return *rs ? spk_speaker_get(d, v, rs, rr, 1) : -1;
	}
	const char *name = spk_blk_name(v, b);
	switch (b->nkind) {
	case SPK_N_Q:
		*role = SPK_REPORTER;
		return b->hint == SPK_H_FOLLOWUP ? st->last_reporter : -1;
	case SPK_N_OUTLET:
		*role = SPK_REPORTER;
		return spk_speaker_get(d, v, name, SPK_REPORTER, 1);
	case SPK_N_A:
	case SPK_N_ROLE:
		*role = b->hint == SPK_H_HOST ? SPK_HOST : SPK_OFFICIAL;
		if (b->hint == SPK_H_PRESIDENT || b->hint == SPK_H_VICE || b->hint == SPK_H_SPOKES) {
			if (spk_resolve_hint(v, b->hint, &v->tmp)) {
				return spk_speaker_get(d, v, v->tmp.p, *role, 1);
			}
		}
		if (b->nkind == SPK_N_A)
			return -1;
		return spk_speaker_get(d, v, name, *role, 1);
	}
	*role = SPK_OFFICIAL;
	return spk_speaker_get(d, v, name, SPK_OFFICIAL, 0);
}

static void
open_turn(spk_doc *d, priv *v, state *st, int who, int role, size_t lab_s, size_t lab_e,
          size_t s, size_t e)
{
	spk_row *r = row_new(d, v);
	r->role = role;
	r->speaker = who;
	r->label_start = lab_s;
	r->label_end = lab_e;
	r->start = s;
	r->end = e;
	st->cur = (int)(v->npend - 1);
	if (st->role != SPK_REPORTER && st->speaker != -2) {
		st->prev_speaker = st->speaker;
		st->prev_role = st->role;
		st->have_prev = 1;
	}
	st->speaker = who;
	st->role = role;
	if (role == SPK_REPORTER)
		st->last_reporter = who;
}

static void
nonspeech(spk_doc *d, priv *v, state *st, int role, size_t s, size_t e)
{
	st->cur = -1;
	if (v->npend > 0) {
		spk_row *last = &v->pend[v->npend - 1];
		if (last->role == SPK_JUNK && role == SPK_JUNK) {
			last->end = e;
			return;
		}
	}
	spk_row *r = row_new(d, v);
	r->role = role;
	r->start = s;
	r->end = e;
	r->label_start = r->label_end = s;
}

int
spk_is_reporter_label(const blk *b)
{
	return b->nkind == SPK_N_Q || b->nkind == SPK_N_OUTLET;
}

/* Does the block end by asking: a question mark, then at most a short
 * courtesy ("Thank you.")? */
static int
ends_asking(const char *p, const blk *b)
{
	size_t e = b->end;
	const char *q = NULL;
	for (size_t i = e; i > b->start && e - i < 80; i--)
		if (p[i - 1] == '?') {
			q = p + i - 1;
			break;
		}
	return q != NULL;
}

/* A reporter's short interjection, complete in itself: not a question, not
 * cut off ("— for quite some time."), not announcing one ("Two questions"). */
static int
interjection(const char *p, size_t s, size_t e)
{
	if (spk_count_words_upto(p, s, e, 11) > 10 || spk_has_question(p, s, e) ||
	    spk_contains(p + s, e - s, "question") || spk_contains(p + s, e - s, "--") ||
	    spk_contains(p + s, e - s, "\xe2\x80\x94"))
		return 0;
	return 1;
}

/* Unlabelled speech that can only be the official going on: it asks
 * nothing, addresses no one and is not a bare stage direction. */
static int
resumes(const char *p, size_t s, size_t e)
{
	static const char *const asks[] = { "?", "you", "You", "question", "Mr.", "Madam",
		"ask", "wonder", "\xe2\x80\x94", "--", "Thank", "Thanks", NULL };
	if (spk_count_words_upto(p, s, e, 8) < 8 || p[s] == '(' || p[s] == '[')
		return 0;
	for (int k = 0; asks[k]; k++)
		if (spk_contains(p + s, e - s, asks[k]))
			return 0;
	return 1;
}

/* Is the block after this one (nx, when has_nx) a labelled turn that is not a
 * reporter's? */
static int
answer_next(const blk *nx, int has_nx)
{
	return has_nx && nx->kind == B_SPEECH && nx->labelled && !spk_is_reporter_label(nx);
}

static void
build_turns(spk_doc *d, priv *v, cstate *c, const spk_roster *roster, int any_label,
            int q_labels)
{
	const char *p = v->p;
	state st = { .cur = -1, .speaker = -2, .role = SPK_UNKNOWN, .last_reporter = -1 };
	st.reporter_labels = q_labels;
	blk two[2];              /* the block and the next: swapped, not copied */
	blk *b = &two[0], *nx = &two[1];
	int has_nx = next_block(v, c, nx);
	while (has_nx) {
		blk *t = b;
		b = nx;
		nx = t;
		has_nx = next_block(v, c, nx);
		if (b->kind != B_SPEECH) {
			nonspeech(d, v, &st, b->kind == B_TITLE ? SPK_TITLE : b->kind == B_META ? SPK_META : SPK_JUNK,
			          b->start, b->end);
			continue;
		}
		if (b->labelled) {
			int role, sp = label_speaker(d, v, b, p, roster, &st, &role);
			size_t ts = b->lab.text < b->end ? b->lab.text : b->lab.end;
			size_t te = b->lab.text < b->end ? b->end : b->lab.end;
			open_turn(d, v, &st, sp, role, b->lab.start, b->lab.end, ts, te);
			if (b->lab.text >= b->end)
				v->pend[st.cur].words = (size_t)-1;   /* text still to come */
			continue;
		}
		if (st.cur >= 0) {
			spk_row *r = &v->pend[st.cur];
			if (r->words == (size_t)-1) {
				r->start = b->start;
				r->end = b->end;
				r->words = 0;
				continue;
			}
			int short_q = st.role == SPK_REPORTER && st.have_prev &&
			              interjection(p, r->start, r->end) && resumes(p, b->start, b->end);
			if (short_q) {
				open_turn(d, v, &st, st.prev_speaker, st.prev_role, b->start, b->start, b->start, b->end);
				continue;
			}
			if (!st.reporter_labels && st.role != SPK_REPORTER && ends_asking(p, b) &&
			    answer_next(nx, has_nx)) {
				open_turn(d, v, &st, -1, SPK_REPORTER, b->start, b->start, b->start, b->end);
				continue;
			}
			r->end = b->end;
			continue;
		}
		if (st.speaker != -2) {          /* after debris: the same speaker goes on, */
			/* unless a question stands there before an answer ("The
			 * following question was raised after ...: question?") */
			if (st.role != SPK_REPORTER && answer_next(nx, has_nx) && ends_asking(p, b)) {
				open_turn(d, v, &st, -1, SPK_REPORTER, b->start, b->start, b->start, b->end);
				continue;
			}
			int sp = st.speaker, role = st.role;
			st.speaker = -2;
			open_turn(d, v, &st, sp, role, b->start, b->start, b->start, b->end);
			continue;
		}
		/* The previous record of the document goes on. */
		if (d->carry_role >= 0) {
			int sp = d->carry_name && *d->carry_name ?
			         spk_speaker_get(d, v, d->carry_name, d->carry_role, 1) : -1;
			open_turn(d, v, &st, sp, d->carry_role, b->start, b->start, b->start, b->end);
			continue;
		}
		/* Before any label: a question, or the spokesperson's opening,
		 * over the run of unlabelled blocks up to the first label. */
		blk last = *b;
		while (has_nx && nx->kind == B_SPEECH && !nx->labelled) {
			last = *nx;
			has_nx = next_block(v, c, nx);
		}
		const blk *lab = has_nx && nx->labelled ? nx : NULL;
		if (lab && !spk_is_reporter_label(lab) && ends_asking(p, &last)) {
			open_turn(d, v, &st, -1, SPK_REPORTER, b->start, b->start, b->start, last.end);
		} else if (any_label && spk_resolve_hint(v, SPK_H_SPOKES, &v->tmp)) {
			int sp = spk_speaker_get(d, v, v->tmp.p, SPK_OFFICIAL, 1);
			open_turn(d, v, &st, sp, SPK_OFFICIAL, b->start, b->start, b->start, last.end);
		} else {
			open_turn(d, v, &st, -1, SPK_UNKNOWN, b->start, b->start, b->start, last.end);
		}
	}
	/* A label with no speech after it has empty text (row_done). */
	for (size_t i = 0; i < v->npend; i++)
		row_done(d, v, &v->pend[i]);
	v->npend = 0;
}

/* A row is final: what the roles need to know of it is tallied, and it goes
 * to the spool. */
static void
row_done(spk_doc *d, priv *v, spk_row *r)
{
	const char *p = v->p;
	if (r->words == (size_t)-1)
		r->words = 0;
	if (spk_role_is_speech(r->role)) {
		/* Words are only written by --summary; roles need to know only
		 * whether an answer reaches 25. */
		r->words = d->want_words ? spk_count_words(p, r->start, r->end)
		         : v->prev_role == SPK_REPORTER ? spk_count_words_upto(p, r->start, r->end, 25) : 0;
		if (r->role == SPK_REPORTER)
			v->reporter_turns++;
		if (r->speaker >= 0) {
			speaker *s = &v->s[r->speaker];
			if (v->first_speaker < 0 && r->label_end > r->label_start)
				v->first_speaker = r->speaker;
			s->turns++;
			s->words += r->words;
			if (spk_has_question(p, r->start, r->end))
				s->qturns++;
			if (spk_stage_only(p, r->start, r->end))
				s->opaque++;
			if (v->prev_role == SPK_REPORTER && r->words >= 25)
				s->answers++;
		}
		v->prev_role = r->role;
	}
	spk_spool_add(&v->rows, r, sizeof *r);
	spk_spool_release(&v->text, r->start);
}

/* ---- roles from the whole document ---- */

/* Does the speaker mostly take short turns (a host's "Next question,
 * please"), not statements?  At least two thirds under 40 words.  Asked
 * rarely: the rows are read back from the spool. */
static int
short_turns(priv *v, int who)
{
	size_t len, n = 0, shortn = 0;
	const char *m = spk_spool_map(&v->rows, &len);
	for (size_t off = 0; off + sizeof(spk_row) <= len; off += sizeof(spk_row)) {
		spk_row r;
		memcpy(&r, m + off, sizeof r);
		spk_spool_release(&v->rows, off);
		if (r.speaker != who || !spk_role_is_speech(r.role))
			continue;
		n++;
		shortn += spk_count_words_upto(v->p, r.start, r.end, 40) < 40;
		spk_spool_release(&v->text, r.start);
	}
	spk_spool_reread(&v->rows);
	spk_spool_reread(&v->text);
	return 3 * shortn >= 2 * n;
}

static void
decide_roles(spk_doc *d, priv *v, int reporter_labels)
{
	int first_speaker = v->first_speaker;
	int top = -1;
	size_t others = 0;
	for (size_t i = 0; i < d->nnames; i++) {
		if (v->s[i].role != SPK_REPORTER && (top < 0 || v->s[i].words > v->s[top].words))
			top = (int)i;
	}
	for (size_t i = 0; i < d->nnames; i++) {
		speaker *s = &v->s[i];
		/* Where reporters have their own labels (Q, outlets), a named
		 * speaker who asks is an official asking back, not a reporter. */
		if (s->fixed || (int)i == top || reporter_labels)
			continue;
		if (s->turns > 0 && 2 * s->qturns >= s->turns && 2 * s->answers < s->turns)
			s->role = SPK_REPORTER;
	}
	for (size_t i = 0; i < d->nnames; i++)
		if (v->s[i].role != SPK_REPORTER && v->s[i].turns > 0)
			others++;
	if (first_speaker >= 0 && !v->s[first_speaker].fixed && others >= 2 && v->reporter_turns > 0) {
		speaker *s = &v->s[first_speaker];
		/* An opener who introduces others and hands over: few turns and no
		 * answer, or many short ones (two thirds under 40 words) and
		 * hardly an answer. */
		int others_answer = 0;
		for (size_t i = 0; i < d->nnames; i++)
			others_answer |= (int)i != first_speaker && v->s[i].role != SPK_REPORTER &&
			                 v->s[i].answers > s->answers;
		/* Turns that are only "(Speaks Ukrainian.)" tell nothing: a guest
		 * left untranslated is not a host. */
		if (s->turns >= 2 && s->role == SPK_OFFICIAL && others_answer &&
		    2 * s->opaque < s->turns &&
		    ((s->answers == 0 && s->turns <= 3) ||
		     (5 * s->answers <= s->turns && short_turns(v, first_speaker))))
			s->role = SPK_HOST;
	}
}

static priv *
priv_get(spk_doc *d)
{
	priv *v = d->priv;
	if (v == NULL) {
		v = d->priv = bk_xcalloc(1, sizeof *v);
		spk_spool_init(&v->text, "text");
		spk_spool_init(&v->blocks, "blocks");
		spk_spool_init(&v->rows, "turns");
	}
	return v;
}

void
spk_doc_begin(spk_doc *d)
{
	spk_spool_reset(&priv_get(d)->text);
}

void
spk_doc_add(spk_doc *d, const char *p, size_t n)
{
	spk_spool_add(&priv_get(d)->text, p, n);
}

const char *
spk_doc_finish(spk_doc *d, size_t *n, const spk_roster *roster)
{
	priv *v = priv_get(d);
	const char *p = spk_spool_map(&v->text, n);
	spk_doc_analyse(d, p, *n, roster);
	return p;
}

void
spk_doc_analyse(spk_doc *d, const char *p, size_t n, const spk_roster *roster)
{
	priv *v = priv_get(d);
	for (size_t i = 0; i < d->nnames; i++)
		free(d->names[i]);
	d->nnames = 0;
	v->nb = 0;
	v->npend = 0;
	v->arena.len = 0;
	v->ctx.len = 0;
	v->nu = 0;
	v->nlc = 0;
	v->p = p;
	v->n = n;
	v->prev_role = -1;
	v->first_speaker = -1;
	v->reporter_turns = 0;
	v->n_upper = v->n_caps = v->n_mixed = 0;
	spk_spool_reset(&v->blocks);
	spk_spool_reset(&v->rows);
	v->rowmap = NULL;
	for (size_t i = 0; i < v->lchcap; i++)
		v->lchash[i] = -1;
	if (v->uhcap)
		for (size_t i = 0; i < v->uhcap; i++)
			v->uhash[i] = -1;
	memset(v->hint_state, 0, sizeof v->hint_state);
	if (v->hcap)
		for (size_t i = 0; i < v->hcap; i++)
			v->hash[i] = -1;

	/* Step 1: the blocks, to the spool. */
	size_t from = skip_front_matter(v, p, n);
	int yaml_title = v->ctx.len > 0;
	make_blocks(v, p, n, from);
	if (v->nb > 0)
		emit_block(v, &v->b[0]);
	v->nb = 0;
	size_t nbytes;
	const brec *recs = (const brec *)(const void *)spk_spool_map(&v->blocks, &nbytes);
	cstate c = { .started = d->continued, .titled = yaml_title || d->titled || d->continued,
	             .drop = drop_runin_heads(v), .ctx = 1, .seen = (size_t)-1, .r = recs,
	             .nr = nbytes / sizeof *recs };
	cstate c2 = c;

	/* First pass: the context (title and opening, where hosts introduce
	 * their guests) and every label's name. */
	size_t taken = 0;
	int any_label = 0, q_labels = 0, reporter_labels = 0;
	blk b;
	while (next_block(v, &c, &b)) {
		if (b.kind == B_SPEECH && taken < 3) {
			size_t s = b.labelled ? b.lab.end : b.start;
			size_t e = b.end > s + 3000 ? s + 3000 : b.end;
			if (e > s)
				bk_buf_add(&v->ctx, p + s, e - s);
			bk_buf_addc(&v->ctx, '\n');
			taken++;
		}
		if (b.labelled) {
			any_label = 1;
			q_labels |= b.nkind == SPK_N_Q;
			reporter_labels |= spk_is_reporter_label(&b);
		}
	}
	bk_buf_addc(&v->ctx, '\0');
	v->ctx.len--;
	spk_expand_names(v);

	/* Second pass: the turns. */
	spk_spool_reread(&v->blocks);
	spk_spool_reread(&v->text);
	c2.ctx = 0;
	c2.last_speech = c.seen;
	build_turns(d, v, &c2, roster, any_label, q_labels);
	decide_roles(d, v, reporter_labels);
	v->rowmap = spk_spool_map(&v->rows, &v->rowlen);
	v->rowpos = 0;
	spk_spool_reread(&v->text);
}

int
spk_doc_next_row(spk_doc *d, spk_row *r)
{
	priv *v = d->priv;
	if (v == NULL || v->rowmap == NULL || v->rowpos + sizeof *r > v->rowlen)
		return 0;
	memcpy(r, v->rowmap + v->rowpos, sizeof *r);
	v->rowpos += sizeof *r;
	spk_spool_release(&v->rows, v->rowpos);
	spk_spool_release(&v->text, r->start);
	if (spk_role_is_speech(r->role) && r->speaker >= 0)
		r->role = v->s[r->speaker].role;
	return 1;
}

void
spk_doc_free(spk_doc *d)
{
	priv *v = d->priv;
	for (size_t i = 0; i < d->nnames; i++)
		free(d->names[i]);
	free(d->names);
	if (v) {
		spk_spool_free(&v->text);
		spk_spool_free(&v->blocks);
		spk_spool_free(&v->rows);
		free(v->lc_u);
		free(v->b);
		bk_buf_free(&v->arena);
		bk_buf_free(&v->ctx);
		bk_buf_free(&v->tmp);
		bk_buf_free(&v->nm.buf);
		free(v->s);
		free(v->hash);
		free(v->u);
		free(v->uhash);
		free(v->lc);
		free(v->lchash);
		for (int i = 0; i < 8; i++)
			bk_buf_free(&v->hint_name[i]);
		free(v);
	}
	memset(d, 0, sizeof *d);
}
