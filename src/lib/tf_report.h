/* tf_report.h - termfreq's final tables: terms, --summary, --tfidf, keyness. */
#ifndef TF_REPORT_H
#define TF_REPORT_H
#include "tf_io.h"
#include "tf_model.h"

typedef struct tf_report_opts {
	char *const *by;
	size_t nby;
	int no_header;
	long long top;        /* rows per group; 0: all */
	long long min_count;  /* rows with a smaller count are left out (0 to 10^15) */
	int summary, tfidf;
	const tf_ref *ref;    /* --reference */
	const char *target;   /* --target VALUE (with one --by column) */
	int bars;             /* --bars: width of a bar column of counts; 0: none */
} tf_report_opts;

/* Writes the report; -1 with a message in err (a --target that no group has). */
int tf_report(tf_model *m, const tf_report_opts *o, char *err, size_t errlen);

#endif
