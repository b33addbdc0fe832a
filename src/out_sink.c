/* out_sink.c - an output file's bytes past its first OUT_SINK_DIRECT_FROM
 * written with O_DIRECT from a few reused buffers, asynchronously (an
 * io_uring of the file's own, uring.h), by the thread that fills them.
 *
 * Why O_DIRECT: the outputs come to ~4.8 bytes per input byte (486 MB for
 * the 100 MB bench, 3.6 GB at 1 GB), and a buffered write puts every byte
 * in a page-cache page. On this VM the host takes back guest pages left
 * free for a few seconds (virtio-balloon free page reporting), so most
 * such pages are fresh to the guest: the kernel's copy into them ran at
 * 0.4-0.55 GB/s (perf: 45% of a slow 100 MB run in
 * copy_folio_from_iter_atomic), against 4-8 GB/s into pages just freed.
 * With O_DIRECT the device reads the run's own buffers, warm after their
 * first use, at 1.1-1.5 GB/s here (dd).
 *
 * Why asynchronous, into space allocated ahead: ext4 holds the file's lock
 * through a synchronous direct write, and makes a direct write that
 * extends the file synchronous, so a plain write beside one waited for the
 * device (perf sched: 37 ms of a 100 MB run's ~105 ms of GraphML and
 * edges.tsv went so, on a writer thread's pwrite). The space is allocated
 * ahead of the direct writes (fallocate, which also sets the size), and a
 * write submitted to the ring holds the lock only while it is submitted.
 * (Linux AIO did the same, but io_destroy waits for RCU grace periods:
 * 28-33 ms a file, or as long at exit.)
 *
 * Invariant: bytes [0, at) are written, or in flight; the buffer being
 * filled, cur, holds [at, at + fill), and is never busy. A busy buffer's
 * write is in flight until reap collects it. One thread at a time fills
 * (whoever holds the FILE), and it alone submits and reaps. A full buffer
 * is submitted if another one is free to fill next; else the device is
 * behind and it is written here, plainly (page cache), so filling never
 * waits for the device; a big put made while it is behind goes plainly
 * from where it is, after cur's bytes (put_around). Every write has its
 * offset, so their order does not matter. Direct writes begin and end on
 * SINK_ALIGN boundaries; the last partial block goes plainly, after them;
 * then the space allocated ahead is cut back to the bytes written. */
#define _GNU_SOURCE /* fopencookie, O_DIRECT */
#include "out_sink.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#include "uring.h"
#include "util.h"

/* O_DIRECT's alignment of offsets, lengths and addresses: the largest a
 * file system's block asks for here (a device's logical block is 512). */
#define SINK_ALIGN ((size_t)4096)
/* Buffers a file fills in turn, each written in one direct write: up to
 * SINK_BUFS - 1 in flight while one fills. While the run has written less
 * than SINK_PLAIN_BUDGET through the page cache (the writes the device was
 * behind on), only SINK_BUFS_EARLY: the page cache takes a chunk as cheaply
 * as a buffer does (put_around), two buffers are fewer fresh pages than
 * four, and at the end fewer writes are waited for. The edges' phase at
 * 100 MB (160-200 MB written plainly): 0.132, 0.149 and 0.133 s against
 * 0.147, 0.165 and 0.145 s (medians of 8 alternating runs, at three
 * times). Past the budget, the page cache holds so much not yet written
 * that the kernel soon throttles the writers: more writes in flight keep
 * the device busy. At 1 GB (2.9 GB of GraphML and edges.tsv after the
 * scan), two buffers throughout took 1.56 against 1.18 s, none (all
 * through the page cache) 5.6 s; with the budget, level with four
 * throughout (1.06, 1.13, 1.04 against 1.07, 1.06, 1.07 s; budgets of 256
 * MB and 1 GB: 1.13 and 1.07 s). */
#define SINK_BUFS 4
#define SINK_BUFS_EARLY 2
#define SINK_PLAIN_BUDGET ((size_t)512 << 20)
/* A buffer is one 2 MiB unit from xbig_alloc_raw (XBIG_UNIT bytes after a
 * header), aligned inside it: what is left for any start within a block. */
#define SINK_CAP (((size_t)2 << 20) - 2 * SINK_ALIGN)
/* The space allocated ahead of the direct writes grows by what is written
 * so far, within these bounds: a few fallocate a file (each waits for the
 * writes in flight), and never much more than it needs; or, where the
 * writer said how big the file will be (out_sink_expect), up to that at
 * once. */
#define SINK_AHEAD_MIN ((off_t)32 << 20)
#define SINK_AHEAD_MAX ((off_t)256 << 20)

_Static_assert(OUT_SINK_DIRECT_FROM % SINK_ALIGN == 0, "direct writes start aligned");
_Static_assert(SINK_CAP % SINK_ALIGN == 0 && SINK_CAP + SINK_ALIGN - 1 <= XBIG_UNIT, "a buffer fits its unit");

typedef enum { SINK_NEW, SINK_PLAIN, SINK_DIRECT } sink_mode;

struct out_sink {
    int fd;
    sink_mode mode; /* NEW: below OUT_SINK_DIRECT_FROM, written plainly */
    off_t at;
    size_t fill;
    unsigned cur;
    unsigned nbufs;                         /* ENTGRAPH_SINK_BUFS's count, or 0 (sink_buffers) */
    char *map[SINK_BUFS], *data[SINK_BUFS]; /* the block, its aligned bytes */
    size_t len[SINK_BUFS];                  /* a busy buffer's bytes and offset */
    off_t off[SINK_BUFS];
    int busy[SINK_BUFS]; /* submitted, not reaped */
    unsigned inflight;
    int dfd;            /* the file again, with O_DIRECT */
    int plain_only;     /* the device refused a direct write: the rest goes plainly */
    uring ring;         /* SINK_DIRECT: the file's own */
    off_t ahead, limit; /* the file's size allocated ahead; RLIMIT_FSIZE's (or none: -1) */
    off_t expect;       /* the file's size as its writer expects it (out_sink_expect), or 0 */
    int sized;          /* space was allocated ahead (or tried): the size is cut back at the end */
    int err;            /* the first failure (errno) */
};

/* Writes n bytes at off; returns 0 or an errno. */
static int put_at(int fd, const char *p, size_t n, off_t off)
{
    while (n) {
        ssize_t k = pwrite(fd, p, n, off);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return errno;
        if (k == 0)
            return EIO;
        p += k;
        n -= (size_t)k;
        off += k;
    }
    return 0;
}

/* Records err if it is the first failure; returns the first failure (0:
 * none; note_err(s, 0) only reads it). */
static int note_err(out_sink *s, int err)
{
    if (err && !s->err)
        s->err = err;
    return s->err;
}

/* The bytes the run's sinks wrote plainly past OUT_SINK_DIRECT_FROM,
 * every file's. */
static _Atomic size_t plain_bytes;

/* Buffer i, busy or full, written plainly from byte `from` of it. */
static void put_rest(out_sink *s, unsigned i, size_t from)
{
    atomic_fetch_add_explicit(&plain_bytes, s->len[i] - from, memory_order_relaxed);
    if (!s->err)
        note_err(s, put_at(s->fd, s->data[i] + from, s->len[i] - from, s->off[i] + (off_t)from));
}

/* Settles buffer i's write, which returned res. A write the file system
 * refused (EINVAL: an alignment it asks for beyond SINK_ALIGN) or left
 * short is made plainly; the first refusal sends the rest plainly too. */
static void settle(void *ctx, uint64_t user_data, int res)
{
    out_sink *s = ctx;
    unsigned i = (unsigned)user_data;
    s->busy[i] = 0;
    s->inflight--;
    if (res == -EINVAL) {
        s->plain_only = 1;
        put_rest(s, i, 0);
    } else if (res < 0)
        note_err(s, (int)-res);
    else if ((size_t)res < s->len[i])
        put_rest(s, i, (size_t)res);
}

/* Collects the direct writes done, at least `least` of them (waiting for
 * them). */
static void reap(out_sink *s, unsigned least)
{
    while (s->inflight) {
        unsigned got = uring_reap(&s->ring, settle, s);
        least = got < least ? least - got : 0;
        if (!least || !s->inflight)
            break;
        if (uring_enter(&s->ring, 0, least) < 0 && errno != EINTR && errno != EAGAIN && errno != EBUSY) {
            /* Writes in flight still read the buffers: going on is not
             * safe. Not seen; would be a kernel or memory fault. */
            fprintf(stderr, "entgraph: io_uring: %s\n", strerror(errno));
            abort();
        }
    }
}

/* The space allocated ahead up to want (within the file size limit, and
 * not short of end); 0 if it could not be. */
static int allocate_to(out_sink *s, off_t end, off_t want)
{
    if (s->limit >= 0 && want > s->limit)
        want = s->limit;
    if (want < end)
        return 0;
    s->sized = 1; /* even a failed fallocate may have set the size: finish cuts it back */
    if (fallocate(s->fd, 0, s->ahead, want - s->ahead) != 0)
        return 0;
    s->ahead = want;
    return 1;
}

/* Space allocated (and the file's size set) so that [0, end) lies inside
 * it: a direct write there extends nothing and allocates nothing. Up to the
 * size expected if it is further than the usual step, else (or if there is
 * no room for it) the step. 0 if it could not be (past the file size
 * limit, or out of space): the write goes plainly, and fails there if it
 * must. */
static int reach(out_sink *s, off_t end)
{
    if (end <= s->ahead)
        return 1;
    off_t grow = end < SINK_AHEAD_MIN ? SINK_AHEAD_MIN : end > SINK_AHEAD_MAX ? SINK_AHEAD_MAX : end;
    if (s->expect > end + grow) {
        if (allocate_to(s, end, s->expect))
            return 1;
        s->expect = 0; /* no room for what was expected */
    }
    return allocate_to(s, end, end + grow);
}

void out_sink_expect(out_sink *s, size_t more)
{
    s->expect = s->at + (off_t)s->fill + (off_t)more;
}

/* Submits buffer i's write; 0 if it was not taken (then nothing is in
 * flight for it). */
static int submit(out_sink *s, unsigned i)
{
    if (s->plain_only || !reach(s, s->off[i] + (off_t)s->len[i]))
        return 0;
    unsigned tail = *s->ring.sq_tail, was = tail;
    struct io_uring_sqe *q = uring_sqe(&s->ring, &tail, i);
    q->opcode = IORING_OP_WRITE;
    q->fd = s->dfd;
    q->addr = (uint64_t)(uintptr_t)s->data[i];
    q->len = (unsigned)s->len[i];
    q->off = (uint64_t)s->off[i];
    uring_publish(&s->ring, tail);
    long rc;
    for (;;) {
        rc = uring_enter(&s->ring, 1, 0);
        if (rc >= 0)
            break;
        if (errno == EINTR)
            continue;
        if ((errno != EAGAIN && errno != EBUSY) || !s->inflight)
            break;
        reap(s, 1); /* the kernel is short of room: a write done frees some */
    }
    if (rc != 1) { /* not taken: the entry is dropped */
        uring_publish(&s->ring, was);
        return 0;
    }
    s->busy[i] = 1;
    s->inflight++;
    return 1;
}

static void ring_end(out_sink *s)
{
    reap(s, s->inflight);
    uring_free(&s->ring);
}

/* The count of buffers ENTGRAPH_SINK_BUFS sets for every sink (1 to
 * SINK_BUFS: for tests; with 1, the device is always behind, and every
 * byte goes plainly), or 0: none set. */
static unsigned sink_buffers(void)
{
    const char *env = getenv("ENTGRAPH_SINK_BUFS");
    long n = env ? strtol(env, NULL, 10) : 0;
    return n >= 1 && n <= SINK_BUFS ? (unsigned)n : 0;
}

/* Past OUT_SINK_DIRECT_FROM: a second descriptor of the file, with
 * O_DIRECT, if the file system takes it, and a ring for its writes. */
static sink_mode go_direct(out_sink *s)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", s->fd);
    s->dfd = open(path, O_WRONLY | O_DIRECT | O_CLOEXEC);
    if (s->dfd < 0)
        return SINK_PLAIN;
    struct rlimit lim;
    s->limit = getrlimit(RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY ? (off_t)lim.rlim_cur : -1;
    s->ahead = s->at;
    s->nbufs = sink_buffers();
    if (uring_init(&s->ring, SINK_BUFS, 0) == 0)
        return SINK_DIRECT;
    close(s->dfd);
    s->dfd = -1;
    return SINK_PLAIN;
}

/* How many buffers s fills in turn now (see SINK_BUFS). */
static unsigned buffers_now(const out_sink *s)
{
    if (s->nbufs)
        return s->nbufs;
    size_t plain = atomic_load_explicit(&plain_bytes, memory_order_relaxed);
    return plain < SINK_PLAIN_BUDGET ? SINK_BUFS_EARLY : SINK_BUFS;
}

/* A free buffer other than cur, NULL-mapped ones included; SINK_BUFS if
 * none. */
static unsigned free_buffer(const out_sink *s)
{
    unsigned n = buffers_now(s);
    for (unsigned k = 1; k < n; k++) {
        unsigned j = (s->cur + k) % n;
        if (!s->busy[j])
            return j;
    }
    return SINK_BUFS;
}

/* [at, at + len) of cur is submitted when another buffer is free for the
 * next bytes; when the device is behind, it is written plainly here
 * instead (the page cache takes what the device cannot), so filling never
 * waits for the device. Returns 0, or -1 with errno set to the first
 * failure. */
static int ship(out_sink *s, size_t len)
{
    unsigned i = s->cur;
    s->len[i] = len;
    s->off[i] = s->at;
    s->at += (off_t)len;
    s->fill = 0;
    if (!s->err) {
        if (s->inflight)
            reap(s, 0);
        unsigned next = free_buffer(s);
        if (next < SINK_BUFS && submit(s, i))
            s->cur = next;
        else
            put_rest(s, i, 0);
    }
    if (s->err)
        errno = s->err;
    return s->err ? -1 : 0;
}

static int put_plain(out_sink *s, const char *p, size_t n)
{
    int err = note_err(s, s->err ? 0 : put_at(s->fd, p, n, s->at));
    s->at += (off_t)n;
    if (err)
        errno = err;
    return err ? -1 : 0;
}

/* A put of this many bytes or more, made while the device is behind (no
 * buffer but cur is free: cur would be written plainly once full), is
 * written plainly from where it is instead of through cur: one copy (into
 * the page cache), not two, and in writes of a chunk's size, not a
 * buffer's. The edges' phase at 1 GB, where the device is behind most of
 * the time: 0.82-0.88 s against 0.94-1.12 s (alternating runs, 2-3 each,
 * at three times of an afternoon), and 0.93-1.33 against 1.42-1.84 s in
 * an hour when fresh page-cache pages came slowly; at 100 MB level to 10%
 * faster (medians of 6-8: 0.133-0.143 against 0.145-0.149 s). Most of the
 * gain at 1 GB is the writes' size: through cur in pieces of 256 KiB it
 * took 0.87-1.03 s (big writes likely take big page-cache folios, from
 * the 2 MiB blocks this VM's host takes back: util.c). */
#define SINK_AROUND_MIN ((size_t)64 << 10)

/* With the device behind, cur's bytes and then p's up to the last aligned
 * offset go plainly, so direct writes can go on from there; the rest of
 * p, under SINK_ALIGN bytes, is left for cur. Returns the bytes of p taken
 * (0: the device is not behind, or p is small). */
static size_t put_around(out_sink *s, const char *p, size_t n)
{
    if (n < SINK_AROUND_MIN)
        return 0;
    if (s->inflight)
        reap(s, 0);
    if (!s->plain_only && free_buffer(s) < SINK_BUFS)
        return 0;
    off_t from = s->at + (off_t)s->fill, to = (from + (off_t)n) & ~(off_t)(SINK_ALIGN - 1);
    size_t k = (size_t)(to - from);
    atomic_fetch_add_explicit(&plain_bytes, s->fill + k, memory_order_relaxed);
    if (!s->err)
        note_err(s, put_at(s->fd, s->data[s->cur], s->fill, s->at));
    if (!s->err)
        note_err(s, put_at(s->fd, p, k, from));
    s->at = to;
    s->fill = 0;
    return k;
}

int out_sink_put(out_sink *s, const void *bytes, size_t n)
{
    const char *p = bytes;
    size_t done = 0;
    if (s->mode == SINK_NEW) {
        size_t room = OUT_SINK_DIRECT_FROM - (size_t)s->at;
        done = n < room ? n : room;
        if (done && put_plain(s, p, done) != 0)
            return -1;
        if (done == n)
            return 0;
        s->mode = go_direct(s);
    }
    if (s->mode == SINK_PLAIN)
        return put_plain(s, p + done, n - done);
    while (done < n) {
        unsigned i = s->cur;
        if (!s->data[i]) {
            s->map[i] = xbig_alloc_raw(XBIG_UNIT);
            s->data[i] = (char *)(((uintptr_t)s->map[i] + SINK_ALIGN - 1) & ~(uintptr_t)(SINK_ALIGN - 1));
        }
        size_t k = put_around(s, p + done, n - done);
        if (k) {
            done += k;
            if (s->err) {
                errno = s->err;
                return -1;
            }
            continue;
        }
        k = n - done < SINK_CAP - s->fill ? n - done : SINK_CAP - s->fill;
        memcpy(s->data[i] + s->fill, p + done, k);
        s->fill += k;
        done += k;
        if (s->fill == SINK_CAP && ship(s, SINK_CAP) != 0)
            return -1;
    }
    return 0;
}

/* stdio's write: 0 on failure, which sets the stream's error flag. */
static ssize_t sink_write(void *cookie, const char *p, size_t n)
{
    return out_sink_put(cookie, p, n) == 0 ? (ssize_t)n : 0;
}

/* Waits for the direct writes and ends them (no-op unless direct). */
static void end_direct(out_sink *s)
{
    if (s->mode != SINK_DIRECT)
        return;
    ring_end(s);
    s->mode = SINK_PLAIN;
}

static int sink_close(void *cookie)
{
    out_sink *s = cookie;
    end_direct(s); /* no buffer is freed with a write in flight */
    for (unsigned i = 0; i < SINK_BUFS; i++)
        xbig_free(s->map[i]);
    if (s->dfd >= 0)
        close(s->dfd);
    int rc = close(s->fd);
    free(s);
    return rc;
}

FILE *out_sink_open(out_sink **out, int fd)
{
    out_sink *s = xcalloc(1, sizeof *s);
    s->fd = fd;
    s->dfd = -1;
    cookie_io_functions_t io = {.write = sink_write, .close = sink_close};
    FILE *fp = fopencookie(s, "w", io);
    if (!fp) {
        int err = errno;
        free(s);
        errno = err;
        return NULL;
    }
    *out = s;
    return fp;
}

int out_sink_finish(out_sink *s)
{
    if (s->mode != SINK_DIRECT)
        return s->err;
    size_t whole = s->fill / SINK_ALIGN * SINK_ALIGN, tail = s->fill - whole;
    const char *rest = s->fill ? s->data[s->cur] + whole : NULL;
    if (whole)
        ship(s, whole); /* moves at past it; a failure is kept in s->err */
    end_direct(s);
    s->fill = 0;
    if (tail && !s->err)
        put_plain(s, rest, tail);
    if (s->sized && !s->err && ftruncate(s->fd, s->at) != 0) /* the space allocated ahead, given back */
        note_err(s, errno);
    return s->err;
}

int out_sink_error(out_sink *s)
{
    return s->err;
}

int out_sink_fd(const out_sink *s)
{
    return s->fd;
}

int out_sink_staged(const out_sink *s)
{
    return s->mode == SINK_DIRECT;
}

void out_sink_discard(out_sink *s)
{
    note_err(s, ECANCELED);
}
