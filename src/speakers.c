/* speakers - who speaks in a transcript, in which role, and what they said. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "lib/err.h"
#include "lib/inputs.h"
#include "lib/mem.h"
#include "lib/opt.h"
#include "lib/out.h"
#include "lib/rows.h"
#include "lib/spk_doc.h"
#include "lib/spk_roster.h"

static const char usage[] =
"Usage: speakers [-N] [--speech] [--pairs] [--roster=FILE] [--raw|--tsv] [FILE...]\n"
"       speakers --summary [--roster=FILE] [FILE...]\n"
"       speakers --labels [--roster=FILE] [FILE...]\n"
"Write one row per turn of one speaker, and one per title, dateline or block of\n"
"page debris, of each transcript: doc, pass-through columns, turn, speaker, role,\n"
"label, start, end, text.  Roles: host, official, reporter, unknown (speech);\n"
"title, meta, junk (not speech).\n"
"\n"
"  -s, --speech             only speech rows\n"
"      --pairs              add a qa column numbering question-and-answer exchanges\n"
"      --roster=FILE        TSV with label, speaker, role columns: names and roles\n"
"                           for known labels\n"
"      --summary            one row per speaker: doc, speaker, role, turns, words, share\n"
"      --labels             every distinct label with the speaker and role it got,\n"
"                           and its count (a roster to edit)\n"
"\n";

enum { OPT_PAIRS = BK_OPT_FIRST_OWN, OPT_ROSTER, OPT_SUMMARY, OPT_LABELS };

static const struct option longopts[] = {
	{ "speech", no_argument, NULL, 's' },
	{ "pairs", no_argument, NULL, OPT_PAIRS },
	{ "roster", required_argument, NULL, OPT_ROSTER },
	{ "summary", no_argument, NULL, OPT_SUMMARY },
	{ "labels", no_argument, NULL, OPT_LABELS },
	BK_COMMON_LONGOPTS
};

static const char *const turn_columns[] = { "turn", "speaker", "role", "label", NULL };
static const char *const pair_columns[] = { "turn", "speaker", "role", "label", "qa", NULL };

/* One speaker's share of a document (--summary), or one label (--labels). */
struct tally {
	char *key;               /* speaker name, or label as written */
	char *speaker;           /* --labels: the speaker it got */
	int role;
	size_t turns, words;
	size_t order;
};

struct tallies {
	struct tally *v;
	size_t n, cap;
};

struct speakers {
	int speech_only, pairs, summary, labels;
	spk_roster *roster;
	bk_rows rows;
	spk_doc doc;
	unsigned long turn, qa;  /* running numbers of the current document */
	int qa_open;             /* an exchange is under way */
	int qa_reporter;         /* its reporter (speaker index), -1 unnamed */
	struct tallies tally;    /* --summary of the current document, or --labels */
	bk_buf docname;          /* the current document (escaped) */
	bk_buf carry;            /* the speaker carried to the next record */
	int titled;              /* the document's title row is written */
	size_t doc_words;
	int last_role, last_speaker; /* of the last speech row written */
	/* A raw document streams into the analysis; its rows are written
	 * when it ends. */
	int pending;
	bk_record head;          /* its first record (name, serial) */
};

static struct tally *
tally_get(struct tallies *t, const char *key, size_t keylen, const char *speaker, int role)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].role == role && strlen(t->v[i].key) == keylen &&
		    memcmp(t->v[i].key, key, keylen) == 0 &&
		    (speaker == NULL || strcmp(t->v[i].speaker, speaker) == 0))
			return &t->v[i];
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 32;
		t->v = bk_xrealloc(t->v, t->cap * sizeof *t->v);
	}
	struct tally *x = &t->v[t->n];
	memset(x, 0, sizeof *x);
	x->key = bk_xmemdup(key, keylen);
	x->speaker = bk_xstrdup(speaker ? speaker : "");
	x->role = role;
	x->order = t->n++;
	return x;
}

static void
tallies_clear(struct tallies *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].key);
		free(t->v[i].speaker);
	}
	t->n = 0;
}

static int
by_words(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;
	if (x->words != y->words)
		return x->words < y->words ? 1 : -1;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->role > y->role) - (x->role < y->role);
}

static int
by_count(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;
	if (x->turns != y->turns)
		return x->turns < y->turns ? 1 : -1;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	c = strcmp(x->speaker, y->speaker);
	return c ? c : (x->role > y->role) - (x->role < y->role);
}

/* --summary: the rows of the document just finished. */
static void
summary_flush(struct speakers *sk)
{
	struct tallies *t = &sk->tally;
	if (t->n == 0)
		return;
	qsort(t->v, t->n, sizeof *t->v, by_words);
	for (size_t i = 0; i < t->n; i++) {
		bk_out_write(sk->docname.p, sk->docname.len);
		bk_out_tab();
		bk_out_field(t->v[i].key, strlen(t->v[i].key));
		bk_out_tab();
		bk_out_str(spk_role_names[t->v[i].role]);
		bk_out_tab();
		bk_out_u64(t->v[i].turns);
		bk_out_tab();
		bk_out_u64(t->v[i].words);
		bk_out_tab();
		bk_out_fixed(sk->doc_words ? (double)t->v[i].words / (double)sk->doc_words : 0.0, 4);
		bk_out_endrow();
	}
	tallies_clear(t);
	sk->doc_words = 0;
}

static void
labels_flush(struct speakers *sk)
{
	struct tallies *t = &sk->tally;
	qsort(t->v, t->n, sizeof *t->v, by_count);
	for (size_t i = 0; i < t->n; i++) {
		bk_out_field(t->v[i].key, strlen(t->v[i].key));
		bk_out_tab();
		bk_out_field(t->v[i].speaker, strlen(t->v[i].speaker));
		bk_out_tab();
		bk_out_str(spk_role_names[t->v[i].role]);
		bk_out_tab();
		bk_out_u64(t->v[i].turns);
		bk_out_endrow();
	}
	tallies_clear(t);
}

/* Writes the rows of the document analysed last; p is its text. */
static void
write_rows(struct speakers *sk, const bk_record *rec, const char *p)
{
	spk_doc *d = &sk->doc;
	spk_row row, *r = &row;
	int prev_reporter = 0;
	sk->last_role = -1;
	while (spk_doc_next_row(d, r)) {
		int speech = spk_role_is_speech(r->role);
		const char *name = r->speaker >= 0 ? d->names[r->speaker] : "";
		unsigned long turn = 0, qa = 0;
		/* --pairs: a reporter's turn after an answer opens an exchange,
		 * unless it is a follow-up (so labelled, or the same named reporter). */
		if (r->role == SPK_TITLE)
			sk->titled = 1;
		if (speech) {
			sk->last_role = r->role;
			sk->last_speaker = r->speaker;
			turn = ++sk->turn;
			if (r->role == SPK_REPORTER) {
				if (!prev_reporter) {
					int same = sk->qa_open && r->speaker >= 0 && r->speaker == sk->qa_reporter;
					int follow = r->label_end - r->label_start >= 6 &&
					             strncasecmp(p + r->label_start, "follow", 6) == 0;
					if (!same && !follow)
						sk->qa++;
					sk->qa_open = 1;
					sk->qa_reporter = r->speaker;
				}
				prev_reporter = 1;
			} else
				prev_reporter = 0;
			qa = sk->qa_open ? sk->qa : 0;
		}
		if (sk->summary) {
			if (speech) {
				struct tally *t = tally_get(&sk->tally, name, strlen(name), NULL, r->role);
				t->turns++;
				t->words += r->words;
				sk->doc_words += r->words;
			}
			continue;
		}
		if (sk->labels) {
			if (r->label_end > r->label_start) {
				struct tally *t = tally_get(&sk->tally, p + r->label_start,
				                            r->label_end - r->label_start, name, r->role);
				t->turns++;
			}
			continue;
		}
		if (sk->speech_only && !speech)
			continue;
		bk_rows_lead(&sk->rows, rec);
		if (speech)
			bk_out_u64(turn);
		bk_out_tab();
		bk_out_field(name, strlen(name));
		bk_out_tab();
		bk_out_str(spk_role_names[r->role]);
		bk_out_tab();
		bk_out_field(p + r->label_start, r->label_end - r->label_start);
		bk_out_tab();
		if (sk->pairs) {
			if (qa)
				bk_out_u64(qa);
			bk_out_tab();
		}
		bk_rows_span(rec->start + r->start, rec->start + r->end, p + r->start,
		             r->end - r->start);
	}
}

/* Remembers who was speaking at the end of a record, for the next record of
 * the same document (a TSV of paragraphs: segment -u paragraph | speakers). */
static void
carry_over(struct speakers *sk)
{
	spk_doc *d = &sk->doc;
	sk->doc.carry_role = -1;
	if (sk->last_role < 0)
		return;
	sk->carry.len = 0;
	if (sk->last_speaker >= 0)
		bk_buf_add(&sk->carry, d->names[sk->last_speaker], strlen(d->names[sk->last_speaker]));
	bk_buf_addc(&sk->carry, '\0');
	sk->doc.carry_name = sk->carry.p;
	sk->doc.carry_role = sk->last_role;
}

static void
new_document(struct speakers *sk, const bk_record *rec)
{
	sk->doc.carry_role = -1;
	if (sk->summary)
		summary_flush(sk);
	sk->docname.len = 0;
	bk_buf_add(&sk->docname, rec->doc, rec->doc_len);
	sk->turn = sk->qa = 0;
	sk->titled = 0;
	sk->qa_open = 0;
	sk->qa_reporter = -1;
}

/* The raw document read so far is complete: analyse it, write its rows. */
static void
finish_raw(struct speakers *sk)
{
	if (!sk->pending)
		return;
	sk->pending = 0;
	sk->doc.continued = 0;
	sk->doc.titled = 0;
	size_t n;
	const char *p = spk_doc_finish(&sk->doc, &n, sk->roster);
	sk->head.text = p;
	sk->head.len = n;
	sk->head.start = 0;
	write_rows(sk, &sk->head, p);
}

int
main(int argc, char **argv)
{
	struct speakers sk = { 0 };
	bk_common common;
	char err[512];
	int c;

	bk_prog_start(argc, argv);
	bk_common_init(&common);
	while ((c = getopt_long(argc, argv, "s" BK_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			sk.speech_only = 1;
			break;
		case OPT_PAIRS:
			sk.pairs = 1;
			break;
		case OPT_ROSTER:
			spk_roster_free(sk.roster);
			if ((sk.roster = spk_roster_load(optarg, err, sizeof err)) == NULL)
				bk_usage_error("--roster: %s", err);
			break;
		case OPT_SUMMARY:
			sk.summary = 1;
			break;
		case OPT_LABELS:
			sk.labels = 1;
			break;
		default:
			bk_common_option(&common, c, optarg, usage);
		}
	}
	if (sk.summary && sk.labels)
		bk_usage_error("--summary and --labels exclude each other");
	if ((sk.summary || sk.labels) && (sk.pairs || sk.speech_only))
		bk_usage_error("--pairs and --speech apply to turn rows, not to --%s",
		               sk.summary ? "summary" : "labels");
	sk.doc.want_words = sk.summary;
	/* Names and roles are decided from the whole document, but a raw
	 * document is not held in memory: it streams into the analysis
	 * (spk_doc.h) in chunks cut at line ends. */
	common.in.chunking = BK_CHUNK_LINE;

	bk_out_init(common.line_buffered);
	bk_rows_init(&sk.rows, sk.pairs ? pair_columns : turn_columns, common.no_header, 1);
	if (!common.no_header && sk.summary)
		bk_out_str("doc\tspeaker\trole\tturns\twords\tshare\n");
	if (!common.no_header && sk.labels)
		bk_out_str("label\tspeaker\trole\tcount\n");
	bk_inputs *inputs = bk_inputs_start(argc - optind, argv + optind, &common);
	bk_input *in;
	bk_record rec;
	while ((in = bk_inputs_next(inputs)) != NULL) {
		if (!sk.summary && !sk.labels && bk_rows_input(&sk.rows, in, err, sizeof err) < 0) {
			bk_inputs_fail(inputs, err);
			continue;
		}
		int tsv = bk_input_is_tsv(in);
		while (bk_input_next(in, &rec) > 0) {
			if (rec.new_doc) {
				finish_raw(&sk);
				new_document(&sk, &rec);
			}
			if (!tsv) {
				if (rec.new_doc) {
					sk.pending = 1;
					sk.head = rec;
					sk.head.doc = sk.docname.p;
					sk.head.field = NULL;
					sk.head.field_len = NULL;
					spk_doc_begin(&sk.doc);
				}
				spk_doc_add(&sk.doc, rec.text, rec.len);
				continue;
			}
			sk.doc.continued = !rec.new_doc && sk.turn > 0;
			sk.doc.titled = !rec.new_doc && sk.titled;
			spk_doc_analyse(&sk.doc, rec.text, rec.len, sk.roster);
			write_rows(&sk, &rec, rec.text);
			carry_over(&sk);
		}
		/* a document cut short by an error writes nothing */
		if (bk_input_error(in) != NULL)
			sk.pending = 0;
		finish_raw(&sk);
	}
	if (sk.summary)
		summary_flush(&sk);
	else if (sk.labels)
		labels_flush(&sk);
	else
		bk_rows_finish(&sk.rows);
	int status = bk_inputs_end(inputs);
	spk_doc_free(&sk.doc);
	spk_roster_free(sk.roster);
	tallies_clear(&sk.tally);
	free(sk.tally.v);
	bk_buf_free(&sk.docname);
	bk_buf_free(&sk.carry);
	return status | bk_out_finish();
}
