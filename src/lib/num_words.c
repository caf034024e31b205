/* num_words.c - the lexicon of numbers (see num_words.h).  A small open-
 * addressing hash built on first use; a word listed twice gets both roles. */
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "num_words.h"

const char *const num_cur_iso[] = {
	"", "CNY", "USD", "EUR", "GBP", "JPY", "HKD", "INR", "CHF", "CAD", "AUD", "RUB", "KRW"
};

const char *const num_unit_names[] = {
	"", "km", "m", "cm", "mm", "mi", "kg", "g", "tonnes", "lb", "ha", "acres", "L", "kWh",
	"MW", "GW", "kW", "TWh", "barrels", "sq km", "mu", "ft", "in", "mph", "km/h", "t", "mg", "ml",
	"GB", "TB", "MB", "nmi"
};

#define U(w, i) { w, NW_UNIT, 0, 0, 0, i }
#define S(w) { w, NW_NONE, NF_STOP, 0, 0, 0 }
#define V(w) { w, NW_NONE, NF_STOP | NF_VERB, 0, 0, 0 }

static const num_word table[] = {
	{ "zero", NW_ZERO, 0, 0, 0, 0 }, { "nought", NW_ZERO, 0, 0, 0, 0 },
	{ "naught", NW_ZERO, 0, 0, 0, 0 }, { "nil", NW_ZERO, 0, 0, 0, 0 },
	{ "one", NW_DIGIT, 0, 0, 0, 1 }, { "two", NW_DIGIT, 0, 0, 0, 2 },
	{ "three", NW_DIGIT, 0, 0, 0, 3 }, { "four", NW_DIGIT, 0, 0, 0, 4 },
	{ "five", NW_DIGIT, 0, 0, 0, 5 }, { "six", NW_DIGIT, 0, 0, 0, 6 },
	{ "seven", NW_DIGIT, 0, 0, 0, 7 }, { "eight", NW_DIGIT, 0, 0, 0, 8 },
	{ "nine", NW_DIGIT, 0, 0, 0, 9 },
	{ "ten", NW_TEEN, 0, 0, 0, 10 }, { "eleven", NW_TEEN, 0, 0, 0, 11 },
	{ "twelve", NW_TEEN, 0, 0, 0, 12 }, { "thirteen", NW_TEEN, 0, 0, 0, 13 },
	{ "fourteen", NW_TEEN, 0, 0, 0, 14 }, { "fifteen", NW_TEEN, 0, 0, 0, 15 },
	{ "sixteen", NW_TEEN, 0, 0, 0, 16 }, { "seventeen", NW_TEEN, 0, 0, 0, 17 },
	{ "eighteen", NW_TEEN, 0, 0, 0, 18 }, { "nineteen", NW_TEEN, 0, 0, 0, 19 },
	{ "twenty", NW_TENS, 0, 0, 0, 20 }, { "thirty", NW_TENS, 0, 0, 0, 30 },
	{ "forty", NW_TENS, 0, 0, 0, 40 }, { "fourty", NW_TENS, 0, 0, 0, 40 },
	{ "fifty", NW_TENS, 0, 0, 0, 50 }, { "sixty", NW_TENS, 0, 0, 0, 60 },
	{ "seventy", NW_TENS, 0, 0, 0, 70 }, { "eighty", NW_TENS, 0, 0, 0, 80 },
	{ "ninety", NW_TENS, 0, 0, 0, 90 },
	{ "hundred", NW_HUNDRED, 0, 0, 0, 2 }, { "hundreds", NW_HUNDRED, NF_PLURAL, 0, 0, 2 },
	{ "thousand", NW_SCALE, 0, 0, 0, 3 }, { "thousands", NW_SCALE, NF_PLURAL, 0, 0, 3 },
	{ "million", NW_SCALE, 0, 0, 0, 6 }, { "millions", NW_SCALE, NF_PLURAL, 0, 0, 6 },
	{ "billion", NW_SCALE, 0, 0, 0, 9 }, { "billions", NW_SCALE, NF_PLURAL, 0, 0, 9 },
	{ "trillion", NW_SCALE, 0, 0, 0, 12 }, { "trillions", NW_SCALE, NF_PLURAL, 0, 0, 12 },
	{ "quadrillion", NW_SCALE, 0, 0, 0, 15 },
	{ "lakh", NW_SCALE, 0, 0, 0, 5 }, { "lakhs", NW_SCALE, 0, 0, 0, 5 },
	{ "crore", NW_SCALE, 0, 0, 0, 7 }, { "crores", NW_SCALE, 0, 0, 0, 7 },
	{ "bn", NW_SCALE, NF_ABBR, 0, 0, 9 }, { "bln", NW_SCALE, NF_ABBR, 0, 0, 9 },
	{ "mn", NW_SCALE, NF_ABBR, 0, 0, 6 }, { "mln", NW_SCALE, NF_ABBR, 0, 0, 6 },
	{ "tn", NW_SCALE, NF_ABBR, 0, 0, 12 }, { "tln", NW_SCALE, NF_ABBR, 0, 0, 12 },
	{ "trn", NW_SCALE, NF_ABBR, 0, 0, 12 },
	{ "dozen", NW_DOZEN, 0, 0, 0, 12 }, { "dozens", NW_DOZEN, NF_PLURAL, 0, 0, 12 },
	{ "dzs", NW_DOZEN, NF_PLURAL, 0, 0, 12 }, { "dozs", NW_DOZEN, NF_PLURAL, 0, 0, 12 },

	{ "first", NW_ORD, 0, 0, 0, 1 }, { "second", NW_ORD, 0, 0, 0, 2 },
	{ "third", NW_ORD, 0, 0, 0, 3 }, { "fourth", NW_ORD, 0, 0, 0, 4 },
	{ "fifth", NW_ORD, 0, 0, 0, 5 }, { "sixth", NW_ORD, 0, 0, 0, 6 },
	{ "seventh", NW_ORD, 0, 0, 0, 7 }, { "eighth", NW_ORD, 0, 0, 0, 8 },
	{ "ninth", NW_ORD, 0, 0, 0, 9 }, { "nineth", NW_ORD, 0, 0, 0, 9 },
	{ "tenth", NW_ORD, 0, 0, 0, 10 }, { "eleventh", NW_ORD, 0, 0, 0, 11 },
	{ "twelfth", NW_ORD, 0, 0, 0, 12 }, { "thirteenth", NW_ORD, 0, 0, 0, 13 },
	{ "fourteenth", NW_ORD, 0, 0, 0, 14 }, { "fifteenth", NW_ORD, 0, 0, 0, 15 },
	{ "sixteenth", NW_ORD, 0, 0, 0, 16 }, { "seventeenth", NW_ORD, 0, 0, 0, 17 },
	{ "eighteenth", NW_ORD, 0, 0, 0, 18 }, { "nineteenth", NW_ORD, 0, 0, 0, 19 },
	{ "twentieth", NW_ORD, 0, 0, 0, 20 }, { "thirtieth", NW_ORD, 0, 0, 0, 30 },
	{ "fortieth", NW_ORD, 0, 0, 0, 40 }, { "fiftieth", NW_ORD, 0, 0, 0, 50 },
	{ "sixtieth", NW_ORD, 0, 0, 0, 60 }, { "seventieth", NW_ORD, 0, 0, 0, 70 },
	{ "eightieth", NW_ORD, 0, 0, 0, 80 }, { "ninetieth", NW_ORD, 0, 0, 0, 90 },
	{ "hundredth", NW_ORD, NF_POW, 0, 0, 2 }, { "thousandth", NW_ORD, NF_POW, 0, 0, 3 },
	{ "millionth", NW_ORD, NF_POW, 0, 0, 6 }, { "billionth", NW_ORD, NF_POW, 0, 0, 9 },
	{ "trillionth", NW_ORD, NF_POW, 0, 0, 12 },
	/* plural ordinals only ever name fractions */
	{ "thirds", NW_ORD, NF_PLURAL, 0, 0, 3 }, { "fourths", NW_ORD, NF_PLURAL, 0, 0, 4 },
	{ "fifths", NW_ORD, NF_PLURAL, 0, 0, 5 }, { "sixths", NW_ORD, NF_PLURAL, 0, 0, 6 },
	{ "sevenths", NW_ORD, NF_PLURAL, 0, 0, 7 }, { "eighths", NW_ORD, NF_PLURAL, 0, 0, 8 },
	{ "ninths", NW_ORD, NF_PLURAL, 0, 0, 9 }, { "tenths", NW_ORD, NF_PLURAL, 0, 0, 10 },
	{ "elevenths", NW_ORD, NF_PLURAL, 0, 0, 11 }, { "twelfths", NW_ORD, NF_PLURAL, 0, 0, 12 },
	{ "twentieths", NW_ORD, NF_PLURAL, 0, 0, 20 }, { "thirtieths", NW_ORD, NF_PLURAL, 0, 0, 30 },
	{ "firsts", NW_ORD, NF_PLURAL, 0, 0, 1 }, { "seconds", NW_ORD, NF_PLURAL, 0, 0, 2 },
	{ "hundredths", NW_ORD, NF_PLURAL | NF_POW, 0, 0, 2 },
	{ "thousandths", NW_ORD, NF_PLURAL | NF_POW, 0, 0, 3 },
	{ "millionths", NW_ORD, NF_PLURAL | NF_POW, 0, 0, 6 },
	{ "billionths", NW_ORD, NF_PLURAL | NF_POW, 0, 0, 9 },
	{ "trillionths", NW_ORD, NF_PLURAL | NF_POW, 0, 0, 12 },
	{ "half", NW_HALF, 0, 0, 0, 2 }, { "halves", NW_HALF, NF_PLURAL, 0, 0, 2 },
	{ "quarter", NW_QUARTER, 0, 0, 0, 4 }, { "quarters", NW_QUARTER, NF_PLURAL, 0, 0, 4 },

	{ "a", NW_A, NF_STOP, 0, 0, 1 }, { "an", NW_A, NF_STOP, 0, 0, 1 },
	{ "and", NW_AND, NF_STOP, 0, 0, 0 }, { "point", NW_POINT, 0, 0, 0, 0 },
	{ "minus", NW_NEG, 0, 0, 0, 0 }, { "negative", NW_NEG, 0, 0, 0, 0 },
	{ "percent", NW_PERCENT, 0, 0, 0, 0 }, { "percents", NW_PERCENT, 0, 0, 0, 0 },
	{ "percentage", NW_PERCENT, 0, 0, 0, 0 }, { "pct", NW_PERCENT, 0, 0, 0, 0 },

	{ "yuan", NW_CUR, 0, 0, 0, CUR_CNY }, { "renminbi", NW_CUR, 0, 0, 0, CUR_CNY },
	{ "rmb", NW_CUR, 0, 0, 0, CUR_CNY }, { "cny", NW_CUR, 0, 0, 0, CUR_CNY },
	{ "dollars", NW_CUR, 0, 0, 0, CUR_USD }, { "dollar", NW_CUR, 0, 0, 0, CUR_USD },
	{ "usd", NW_CUR, 0, 0, 0, CUR_USD },
	{ "euros", NW_CUR, 0, 0, 0, CUR_EUR }, { "euro", NW_CUR, 0, 0, 0, CUR_EUR },
	{ "eur", NW_CUR, 0, 0, 0, CUR_EUR },
	{ "pounds", NW_CUR, 0, 0, 0, CUR_GBP }, { "gbp", NW_CUR, 0, 0, 0, CUR_GBP },
	{ "sterling", NW_CUR, 0, 0, 0, CUR_GBP },
	{ "yen", NW_CUR, 0, 0, 0, CUR_JPY }, { "jpy", NW_CUR, 0, 0, 0, CUR_JPY },
	{ "hkd", NW_CUR, 0, 0, 0, CUR_HKD }, { "rupees", NW_CUR, 0, 0, 0, CUR_INR },
	{ "inr", NW_CUR, 0, 0, 0, CUR_INR }, { "francs", NW_CUR, 0, 0, 0, CUR_CHF },
	{ "chf", NW_CUR, 0, 0, 0, CUR_CHF }, { "cad", NW_CUR, 0, 0, 0, CUR_CAD },
	{ "aud", NW_CUR, 0, 0, 0, CUR_AUD }, { "rubles", NW_CUR, 0, 0, 0, CUR_RUB },
	{ "roubles", NW_CUR, 0, 0, 0, CUR_RUB }, { "won", NW_CUR, 0, 0, 0, CUR_KRW },

	U("km", 1), U("kilometers", 1), U("kilometres", 1), U("kilometer", 1), U("kilometre", 1),
	U("meters", 2), U("metres", 2), U("meter", 2), U("metre", 2),
	U("cm", 3), U("centimeters", 3), U("centimetres", 3), U("mm", 4), U("millimeters", 4),
	U("millimetres", 4), U("miles", 5), U("mile", 5), U("kg", 6), U("kilograms", 6),
	U("kilos", 6), U("grams", 7), U("tonnes", 8), U("tons", 8), U("tonne", 8), U("ton", 8),
	U("lbs", 9), U("hectares", 10), U("hectare", 10), U("acres", 11), U("acre", 11),
	U("liters", 12), U("litres", 12), U("kwh", 13), U("megawatts", 14), U("mw", 14),
	U("gigawatts", 15), U("gw", 15), U("kilowatts", 16), U("kw", 16), U("twh", 17),
	U("barrels", 18), U("feet", 21), U("foot", 21), U("ft", 21), U("inches", 22), U("mph", 23),
	U("kph", 24), U("mg", 26), U("milligrams", 26), U("ml", 27), U("milliliters", 27),
	U("gb", 28), U("tb", 29), U("mb", 30), U("nautical", 31),

	{ "january", NW_MONTH, 0, 0, 0, 1 }, { "february", NW_MONTH, 0, 0, 0, 2 },
	{ "march", NW_MONTH, 0, 0, 0, 3 }, { "april", NW_MONTH, 0, 0, 0, 4 },
	{ "may", NW_MONTH, NF_STOP, 0, 0, 5 }, { "june", NW_MONTH, 0, 0, 0, 6 },
	{ "july", NW_MONTH, 0, 0, 0, 7 }, { "august", NW_MONTH, 0, 0, 0, 8 },
	{ "september", NW_MONTH, 0, 0, 0, 9 }, { "october", NW_MONTH, 0, 0, 0, 10 },
	{ "november", NW_MONTH, 0, 0, 0, 11 }, { "december", NW_MONTH, 0, 0, 0, 12 },
	{ "jan", NW_MONTH, NF_ABBR, 0, 0, 1 }, { "feb", NW_MONTH, NF_ABBR, 0, 0, 2 },
	{ "mar", NW_MONTH, NF_ABBR, 0, 0, 3 }, { "apr", NW_MONTH, NF_ABBR, 0, 0, 4 },
	{ "jun", NW_MONTH, NF_ABBR, 0, 0, 6 }, { "jul", NW_MONTH, NF_ABBR, 0, 0, 7 },
	{ "aug", NW_MONTH, NF_ABBR, 0, 0, 8 }, { "sep", NW_MONTH, NF_ABBR, 0, 0, 9 },
	{ "sept", NW_MONTH, NF_ABBR, 0, 0, 9 }, { "oct", NW_MONTH, NF_ABBR, 0, 0, 10 },
	{ "nov", NW_MONTH, NF_ABBR, 0, 0, 11 }, { "dec", NW_MONTH, NF_ABBR, 0, 0, 12 },

	/* prepositions after which a four-digit number is a year */
	{ "in", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 }, { "since", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 },
	{ "by", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 }, { "until", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 },
	{ "till", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 }, { "from", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 },
	{ "of", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 }, { "during", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 },
	{ "before", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 }, { "after", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 },
	{ "through", NW_NONE, NF_STOP | NF_YEARPREP, 0, 0, 0 }, { "year", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "fiscal", NW_NONE, NF_YEARPREP, 0, 0, 0 }, { "fy", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "early", NW_NONE, NF_YEARPREP, 0, 0, 0 }, { "late", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "mid", NW_NONE, NF_YEARPREP, 0, 0, 0 }, { "spring", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "summer", NW_NONE, NF_YEARPREP, 0, 0, 0 }, { "autumn", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "fall", NW_NONE, NF_YEARPREP, 0, 0, 0 }, { "winter", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "post", NW_NONE, NF_YEARPREP, 0, 0, 0 }, { "pre", NW_NONE, NF_YEARPREP, 0, 0, 0 },
	{ "to", NW_NONE, NF_STOP, 0, 0, 0 },
	{ "tens", NW_NONE, NF_CAND, 0, 0, 0 }, { "per", NW_NONE, NF_CAND, 0, 0, 0 },
	{ "http", NW_NONE, NF_CAND, 0, 0, 0 }, { "https", NW_NONE, NF_CAND, 0, 0, 0 },
	{ "ftp", NW_NONE, NF_CAND, 0, 0, 0 }, { "www", NW_NONE, NF_CAND, 0, 0, 0 },
	{ "the", NW_NONE, NF_REL, 0, 0, 0 }, { "second", NW_NONE, NF_REL, 0, 0, 0 },
	{ "next", NW_NONE, NF_REL, 0, 0, 0 }, { "last", NW_NONE, NF_REL, 0, 0, 0 },
	{ "previous", NW_NONE, NF_REL, 0, 0, 0 }, { "current", NW_NONE, NF_REL, 0, 0, 0 },
	{ "penultimate", NW_NONE, NF_REL, 0, 0, 0 }, { "antepenultimate", NW_NONE, NF_REL, 0, 0, 0 },

	/* verbs: a number before them is a subject, not a count of them */
	V("is"), V("are"), V("was"), V("were"), V("be"), V("been"), V("being"), V("has"),
	V("have"), V("had"), V("do"), V("does"), V("did"), V("will"), V("would"), V("can"),
	V("could"), V("should"), V("might"), V("must"), V("shall"), V("marks"), V("marked"),
	V("saw"), V("sees"), V("seems"), V("remains"), V("remained"), V("represents"),
	V("comes"), V("came"), V("becomes"), V("became"), V("brings"), V("brought"),
	V("says"), V("said"), V("gets"), V("got"), V("makes"), V("made"), V("goes"),
	V("went"), V("shows"), V("showed"), V("means"), V("meant"), V("isn't"), V("wasn't"),
	V("aren't"), V("weren't"), V("took"), V("gave"), V("told"), V("knew"), V("thought"),
	V("found"), V("began"), V("bought"), V("built"), V("kept"), V("left"), V("met"), V("ran"),
	V("sent"), V("spent"), V("stood"), V("wrote"), V("paid"), V("lost"), V("held"), V("led"),
	V("fell"), V("rose"), V("grew"), V("spoke"), V("broke"), V("chose"), V("felt"), V("heard"),
	V("died"), V("take"), V("give"), V("get"), V("go"), V("come"), V("make"), V("say"),
	V("see"), V("know"), V("think"), V("want"), V("need"), V("like"), V("fits"), V("takes"),
	V("gives"), V("needs"), V("wants"), V("knows"), V("thinks"), V("tells"), V("keeps"),
	S("the"), S("this"), S("that"), S("these"), S("those"), S("on"), S("at"), S("for"),
	S("with"), S("about"), S("as"), S("into"), S("onto"), S("over"), S("under"), S("or"),
	S("but"), S("nor"), S("so"), S("than"), S("then"), S("there"), S("here"), S("also"),
	S("just"), S("only"), S("very"), S("more"), S("most"), S("less"), S("least"), S("per"),
	S("each"), S("every"), S("all"), S("some"), S("any"), S("other"), S("such"), S("if"),
	S("because"), S("while"), S("up"), S("down"), S("out"), S("off"), S("again"), S("ago"),
	S("now"), S("yet"), S("still"), S("already"), S("between"), S("among"), S("around"),
	S("across"), S("against"), S("within"), S("without"), S("including"), S("according"),
	S("i"), S("we"), S("you"), S("he"), S("she"), S("it"), S("they"), S("me"), S("us"),
	S("him"), S("her"), S("them"), S("my"), S("our"), S("your"), S("his"), S("its"),
	S("their"), S("who"), S("whom"), S("whose"), S("which"), S("what"), S("where"),
	S("when"), S("why"), S("how"), S("not"), S("no"), S("not"), S("ago"), S("too"),
	S("last"), S("next"), S("later"), S("earlier"), S("whether"), S("both"), S("either"),
	S("neither"), S("via"), S("upon"), S("toward"), S("towards"), S("along"), S("beyond"),
	S("respectively"), S("altogether"), S("apiece"), S("each"), S("plus"),
	S("i'm"), S("we're"), S("you're"), S("they're"), S("it's"), S("that's"), S("there's"),
	S("we've"), S("they've"), S("i've"), S("don't"), S("didn't"), S("won't"), S("can't"),
	S("or"), S("versus"), S("vs"), S("like"), S("where"), S("once"), S("twice"),
	S("am"), S("pm"), S("o'clock"), S("yesterday"), S("today"), S("tomorrow"), S("overall"),
	S("total"), S("alone"), S("already"), S("again"), S("approximately"), S("nearly"),
	S("almost"), S("roughly"), S("about"), S("exactly"), S("precisely"),
	S("often"), S("always"), S("never"), S("even"), S("really"), S("actually"), S("probably"),
	S("ever"), S("usually"), S("together"), S("directly"), S("immediately"), S("currently"),
	S("recently"), S("simply"), S("another"), S("instead"), S("anyway"), S("maybe"),
};

#define NSLOT 2048

static num_word slots[NSLOT];
static uint8_t slot_len[NSLOT];
static int built;
uint32_t num_word_trig_bits[27][27];
uint32_t num_word_cand_bits[27][27]; /* [first][second letter]: bit n for a candidate of n bytes */

const unsigned char num_word_letter[256] = {
	['a'] = 1, ['A'] = 1, ['b'] = 2, ['B'] = 2, ['c'] = 3, ['C'] = 3, ['d'] = 4, ['D'] = 4, ['e'] = 5, ['E'] = 5, ['f'] = 6, ['F'] = 6, ['g'] = 7, ['G'] = 7, ['h'] = 8, ['H'] = 8, ['i'] = 9, ['I'] = 9, ['j'] = 10, ['J'] = 10, ['k'] = 11, ['K'] = 11, ['l'] = 12, ['L'] = 12, ['m'] = 13, ['M'] = 13, ['n'] = 14, ['N'] = 14, ['o'] = 15, ['O'] = 15, ['p'] = 16, ['P'] = 16, ['q'] = 17, ['Q'] = 17, ['r'] = 18, ['R'] = 18, ['s'] = 19, ['S'] = 19, ['t'] = 20, ['T'] = 20, ['u'] = 21, ['U'] = 21, ['v'] = 22, ['V'] = 22, ['w'] = 23, ['W'] = 23, ['x'] = 24, ['X'] = 24, ['y'] = 25, ['Y'] = 25, ['z'] = 26, ['Z'] = 26
};

static int
letter(unsigned char c)
{
	return num_word_letter[c];
}

static int
is_cand(const num_word *e)
{
	switch (e->role) {
	case NW_NONE: case NW_AND: case NW_POINT: case NW_CUR: case NW_UNIT:
		return (e->flags & (NF_CAND | NF_REL)) != 0;
	}
	return 1;
}

static uint32_t
hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static void
build(void)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		const num_word *e = &table[i];
		size_t n = strlen(e->w);
		uint32_t h = hash(e->w, n) & (NSLOT - 1);
		while (slots[h].w != NULL && strcmp(slots[h].w, e->w) != 0)
			h = (h + 1) & (NSLOT - 1);
		num_word *s = &slots[h];
		if (n < 32 && num_word_trigger(e))
			num_word_trig_bits[letter((unsigned char)e->w[0])][letter((unsigned char)e->w[1])] |= 1u << n;
		if (is_cand(e) && n < 32)
			num_word_cand_bits[letter((unsigned char)e->w[0])][letter((unsigned char)e->w[1])] |= 1u << n;
		if (s->w == NULL) {
			*s = *e;
			slot_len[h] = (uint8_t)n;
			continue;
		}
		/* a second listing adds a role */
		s->flags |= e->flags;
		if (s->role == NW_NONE) {
			s->role = e->role;
			s->val = e->val;
		} else if (e->role != NW_NONE) {
			s->role2 = e->role;
			s->val2 = (uint8_t)e->val;
		}
	}
	built = 1;
}

int
num_word_trigger(const num_word *w)
{
	switch (w->role) {
	case NW_ZERO: case NW_DIGIT: case NW_TEEN: case NW_TENS: case NW_HUNDRED: case NW_SCALE:
	case NW_DOZEN: case NW_ORD: case NW_HALF: case NW_QUARTER:
		return 1;
	}
	/* penultimate, last, next: but "the" only ever starts one with another of them */
	return (w->flags & NF_REL) && strcmp(w->w, "the") != 0;
}

void
num_words_init(void)
{
	if (!built)
		build();
}

const num_word *
num_word_find(const char *w, size_t n)
{
	if (!built)
		build();
	uint32_t h = hash(w, n) & (NSLOT - 1);
	while (slots[h].w != NULL) {
		if (slot_len[h] == n && memcmp(slots[h].w, w, n) == 0)
			return &slots[h];
		h = (h + 1) & (NSLOT - 1);
	}
	return NULL;
}
