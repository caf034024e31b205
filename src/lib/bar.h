/* bar.h - terminal bars for reports (termfreq --bars, ngrams --bars). */
#ifndef BK_BAR_H
#define BK_BAR_H
#include <stdint.h>

/* Writes a bar of at most `width` cells for value/max, drawn with the Unicode
 * block elements (eighths of a cell), so that a column of counts reads at a
 * glance in a terminal.  A value above 0 always shows at least an eighth. */
void bk_out_bar(double value, double max, int width);

#endif
