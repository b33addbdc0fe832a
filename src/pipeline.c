/* pipeline.c - parallel document processing with in-order delivery.
 *
 * Invariant: slot k holds document i only while next_consume <= i <
 * next_consume + RING, with i % RING == k; workers claim indexes in order and
 * wait for their slot to be released. A slot is small: the document's
 * buffers come from a pool when it is claimed and go back when it is
 * delivered, last in first out, so the buffers in use are about as many as
 * the documents in flight and were touched last (still in cache), however
 * long the ring. The ring is long so that a worker whose peer was preempted
 * holding the next document goes on (up to RING documents) instead of
 * sleeping until it runs again. There is no consumer thread: the
 * worker that makes document next_consume ready delivers it, and every
 * ready one after it, while the others go on processing (one deliverer at a
 * time, so the consumer sees documents in order, one after the other). No
 * thread sleeps waiting for a document; on two cores a separate consumer
 * cost a wake-up per batch and the preemption of a worker each time. The
 * calling thread is one of the workers. */
#include "pipeline.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "resolve.h"

#define RING 1024

struct pipe_scratch {
    doc work; /* the document being processed: its buffers stay hot */
    input_bytes in[INPUT_RING_BATCHES * INPUT_RING_FILES]; /* the batches claimed, by place in the queue */
    match_scratch ms;
    resolve_state rs;
    rel_state rl;
    input_dir dir; /* the folder this worker reads files from */
    void *user;    /* pipe_config.worker_begin's state */
};

/* What a document hands the consumer, reused from one to the next. */
typedef struct doc_buf {
    doc d;
    struct doc_buf *next_free;
} doc_buf;

typedef struct {
    doc_buf *b; /* from claim to delivery; NULL otherwise */
    int ready;
    int status; /* 0 ok, 1 skipped (binary), -1 unreadable */
    size_t mentions, rels; /* the document's counts (pipe_config.rows_only: its lists stayed) */
} slot;

typedef struct {
    const pipe_config *c;
    const input_list *in;
    slot *slots;
    doc_buf *free_bufs; /* the pool, last released first */
    size_t next_claim, next_consume;
    int stop;
    int workers_wait; /* workers sleeping until a slot is released */
    int scanning;     /* workers that may still process a document (pipe_config.scan_done) */
    int rc;           /* 0, or -1 once the consumer stopped the run */
    int read_ahead;   /* 1: batches kept in flight even when read at once (ENTGRAPH_READ_AHEAD) */
    pipe_stats *st;   /* written by the deliverer only */
    double last_progress;
    pthread_mutex_t mu;
    pthread_cond_t free_cv;
} shared;

pipe_scratch *pipe_scratch_new(void)
{
    return xcalloc(1, sizeof(pipe_scratch));
}

void pipe_scratch_free(pipe_scratch *s)
{
    if (!s)
        return;
    input_dir_free(&s->dir);
    doc_free(&s->work);
    for (int k = 0; k < INPUT_RING_BATCHES * INPUT_RING_FILES; k++)
        input_bytes_free(&s->in[k]);
    match_scratch_free(&s->ms);
    resolve_state_free(&s->rs);
    rel_state_free(&s->rl);
    free(s);
}

void pipe_doc(const pipe_config *c, pipe_scratch *s, doc *d)
{
    d->mentions.n = 0;
    d->rels.n = 0;
    if (norm_run(&d->nt, d->bytes, d->len) < 0) {
        eg_warn("%s: file too large (over 4 GiB), skipped", d->path);
        d->nt.len = 0;
        d->sents.n = 0;
        return;
    }
    if (d->nt.bad_at >= 0)
        eg_warn("%s: invalid UTF-8 at byte %ld (treated as non-letters)", d->path, d->nt.bad_at);
    seg_run(&d->sents, &d->nt, d->bytes, d->len);
    match_doc(c->m, c->g, d, &s->ms);
    s->rs.no_tokens = c->no_tokens;
    resolve_doc(&s->rs, c->g, &s->ms, d);
    if (c->lx)
        rel_doc(&s->rl, c->lx, c->g, d);
}

#define SWAP(T, a, b)                                                                                         \
    do {                                                                                                       \
        T swap_tmp_ = (a);                                                                                     \
        (a) = (b);                                                                                             \
        (b) = swap_tmp_;                                                                                       \
    } while (0)

/* Reads document i (from in, where input_prefetch may have put it) and
 * processes it into its slot. The worker's own doc does the work; what the
 * consumer reads (pipeline.h) then moves to the slot's, which hands back
 * its emptied lists. The input bytes are done with here. */
static void fill_slot(shared *sh, pipe_scratch *s, size_t i, const input_entry *en, input_bytes *in)
{
    slot *sl = &sh->slots[i % RING];
    doc *d = &sl->b->d, *w = &s->work;
    eg_err e;
    d->path = en->path;
    d->bytes = NULL;
    d->len = 0;
    sl->status = input_read_entry(in, &s->dir, en, &e);
    if (sl->status < 0)
        eg_warn("%s", e.msg);
    if (sl->status == 0) {
        w->path = d->path;
        w->bytes = in->data ? in->data : "";
        w->len = d->len = in->len;
        w->ordinal = d->ordinal = (uint32_t)i;
        pipe_doc(sh->c, s, w);
        if (sh->c->worker_doc)
            sh->c->worker_doc(sh->c->ctx, s->user, w);
        sl->mentions = w->mentions.n;
        sl->rels = w->rels.n;
        if (!sh->c->rows_only) {
            SWAP(mention_list, w->mentions, d->mentions);
            SWAP(rel_list, w->rels, d->rels);
        }
        SWAP(buf, w->rows, d->rows);
    }
    input_release(in);
}

static pipe_scratch *worker_scratch(const pipe_config *c)
{
    pipe_scratch *s = pipe_scratch_new();
    if (c->worker_begin)
        s->user = c->worker_begin(c->ctx);
    return s;
}

/* The end of one worker, on the calling thread. */
static void worker_finish(const pipe_config *c, pipe_scratch *s)
{
    if (s && c->worker_end)
        c->worker_end(c->ctx, s->user);
    pipe_scratch_free(s);
}

/* How many of the `left` documents listed and not claimed a worker claims
 * at once: a batch is read with one system call (input_prefetch), but near
 * the end the documents left are shared out between the workers. While the
 * listing goes on (more), a worker takes what is there, up to a batch. */
static size_t claim_size(const shared *sh, size_t left, int more)
{
    size_t nt = sh->c->threads > 1 ? (size_t)sh->c->threads : 1;
    size_t share = more ? left : (left + nt - 1) / nt;
    return share < INPUT_RING_FILES ? share : INPUT_RING_FILES;
}

/* Hands document i (ready) to the consumer and counts it; the deliverer
 * only, without the lock. Returns the consumer's verdict. */
static int deliver_one(shared *sh, size_t i)
{
    const pipe_config *c = sh->c;
    slot *sl = &sh->slots[i % RING];
    doc *d = &sl->b->d;
    pipe_stats *st = sh->st;
    int rc = 0;
    if (sl->status == 0) {
        st->docs++;
        st->bytes += d->len;
        st->mentions += sl->mentions;
        st->relations += sl->rels;
        rc = c->consume(c->ctx, d);
    } else if (sl->status > 0)
        st->skipped++;
    else
        st->failed++;
    if (c->progress) {
        double t = now_seconds();
        int more;
        size_t left = input_list_avail(sh->in, i + 1, 0, &more), total = i + 1 + left;
        if (t - sh->last_progress > 0.25 || (!left && !more)) {
            if (more) /* the total is not known yet */
                fprintf(stderr, "\rentgraph: %zu documents, %.1f MB", i + 1, (double)st->bytes / 1e6);
            else
                fprintf(stderr, "\rentgraph: %zu/%zu documents, %.1f MB", i + 1, total, (double)st->bytes / 1e6);
            if (!left && !more)
                fputc('\n', stderr);
            sh->last_progress = t;
        }
    }
    return rc;
}

/* With mu held, by the worker that has just made document next_consume
 * ready: delivers it and the ready ones after it, releasing their slots.
 * Returns with mu held. There is one deliverer at a time: while one
 * delivers document j (outside the lock), next_consume stays j, which is
 * ready already, so no other worker makes next_consume ready; one that
 * makes j + 1 ready meanwhile leaves it to the deliverer's next check. */
static void deliver(shared *sh)
{
    while (!sh->stop && sh->next_consume < sh->next_claim && sh->slots[sh->next_consume % RING].ready) {
        size_t i = sh->next_consume;
        pthread_mutex_unlock(&sh->mu);
        int rc = deliver_one(sh, i);
        pthread_mutex_lock(&sh->mu);
        slot *sl = &sh->slots[i % RING];
        sl->ready = 0;
        sl->b->next_free = sh->free_bufs;
        sh->free_bufs = sl->b;
        sl->b = NULL;
        sh->next_consume++;
        if (rc != 0) {
            sh->rc = -1;
            sh->stop = 1;
            input_list_stop(sh->in); /* a worker may be waiting for the listing */
        }
        if (sh->workers_wait || sh->stop)
            pthread_cond_broadcast(&sh->free_cv);
    }
}

/* A document's buffers from the pool, or new ones; mu held. */
static doc_buf *take_buf(shared *sh)
{
    doc_buf *b = sh->free_bufs;
    if (!b)
        return xcalloc(1, sizeof *b);
    sh->free_bufs = b->next_free;
    return b;
}

static void free_buf(doc_buf *b)
{
    doc_free(&b->d);
    free(b);
}

/* A batch a worker has claimed: documents first..first+n-1, being read
 * into its input buffers `in` (ticket: input_prefetch_start). */
typedef struct {
    size_t first, n;
    input_bytes *in;
    int ticket;
    input_entry en[INPUT_RING_FILES];
} claimed;

/* Whether a worker that holds batches not processed yet claims one more
 * now: not once the listing is done and the documents left are few, which
 * the other workers may be idle for. */
static int claim_ahead(const shared *sh, size_t left, int more)
{
    size_t nt = sh->c->threads > 1 ? (size_t)sh->c->threads : 1;
    return more || left >= nt * INPUT_RING_FILES * INPUT_RING_BATCHES;
}

/* Claims the next documents, taking their buffers; mu held, and held on
 * return. A worker that holds batches not processed yet (ahead) waits for
 * nothing (the documents waited for could be its own): it claims only what
 * is listed and has free slots now. Returns 0 when there is nothing to
 * claim (the run stopped, the listing ended, or ahead and nothing now). */
static int claim_batch(shared *sh, int ahead, claimed *b)
{
    for (;;) {
        if (sh->stop)
            return 0;
        int more;
        size_t first = sh->next_claim, left = input_list_avail(sh->in, first, 0, &more);
        if (!left) {
            if (!more || ahead)
                return 0;
            /* the listing is behind: wait for it without holding mu */
            pthread_mutex_unlock(&sh->mu);
            input_list_avail(sh->in, first, 1, &more);
            pthread_mutex_lock(&sh->mu);
            continue;
        }
        size_t n = claim_size(sh, left, more);
        if (ahead && (first + n > sh->next_consume + RING || !claim_ahead(sh, left, more)))
            return 0;
        sh->next_claim += n;
        while (!sh->stop && first + n > sh->next_consume + RING) {
            sh->workers_wait++;
            pthread_cond_wait(&sh->free_cv, &sh->mu);
            sh->workers_wait--;
        }
        if (sh->stop)
            return 0;
        for (size_t k = 0; k < n; k++)
            sh->slots[(first + k) % RING].b = take_buf(sh);
        b->first = first;
        b->n = n;
        return 1;
    }
}

/* Starts reading batch b's files (into b->in); mu not held. */
static void start_batch(const shared *sh, pipe_scratch *s, claimed *b)
{
    input_bytes *in[INPUT_RING_FILES];
    input_list_take(sh->in, b->first, b->n, b->en);
    for (size_t k = 0; k < b->n; k++)
        in[k] = &b->in[k];
    b->ticket = input_prefetch_start(&s->dir, b->en, b->n, in);
}

/* Processes batch b, its reads waited for; called without mu, returns with
 * it held. */
static void run_batch(shared *sh, pipe_scratch *s, claimed *b)
{
    input_prefetch_wait(&s->dir, b->ticket);
    for (size_t i = b->first; i < b->first + b->n; i++) {
        fill_slot(sh, s, i, &b->en[i - b->first], &b->in[i - b->first]);
        pthread_mutex_lock(&sh->mu);
        sh->slots[i % RING].ready = 1;
        if (i == sh->next_consume)
            deliver(sh);
        if (i + 1 < b->first + b->n)
            pthread_mutex_unlock(&sh->mu);
    }
}

/* Returns its scratch, which pipe_run hands to worker_end and frees. While
 * the files come from the disk (a batch's reads were not done as soon as
 * they were started), a worker keeps up to INPUT_RING_BATCHES batches
 * claimed, the first being processed and the others read meanwhile, so the
 * disk works while the worker is busy, not while it waits. Files in the
 * page cache are read as they are started: then a worker claims a batch at
 * a time, and works on bytes it has just read. Cold, 100 MB: the scan
 * took 0.57-0.63 s against 0.86-1.07 s reading a batch at a time (4
 * batches: 0.64-0.66 s). */
static void *worker(void *arg)
{
    shared *sh = arg;
    pipe_scratch *s = worker_scratch(sh->c);
    claimed q[INPUT_RING_BATCHES]; /* a queue: q[head] is the oldest */
    size_t head = 0, len = 0;
    int cold = 0; /* the last batch started was not read at once */
    pthread_mutex_lock(&sh->mu);
    for (;;) {
        while (len < INPUT_RING_BATCHES && (len == 0 || cold)) {
            size_t at = (head + len) % INPUT_RING_BATCHES;
            claimed *b = &q[at];
            if (!claim_batch(sh, len > 0, b))
                break;
            pthread_mutex_unlock(&sh->mu);
            b->in = &s->in[at * INPUT_RING_FILES];
            start_batch(sh, s, b);
            cold = sh->read_ahead || input_prefetch_busy(&s->dir, b->ticket);
            pthread_mutex_lock(&sh->mu);
            len++;
        }
        if (!len)
            break;
        claimed *b = &q[head];
        head = (head + 1) % INPUT_RING_BATCHES;
        len--;
        int stopped = sh->stop;
        pthread_mutex_unlock(&sh->mu);
        if (stopped) { /* claimed, never to be delivered: only the reads are waited for */
            input_prefetch_wait(&s->dir, b->ticket);
            pthread_mutex_lock(&sh->mu);
        } else
            run_batch(sh, s, b);
    }
    int last = --sh->scanning == 0;
    pthread_mutex_unlock(&sh->mu);
    if (last && sh->c->scan_done)
        sh->c->scan_done(sh->c->ctx);
    if (sh->c->worker_done)
        sh->c->worker_done(sh->c->ctx, s->user);
    return s;
}

int pipe_run(const pipe_config *c, const input_list *in, pipe_stats *st)
{
    memset(st, 0, sizeof *st);
    /* ENTGRAPH_READ_AHEAD=1 keeps batches in flight whatever the page
     * cache holds: for tests, which cannot empty it. */
    const char *ahead = getenv("ENTGRAPH_READ_AHEAD");
    shared sh = {.c = c, .in = in, .st = st, .read_ahead = ahead && strcmp(ahead, "1") == 0};
    sh.slots = xcalloc(RING, sizeof *sh.slots);
    pthread_mutex_init(&sh.mu, NULL);
    pthread_cond_init(&sh.free_cv, NULL);
    sh.last_progress = now_seconds();
    /* The calling thread is worker 0; threads - 1 more are started (the
     * calling one does all the work if none can be). */
    int nt = c->threads < 1 ? 1 : c->threads;
    pthread_t *tids = xcalloc((size_t)nt, sizeof *tids);
    int started = 0;
    sh.scanning = nt; /* the calling thread's own counts till it has run: no other is last before */
    for (; started < nt - 1; started++)
        if (eg_thread_start(&tids[started], worker, &sh) != 0)
            break;
    pthread_mutex_lock(&sh.mu);
    sh.scanning -= nt - 1 - started; /* the threads that did not start */
    pthread_mutex_unlock(&sh.mu);
    pipe_scratch *own = worker(&sh);
    /* A document claimed but never ready can only follow a stop. */
    worker_finish(c, own);
    for (int t = 0; t < started; t++) {
        void *s = NULL;
        pthread_join(tids[t], &s);
        worker_finish(c, s);
    }
    for (int k = 0; k < RING; k++) /* documents claimed but not delivered: after a stop */
        if (sh.slots[k].b)
            free_buf(sh.slots[k].b);
    while (sh.free_bufs) {
        doc_buf *b = sh.free_bufs;
        sh.free_bufs = b->next_free;
        free_buf(b);
    }
    free(sh.slots);
    free(tids);
    pthread_mutex_destroy(&sh.mu);
    pthread_cond_destroy(&sh.free_cv);
    return sh.rc;
}
