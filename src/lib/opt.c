/* opt.c - shared option handling: the same flag means the same thing everywhere. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "opt.h"
#include "rows.h"

void
bk_common_init(bk_common *c)
{
	memset(c, 0, sizeof *c);
	c->in.shape = BK_SHAPE_AUTO;
	c->in.chunking = BK_CHUNK_PARAGRAPH;
}

void
bk_common_option(bk_common *c, int opt, const char *arg, const char *help)
{
	static const char *const invalid_words[] = { "error", "replace", NULL };
	static const char *const progress_words[] = { "auto", "always", "never", NULL };
	switch (opt) {
	case BK_OPT_RAW:
		c->in.shape = BK_SHAPE_RAW;
		break;
	case BK_OPT_TSV:
		c->in.shape = BK_SHAPE_TSV;
		break;
	case BK_OPT_DOC:
		c->in.doc = arg;
		break;
	case BK_OPT_INVALID:
		c->in.invalid_replace = bk_opt_choice("--invalid", arg, invalid_words);
		break;
	case BK_OPT_ENCODING:
		if (*arg == '\0')
			bk_usage_error("--encoding needs an encoding name");
		c->in.encoding = arg;
		break;
	case 'N':
		c->no_header = 1;
		break;
	case BK_OPT_LINE_BUFFERED:
		c->line_buffered = 1;
		break;
	case BK_OPT_META:
		bk_rows_set_meta(1);
		break;
	case BK_OPT_FILES_FROM:
		c->files_from = arg;
		break;
	case BK_OPT_PROGRESS: {
		int w = arg ? bk_opt_choice("--progress", arg, progress_words) : 0;
		c->progress = w == 0 ? 1 : w == 1 ? 2 : 0;
		break;
	}
	case 'h':
		fputs(help, stdout);
		fputs(BK_COMMON_HELP, stdout);
		if (fflush(stdout) != 0 || ferror(stdout))
			bk_die(1, "write error:");
		exit(0);
	case 'V':
		printf("%s (briefkit) %s\n", bk_prog, BK_VERSION);
		if (fflush(stdout) != 0 || ferror(stdout))
			bk_die(1, "write error:");
		exit(0);
	default:
		/* getopt has already printed what was wrong */
		fprintf(stderr, "Try '%s --help' for more information.\n", bk_prog);
		exit(BK_EXIT_USAGE);
	}
}

long long
bk_opt_int(const char *name, const char *arg, long long min, long long max)
{
	char *end;
	errno = 0;
	long long v = strtoll(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || errno == ERANGE || v < min || v > max)
		bk_usage_error("invalid value '%s' for %s: expected an integer from %lld to %lld",
		               arg, name, min, max);
	return v;
}

double
bk_opt_num(const char *name, const char *arg, double min, double max)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (*arg == '\0' || *end != '\0' || errno == ERANGE || isnan(v) || v < min || v > max)
		bk_usage_error("invalid value '%s' for %s: expected a number from %g to %g",
		               arg, name, min, max);
	return v;
}

int
bk_opt_choice(const char *name, const char *arg, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (strcmp(arg, words[i]) == 0)
			return i;
	char list[256] = "";
	for (int i = 0; words[i]; i++) {
		if (i)
			strncat(list, ", ", sizeof list - strlen(list) - 1);
		strncat(list, words[i], sizeof list - strlen(list) - 1);
	}
	bk_usage_error("invalid value '%s' for %s: expected one of %s", arg, name, list);
}
