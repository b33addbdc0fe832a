/* pipeline.h - runs every document through read -> normalise -> segment ->
 * match -> resolve -> relations on worker threads (plus the caller's own
 * per-worker work: partial graphs, formatted rows), and hands the finished
 * documents to a consumer strictly in input order, one at a time (on
 * whichever worker finished the next one: the calling thread is a worker
 * too), so streamed outputs are deterministic whatever the thread timing. A
 * bounded ring of document slots keeps memory flat. */
#ifndef ENTGRAPH_PIPELINE_H
#define ENTGRAPH_PIPELINE_H

#include <stddef.h>

#include "doc.h"
#include "gaz.h"
#include "input.h"
#include "match.h"
#include "rel.h"
#include "util.h"

typedef struct {
    const gaz *g;
    const matcher *m;
    const rel_lexicon *lx; /* may be NULL: no stated relations */
    int threads;           /* worker threads, >= 1 */
    int progress;          /* print a progress line on stderr */
    int no_tokens;         /* mention.token is not read (no N-token window): not counted */
    /* Optional work on the worker threads, so that it scales with them:
     * worker_begin makes one worker's state, worker_doc runs on each
     * document that worker processed (in increasing input order),
     * worker_done runs on the worker's thread once it has no document left
     * to take (work that can go on while other workers still process),
     * worker_end runs on the calling thread once per worker state: first
     * for the calling thread's own, as soon as it has no document left (the
     * other workers may still run), then for each other worker as it is
     * joined, in order. */
    void *(*worker_begin)(void *ctx);
    void (*worker_doc)(void *ctx, void *state, doc *d);
    void (*worker_done)(void *ctx, void *state);
    void (*worker_end)(void *ctx, void *state);
    /* Optional: runs once, on the worker that is last to have no document
     * left, before its worker_done: no document is processed after it (and
     * m is read no more), so what only the documents needed can be freed
     * (say, the automaton) before the partial results are put together. */
    void (*scan_done)(void *ctx);
    /* Called once per document in input order, never two at once (on any
     * worker thread); a non-zero return stops the run. d holds path,
     * ordinal, len, mentions, rels and rows; its bytes, normalised text and
     * sentences stayed with the worker (worker_doc sees them). */
    int (*consume)(void *ctx, doc *d); /* may take d->rows (leaving a valid buf) */
    void *ctx;
    /* Set: consume reads no mention or relation (d->mentions and d->rels
     * come empty; pipe_stats still counts them), so the lists stay with the
     * worker. A document that waits for delivery then holds its rows only:
     * when a worker runs ahead of a preempted peer, hundreds wait, and each
     * list of its own was fresh memory (a page fault or more each). */
    int rows_only;
} pipe_config;

typedef struct {
    size_t docs;     /* documents processed */
    size_t skipped;  /* binary files skipped */
    size_t failed;   /* unreadable files (warned) */
    size_t bytes;
    size_t mentions;
    size_t relations;
} pipe_stats;

/* Processes every input. in may still be listed by another thread
 * (input_list_share): documents are read as they are listed, and the run
 * ends when the listing has ended and every listed one is done. Returns 0,
 * or -1 with e set if the consumer stopped the run (its message is left in
 * e by the consumer through pipe_config.ctx; the listing is stopped too). */
int pipe_run(const pipe_config *c, const input_list *in, pipe_stats *st);

/* Processes one document already in memory (tests, fuzzing). d->path, d->bytes
 * and d->len must be set; scratch is reused between calls. */
typedef struct pipe_scratch pipe_scratch;
pipe_scratch *pipe_scratch_new(void);
void pipe_scratch_free(pipe_scratch *s);
void pipe_doc(const pipe_config *c, pipe_scratch *s, doc *d);

#endif
