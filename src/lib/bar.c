/* bar.c - bars of block elements. */
#include "bar.h"
#include "out.h"

void
bk_out_bar(double value, double max, int width)
{
	static const char *const eighths[8] = {
		"", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"
	};
	if (!(max > 0) || !(value > 0) || width <= 0)
		return;
	double cells = value / max * width;
	if (cells > width)
		cells = width;
	long units = (long)(cells * 8 + 0.5);
	if (units == 0)
		units = 1;
	for (long i = 0; i < units / 8; i++)
		bk_out_str("\u2588");
	bk_out_str(eighths[units % 8]);
}
