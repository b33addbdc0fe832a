/* lint.h - `entgraph lint`: checks a gazetteer for errors, then prints
 * warnings an editor can act on (shared aliases, aliases hidden inside other
 * entities' aliases, common English words that the case rule lets match) and,
 * given INPUT, per-alias hit counts and entities never matched. */
#ifndef ENTGRAPH_LINT_H
#define ENTGRAPH_LINT_H

#include <stddef.h>

/* Returns the exit status: 1 on errors, else 0. Prints to stdout/stderr. */
int lint_run(const char **gaz_paths, size_t n_gaz, int n_inputs, char **inputs);

#endif
