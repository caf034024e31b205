/* inputs.c - the operand loop shared by every program. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "err.h"
#include "inputs.h"
#include "mem.h"

struct bk_inputs {
	char **names;
	size_t n, next;
	int own_names;          /* names came from --files-from */
	const bk_common *c;
	bk_input *cur;
	int status;
	int progress;
	uint64_t bytes_done;
	double t0, last_draw;
};

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
read_names(bk_inputs *it, const char *list)
{
	FILE *f = strcmp(list, "-") == 0 ? stdin : fopen(list, "r");
	if (f == NULL)
		bk_die(BK_EXIT_DATA, "%s:", list);
	char *line = NULL;
	size_t cap = 0, n = 0, alloc = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		if (n == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			it->names = bk_xrealloc(it->names, alloc * sizeof *it->names);
		}
		it->names[n++] = bk_xmemdup(line, (size_t)len);
	}
	if (ferror(f))
		bk_die(BK_EXIT_DATA, "%s: read error:", list);
	free(line);
	if (f != stdin)
		fclose(f);
	it->n = n;
	it->own_names = 1;
}

bk_inputs *
bk_inputs_start(int argc, char **argv, const bk_common *c)
{
	static char *stdin_name[] = { "-" };
	bk_inputs *it = bk_xcalloc(1, sizeof *it);
	it->c = c;
	if (c->files_from) {
		if (argc > 0)
			bk_usage_error("--files-from and file operands exclude each other");
		read_names(it, c->files_from);
	} else if (argc > 0) {
		it->names = argv;
		it->n = (size_t)argc;
	} else {
		it->names = stdin_name;
		it->n = 1;
	}
	it->progress = c->progress == 2 || (c->progress == 1 && isatty(STDERR_FILENO));
	it->t0 = now();
	return it;
}

static void
draw_progress(bk_inputs *it, int final)
{
	double t = now();
	if (!final && t - it->last_draw < 0.25)
		return;
	it->last_draw = t;
	double el = t - it->t0;
	uint64_t bytes = it->bytes_done + (it->cur ? bk_input_bytes_read(it->cur) : 0);
	double mb = (double)bytes / 1e6;
	fprintf(stderr, "\r%s: %zu/%zu files, %.1f MB, %.1f MB/s, %.1fs%s", bk_prog,
	        it->next, it->n, mb, el > 0 ? mb / el : 0.0, el, final ? "\n" : "");
}

static void
progress_tick(void *ctx)
{
	draw_progress(ctx, 0);
}

static void
close_current(bk_inputs *it)
{
	if (it->cur == NULL)
		return;
	if (bk_input_error(it->cur)) {
		bk_warn("%s", bk_input_error(it->cur));
		it->status = BK_EXIT_DATA;
	}
	it->bytes_done += bk_input_bytes_read(it->cur);
	bk_input_close(it->cur);
	it->cur = NULL;
}

bk_input *
bk_inputs_next(bk_inputs *it)
{
	close_current(it);
	while (it->next < it->n) {
		if (it->progress)
			draw_progress(it, 0);
		bk_input *in = bk_input_open(it->names[it->next++], &it->c->in);
		if (bk_input_error(in) == NULL) {
			it->cur = in;
			if (it->progress)
				bk_input_on_read(in, progress_tick, it);
			return in;
		}
		it->cur = in;
		close_current(it);
	}
	return NULL;
}

void
bk_inputs_fail(bk_inputs *it, const char *msg)
{
	bk_warn("%s", msg);
	it->status = BK_EXIT_DATA;
}

int
bk_inputs_end(bk_inputs *it)
{
	close_current(it);
	if (it->progress)
		draw_progress(it, 1);
	int status = it->status;
	if (it->own_names) {
		for (size_t i = 0; i < it->n; i++)
			free(it->names[i]);
		free(it->names);
	}
	free(it);
	return status;
}
