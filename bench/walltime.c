/* walltime.c - one run of a command: its wall time and peak RSS.
 *
 *   walltime OUT COMMAND [ARG...]
 *
 * runs COMMAND and writes "SECONDS KB" to file OUT: the wall time from just
 * before the fork to the wait's return, to the microsecond, and the child's
 * peak resident set (its rusage).  GNU time's %e, which bench/lib.sh used
 * before, prints hundredths truncated: a run of 0.259 s read 0.25, so that
 * a median of runs near a quarter of a second came out some 2% low.  The
 * exit status is the command's (128 + the signal that killed it). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: walltime OUT COMMAND [ARG...]\n");
		return 2;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "walltime: fork: %s\n", strerror(errno));
		return 2;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "walltime: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	int status;
	struct rusage ru;
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "walltime: wait: %s\n", strerror(errno));
			return 2;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	FILE *out = fopen(argv[1], "w");
	if (out == NULL || fprintf(out, "%.6f %ld\n", s, ru.ru_maxrss) < 0 || fclose(out) != 0) {
		fprintf(stderr, "walltime: %s: %s\n", argv[1], strerror(errno));
		return 2;
	}
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}
