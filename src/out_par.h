/* out_par.h - one output file (or a few) formatted on several threads: the items
 * [0, n) are cut into chunks, formatted into memory by any of the threads,
 * and written to the stream strictly in chunk order, so the bytes are the
 * same as a single-threaded run. At most 2 * threads chunks are held at
 * once, so memory stays flat however big the file. As chunks are written,
 * each file is told its size, projected from them (out_w_expect), so space
 * written past the page cache is allocated in one go. */
#ifndef ENTGRAPH_OUT_PAR_H
#define ENTGRAPH_OUT_PAR_H

#include <stddef.h>

#include "out.h"

#define OUT_PAR_OUTS 2 /* files written at once, at most (out_par_write_n) */

typedef struct {
    /* Per-thread formatting state (caches that are not shared): made on the
     * thread that uses it, freed there. */
    void *(*state_new)(void *ctx);
    void (*state_free)(void *state);
    /* Formats items [lo, hi) into w (memory writers, one per output:
     * w[k] for output k). */
    void (*format)(void *state, out_w *w, size_t lo, size_t hi);
    void *ctx;
    /* Optional: what goes before the items of output 0 and may still be
     * on its way into its writer (a head written on another thread):
     * called once, before anything is written to output 0, by the thread
     * about to write; items are formatted meanwhile, and the other outputs
     * written (they have no such head). */
    void (*lead)(void *lead_ctx);
    void *lead_ctx;
    /* Optional: the room a chunk's text takes in output k, about (0:
     * OUT_W_SIZE). The slots' buffers are cut from one block this size
     * each, so they take as many fresh pages as their text needs, not a
     * 2 MiB unit each; a chunk that needs more grows its buffer (a copy,
     * kept for its next chunks). */
    size_t slot_bytes[OUT_PAR_OUTS];
} out_par_fmt;

/* Writes items [0, n) after what w holds so far, using up to `threads`
 * threads (the caller's included); w stays usable afterwards. */
void out_par_write(out_w *w, size_t n, size_t chunk, int threads, const out_par_fmt *f);
/* The same for outs files at once (1 <= outs <= OUT_PAR_OUTS): each item
 * is formatted into all of them in one go, chunk by chunk, and the chunk's
 * text for file k goes to ws[k]. */
void out_par_write_n(out_w *const *ws, size_t outs, size_t n, size_t chunk, int threads, const out_par_fmt *f);

#endif
