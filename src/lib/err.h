/* err.h - messages and exit status, one format for every program:
 *   PROG: message
 *   PROG: FILE:LINE:COL: message
 * Exit status: 0 success, 1 bad data or I/O failure, 2 bad usage. */
#ifndef BK_ERR_H
#define BK_ERR_H

enum { BK_EXIT_OK = 0, BK_EXIT_DATA = 1, BK_EXIT_USAGE = 2 };

extern const char *bk_prog;

/* Names the program for messages; ignores SIGPIPE so that a closed pipe is seen
 * as EPIPE by the output layer, which then ends quietly. */
void bk_prog_start(int argc, char **argv);

void bk_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Like bk_warn, then exit(status).  A format ending in ':' gets strerror(errno). */
_Noreturn void bk_die(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* One line, then "Try 'PROG --help' for more information.", exit 2. */
_Noreturn void bk_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
