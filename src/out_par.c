/* out_par.c - ordered parallel formatting of one output file (or a few).
 *
 * Chunk c is formatted into slot c % nslots (outs writers, one per file).
 * Invariants, under mu: each file k has its chunks [0, written[k]) written;
 * every chunk being formatted or ready is in [low, next), low the least
 * written[k]; a chunk is claimed only when c < low + nslots, so its slot
 * is free; ready[j] holds 1 + the chunk formatted in slot j, 0 when the
 * slot is free (every file has written its chunk). One thread at a time
 * writes a file (`writing[k]`), always its chunk written[k], so each file
 * sees its chunks in order; two files are written at once by two threads
 * (fresh page cache costs here as much as fresh memory: one thread writing
 * 2 GB of GraphML and edges.tsv alone left the other core idle). Any thread
 * may be a writer: most often the one that formatted the chunk, whose
 * cache still holds it. */
#include "out_par.h"

#include <pthread.h>
#include <stdlib.h>

#include "util.h"

typedef struct {
    const out_par_fmt *f;
    size_t n, chunk, nchunks, nslots, outs;
    out_w *const *ws; /* the files' writers */
    size_t next;
    size_t written[OUT_PAR_OUTS]; /* chunks written to file k */
    size_t bytes[OUT_PAR_OUTS];   /* and their bytes */
    int writing[OUT_PAR_OUTS];    /* a thread is writing file k's chunk written[k] */
    out_w *slots;                 /* slot j's writers are slots[j * outs, (j + 1) * outs) */
    size_t *ready;
    int waiting; /* threads in cond_wait */
    pthread_mutex_t mu;
    pthread_cond_t cv;
} par;

/* The first chunk some file has still to write: its slot and those after
 * it hold the chunks in flight. */
static size_t low(const par *p)
{
    size_t m = p->written[0];
    for (size_t k = 1; k < p->outs; k++)
        m = p->written[k] < m ? p->written[k] : m;
    return m;
}

/* The next chunk may be claimed: its slot is free; mu held. */
static int claimable(const par *p)
{
    return p->next < p->nchunks && p->next < low(p) + p->nslots;
}

/* Claims the next chunk if its slot is free; mu held. */
static int claim(par *p, size_t *c)
{
    if (!claimable(p))
        return 0;
    *c = p->next++;
    return 1;
}

/* What goes before the items: done (f->lead) before the first write. */
static void lead(const out_par_fmt *f)
{
    if (f->lead)
        f->lead(f->lead_ctx);
}

/* After a chunk of len bytes to w, which makes `done` of the n items and
 * *bytes bytes written: the items left will take about as many bytes each
 * as those written, and an eighth more for safety; w's file allocates that
 * space at once (out_w_expect). */
static void expect_rest(out_w *w, size_t *bytes, size_t len, size_t done, size_t n)
{
    *bytes += len;
    double more = (double)*bytes / (double)done * (double)(n - done) * 1.125;
    if (done < n)
        out_w_expect(w, more < 1e15 ? (size_t)more : (size_t)1e15);
}

/* The chunk formatted into writers s (outs of them) to the files ws, on
 * one thread; it ends at item `done` of n (expect_rest). */
static void put_chunk(out_w *const *ws, const out_w *s, size_t outs, size_t *bytes, size_t done, size_t n)
{
    for (size_t k = 0; k < outs; k++) {
        out_w_put_block(ws[k], s[k].start, (size_t)(s[k].p - s[k].start));
        expect_rest(ws[k], &bytes[k], (size_t)(s[k].p - s[k].start), done, n);
    }
}

/* A file whose next chunk is ready and which no thread is writing; -1 if
 * none. mu held. */
static int writable(const par *p)
{
    for (size_t k = 0; k < p->outs; k++) {
        size_t c = p->written[k];
        if (!p->writing[k] && c < p->nchunks && p->ready[c % p->nslots] == c + 1)
            return (int)k;
    }
    return -1;
}

/* Unlocks mu, then wakes the waiting threads if one of them has work (a
 * file to write, a chunk to claim) or the end has come. Only then: on this
 * VM a thread woken for nothing costs a context switch both ways, and a
 * thread woken under the lock only waits for it again. */
static void wake_unlock(par *p)
{
    int wake = p->waiting && (low(p) >= p->nchunks || writable(p) >= 0 || claimable(p));
    pthread_mutex_unlock(&p->mu);
    if (wake)
        pthread_cond_broadcast(&p->cv);
}

/* Formats chunk c into its slot, then marks it ready; called with mu held,
 * returns with mu held. */
static void format_chunk(par *p, void *state, size_t c)
{
    out_w *w = &p->slots[c % p->nslots * p->outs];
    size_t lo = c * p->chunk, hi = lo + p->chunk < p->n ? lo + p->chunk : p->n;
    wake_unlock(p);
    for (size_t k = 0; k < p->outs; k++)
        w[k].p = w[k].start;
    p->f->format(state, w, lo, hi);
    pthread_mutex_lock(&p->mu);
    p->ready[c % p->nslots] = c + 1;
}

/* The items chunk c ends at. */
static size_t chunk_end(const par *p, size_t c)
{
    return (c + 1) * p->chunk < p->n ? (c + 1) * p->chunk : p->n;
}

/* Writes file k's next chunk; called with mu held, returns with it held.
 * The last file to write a chunk frees its slot. */
static void write_chunk(par *p, size_t k)
{
    size_t c = p->written[k];
    const out_w *s = &p->slots[c % p->nslots * p->outs + k];
    p->writing[k] = 1;
    wake_unlock(p);
    if (k == 0 && c == 0)
        lead(p->f);
    out_w_put_block(p->ws[k], s->start, (size_t)(s->p - s->start));
    expect_rest(p->ws[k], &p->bytes[k], (size_t)(s->p - s->start), chunk_end(p, c), p->n); /* bytes[k]: the writer's */
    pthread_mutex_lock(&p->mu);
    p->writing[k] = 0;
    p->written[k]++;
    if (low(p) > c)
        p->ready[c % p->nslots] = 0;
}

/* Every thread, the caller's too: writes a file's next chunk if it is
 * ready and no other thread is writing that file, else formats the next
 * chunk. */
static void *run_par(void *arg)
{
    par *p = arg;
    void *state = p->f->state_new(p->f->ctx);
    pthread_mutex_lock(&p->mu);
    while (low(p) < p->nchunks) {
        int k = writable(p);
        size_t c;
        if (k >= 0)
            write_chunk(p, (size_t)k);
        else if (claim(p, &c))
            format_chunk(p, state, c);
        else { /* nothing to do for any thread: no one to wake */
            p->waiting++;
            pthread_cond_wait(&p->cv, &p->mu);
            p->waiting--;
        }
    }
    wake_unlock(p); /* the others see the end */
    p->f->state_free(state);
    return NULL;
}

/* Makes nslots slots of outs memory writers in w (slot j's writer for
 * output k is w[j * outs + k]), their buffers cut from one block, each
 * f->slot_bytes[k] long (out_par_fmt); returns the block for slots_free. */
static char *slots_new(out_w *w, size_t nslots, size_t outs, const out_par_fmt *f)
{
    size_t room[OUT_PAR_OUTS], all = 0;
    for (size_t k = 0; k < outs; k++) {
        size_t r = f->slot_bytes[k] && f->slot_bytes[k] < OUT_W_SIZE ? f->slot_bytes[k] : OUT_W_SIZE;
        room[k] = (r + 63) & ~(size_t)63;
        all += nslots * room[k];
    }
    char *block = xbig_alloc_pieced(all), *at = block; /* from freed blocks where the pool has them */
    for (size_t k = 0; k < nslots * outs; k++) {
        out_w_init(&w[k], NULL, at, room[k % outs]);
        at += room[k % outs];
    }
    return block;
}

/* The n writers of slots_new and their block. */
static void slots_free(out_w *w, size_t n, char *block)
{
    for (size_t k = 0; k < n; k++)
        out_w_done(&w[k]); /* frees the buffers that grew */
    xbig_free(block);
}

void out_par_write(out_w *w, size_t n, size_t chunk, int threads, const out_par_fmt *f)
{
    out_par_write_n(&w, 1, n, chunk, threads, f);
}

void out_par_write_n(out_w *const *ws, size_t outs, size_t n, size_t chunk, int threads, const out_par_fmt *f)
{
    if (chunk == 0)
        chunk = 1;
    size_t nchunks = (n + chunk - 1) / chunk;
    if (threads < 2 || nchunks < 2) { /* chunk by chunk all the same, in one slot: w's buffer may be small */
        lead(f);
        void *state = f->state_new(f->ctx);
        out_w slot[OUT_PAR_OUTS];
        size_t bytes[OUT_PAR_OUTS] = {0};
        char *block = slots_new(slot, 1, outs, f);
        for (size_t lo = 0; lo < n; lo += chunk) {
            size_t hi = lo + chunk < n ? lo + chunk : n;
            for (size_t k = 0; k < outs; k++)
                slot[k].p = slot[k].start;
            f->format(state, slot, lo, hi);
            put_chunk(ws, slot, outs, bytes, hi, n);
        }
        slots_free(slot, outs, block);
        f->state_free(state);
        return;
    }
    if (threads > 16)
        threads = 16;
    par p = {.f = f, .ws = ws, .n = n, .chunk = chunk, .nchunks = nchunks, .nslots = 2 * (size_t)threads, .outs = outs};
    p.slots = xcalloc(p.nslots * outs, sizeof *p.slots);
    p.ready = xcalloc(p.nslots, sizeof *p.ready);
    char *block = slots_new(p.slots, p.nslots, outs, f);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    pthread_t tid[15];
    int started = 0;
    /* A helper that cannot start is no error: the caller formats alone. */
    while (started < threads - 1 && eg_thread_start(&tid[started], run_par, &p) == 0)
        started++;
    run_par(&p);
    for (int t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
    slots_free(p.slots, p.nslots * outs, block);
    free(p.slots);
    free(p.ready);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.cv);
}
