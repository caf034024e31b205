/* err.c - the one message printer. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "err.h"
#include "out.h"

const char *bk_prog = "briefkit";

void
bk_prog_start(int argc, char **argv)
{
	const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;
	bk_prog = slash ? slash + 1 : argc > 0 ? argv[0] : "briefkit";
	if (argc > 0)
		argv[0] = (char *)bk_prog; /* getopt's messages name the program the same way */
	/* A write into a closed pipe must come back as EPIPE, not kill us with a
	 * signal, so that `| head` ends with status 0 and no message. */
	signal(SIGPIPE, SIG_IGN);
}

static void
vmessage(const char *fmt, va_list ap, int errnum)
{
	size_t n = strlen(fmt);
	fprintf(stderr, "%s: ", bk_prog);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(errnum));
	fputc('\n', stderr);
}

void
bk_warn(const char *fmt, ...)
{
	int e = errno;
	va_list ap;
	va_start(ap, fmt);
	vmessage(fmt, ap, e);
	va_end(ap);
}

void
bk_die(int status, const char *fmt, ...)
{
	int e = errno;
	va_list ap;
	va_start(ap, fmt);
	vmessage(fmt, ap, e);
	va_end(ap);
	bk_out_abandon();
	exit(status);
}

void
bk_usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage(fmt, ap, 0);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", bk_prog);
	exit(BK_EXIT_USAGE);
}
