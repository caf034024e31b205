/* Bars: full cells, eighths, the minimum of one eighth, the cap at width. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "lib/bar.h"
#include "lib/out.h"
#include "unit.h"

int
main(void)
{
	/* capture stdout in a file to read what was drawn */
	unit_capture cap;
	unit_capture_start(&cap);
	bk_out_bar(10, 10, 4);      /* 4 full */
	bk_out_str("|");
	bk_out_bar(5, 10, 4);       /* 2 full */
	bk_out_str("|");
	bk_out_bar(1, 16, 2);       /* 1/8 cell */
	bk_out_str("|");
	bk_out_bar(1, 1000000, 2);  /* tiny but not zero: one eighth */
	bk_out_str("|");
	bk_out_bar(0, 10, 4);       /* nothing */
	bk_out_str("|");
	bk_out_bar(3, 8, 1);        /* 3/8 */
	bk_out_finish();
	char got[256];
	size_t n = unit_capture_end(&cap, got, sizeof got);
	CHECK_MEM(got, n, "\u2588\u2588\u2588\u2588|\u2588\u2588|\u258F|\u258F||\u258D");
	fprintf(stderr, "bar: %d checks, %d failed\n", unit_checks, unit_failures);
	return unit_failures != 0;
}
