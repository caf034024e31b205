/* ng_assoc.c - the four association measures of ngrams --assoc. */
#include <math.h>
#include "ng_assoc.h"

/* One cell of G2: obs * ln(obs / exp); an empty cell adds nothing (the limit
 * of x ln x at 0), and so does a cell the marginals make negative, which can
 * only happen for a word repeated against itself ("very very"). */
static double
g2_cell(double obs, double exp)
{
	if (obs <= 0 || exp <= 0)
		return 0;
	return obs * log(obs / exp);
}

void
ng_assoc_score(uint64_t o, uint64_t a, uint64_t b, uint64_t total, ng_scores *s)
{
	double O = (double)o, A = (double)a, B = (double)b, N = (double)total;
	double E = A * B / N;
	s->pmi = log2(O * N / (A * B));
	s->t_score = (O - E) / sqrt(O);
	s->log_dice = 14 + log2(2 * O / (A + B));
	/* rows: w1 / not w1; columns: w2 / not w2 */
	double o12 = A - O, o21 = B - O, o22 = N - A - B + O;
	double g = g2_cell(O, E) + g2_cell(o12, A * (N - B) / N) +
	           g2_cell(o21, (N - A) * B / N) + g2_cell(o22, (N - A) * (N - B) / N);
	g *= 2;
	if (g < 0)
		g = 0; /* rounding on a table with no association */
	s->g2 = O < E ? -g : g;
}
