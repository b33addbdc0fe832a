/* out_par.h - one output file formatted on several threads: the items
 * [0, n) are cut into chunks, formatted into memory by any of the threads,
 * and written to the stream strictly in chunk order, so the bytes are the
 * same as a single-threaded run. At most 2 * threads chunks are held at
 * once, so memory stays flat however big the file. */
#ifndef ENTGRAPH_OUT_PAR_H
#define ENTGRAPH_OUT_PAR_H

#include <stddef.h>

#include "out.h"

typedef struct {
    /* Per-thread formatting state (caches that are not shared): made on the
     * thread that uses it, freed there. */
    void *(*state_new)(void *ctx);
    void (*state_free)(void *state);
    /* Formats items [lo, hi) into w (a memory writer). */
    void (*format)(void *state, out_w *w, size_t lo, size_t hi);
    void *ctx;
} out_par_fmt;

/* Writes items [0, n) after what w holds so far, using up to `threads`
 * threads (the caller's included); w stays usable afterwards. */
void out_par_write(out_w *w, size_t n, size_t chunk, int threads, const out_par_fmt *f);

#endif
