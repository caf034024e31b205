/* inputs.h - walking the operands: FILE... (or standard input), --files-from,
 * one file open at a time; a file that cannot be read is reported and skipped,
 * and the final status says so. */
#ifndef BK_INPUTS_H
#define BK_INPUTS_H
#include "input.h"
#include "opt.h"

typedef struct bk_inputs bk_inputs;

bk_inputs *bk_inputs_start(int argc, char **argv, const bk_common *c);
/* The next readable input (the previous one is closed and its errors
 * reported), or NULL when all are done. */
bk_input *bk_inputs_next(bk_inputs *it);
/* Reports a failure of the current input that the program found itself. */
void bk_inputs_fail(bk_inputs *it, const char *msg);
/* Closes the last input; returns 0, or 1 when any input failed. */
int bk_inputs_end(bk_inputs *it);

#endif
