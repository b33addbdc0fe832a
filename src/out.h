/* out.h - atomic output files: write to a temporary file in the target
 * folder, then fsync and rename over the final name. Temporary files still
 * open at exit or on SIGINT/SIGTERM/SIGHUP are removed, so a failed or killed
 * run never leaves a half-written output nor a stray temp file. */
#ifndef ENTGRAPH_OUT_H
#define ENTGRAPH_OUT_H

#include <stdio.h>

#include "util.h"

typedef struct out_file out_file;

/* Creates dir (and parents) if missing. Returns 0 or -1 with e set. */
int out_mkdir(const char *dir, eg_err *e);
/* Opens a temporary file for dir/name. Returns NULL with e set on failure. */
out_file *out_open(const char *dir, const char *name, eg_err *e);
FILE *out_stream(out_file *f);
const char *out_temp_path(const out_file *f);
/* Flushes, checks write errors, fsyncs and renames into place; frees f.
 * Returns 0, or -1 with e set (the temp file is removed). */
int out_commit(out_file *f, eg_err *e);
/* Removes the temp file and frees f. NULL-safe. */
void out_abort(out_file *f);
/* Installs signal handlers and the exit cleanup; call once from main. */
void out_install_cleanup(void);

/* TSV field escaping per DESIGN.md: \\ \t \n \r. */
void out_tsv_field(FILE *fp, const char *s, size_t n);

#endif
