/* num_words.h - the English words that numbers are made of and stand next to:
 * number words, ordinals, scales, hedges, currencies, units, months, and the
 * function words that end a counted noun phrase.  Lookup is by lower-case ASCII
 * spelling; a word may have several roles ("second", "may", "over"). */
#ifndef NUM_WORDS_H
#define NUM_WORDS_H
#include <stddef.h>
#include <stdint.h>

enum num_role {
	NW_NONE,
	NW_ZERO,      /* zero, nought */
	NW_DIGIT,     /* one..nine: val */
	NW_TEEN,      /* ten..nineteen: val */
	NW_TENS,      /* twenty..ninety: val */
	NW_HUNDRED,   /* hundred(s) */
	NW_SCALE,     /* thousand, million, ... lakh, crore: val = power of ten */
	NW_DOZEN,     /* dozen(s): 12 */
	NW_ORD,       /* first..ninetieth, hundredth..trillionth: val (or power of ten with NF_POW) */
	NW_HALF,      /* half, halves */
	NW_QUARTER,   /* quarter(s) */
	NW_A,         /* a, an */
	NW_AND,
	NW_POINT,
	NW_NEG,       /* minus, negative */
	NW_PERCENT,   /* percent, per cent (via "per"), percentage */
	NW_CUR,       /* a currency word: val = enum num_cur */
	NW_UNIT,      /* a unit of measurement: val = index into num_unit_names */
	NW_MONTH      /* january..december (and abbreviations): val 1..12 */
};

enum {
	NF_PLURAL = 1,    /* thirds, dozens, hundreds, percents */
	NF_STOP = 2,      /* a function word: ends a counted noun phrase */
	NF_YEARPREP = 4,  /* in, since, by... : a 4-digit number after it is a year */
	NF_POW = 8,       /* NW_ORD val is a power of ten (hundredth, millionth) */
	NF_ABBR = 16,     /* an abbreviation (bn, Jan): needs care */
	NF_VERB = 32,     /* a verb that follows a subject: "2019 marks", "one is" */
	NF_CAND = 64,     /* may start something the scanner reads: tens of, per cent, http */
	NF_REL = 128      /* may start a relative ordinal: the last but one, penultimate */
};

enum num_cur { CUR_NONE, CUR_CNY, CUR_USD, CUR_EUR, CUR_GBP, CUR_JPY, CUR_HKD, CUR_INR, CUR_CHF, CUR_CAD, CUR_AUD, CUR_RUB, CUR_KRW };

typedef struct num_word {
	const char *w;
	uint8_t role;     /* enum num_role */
	uint8_t flags;
	uint8_t role2;    /* a second number role (month "may" is also a verb: none) */
	uint8_t val2;
	uint32_t val;
} num_word;

/* Could the word of n bytes starting with bytes c0 c1 be one that starts a
 * number or another phrase the scanner reads (not a mere function word)?  A
 * quick filter: false means certainly not. */
extern uint32_t num_word_cand_bits[27][27];
extern uint32_t num_word_trig_bits[27][27];
extern const unsigned char num_word_letter[256]; /* a..z, A..Z -> 1..26, else 0 */
void num_words_init(void);
static inline int
num_word_cand(unsigned char c0, unsigned char c1, size_t n)
{
	return n < 32 && (num_word_cand_bits[num_word_letter[c0]][num_word_letter[c1]] >> n & 1);
}

/* Could the word be one that makes a text worth reading without any digit
 * (a number word, an ordinal, a fraction word)?  False means certainly not. */
static inline int
num_word_trigger_maybe(unsigned char c0, unsigned char c1, size_t n)
{
	return n < 32 && (num_word_trig_bits[num_word_letter[c0]][num_word_letter[c1]] >> n & 1);
}
/* The same, exactly, for a lexicon entry. */
int num_word_trigger(const num_word *w);

/* The entry for the lower-case word w[0..n), or NULL. */
const num_word *num_word_find(const char *w, size_t n);

extern const char *const num_cur_iso[];   /* indexed by enum num_cur */
extern const char *const num_unit_names[]; /* indexed by NW_UNIT val */

#endif
