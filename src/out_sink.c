/* out_sink.c - an output file's bytes past its first OUT_SINK_DIRECT_FROM
 * written with O_DIRECT from a few reused buffers, on a writer thread of
 * the file's own (out_sink.h).
 *
 * Why: the outputs come to ~4.8 bytes per input byte (486 MB for the
 * 100 MB bench, 3.6 GB at 1 GB), and a buffered write puts every byte in
 * a page-cache page. On this VM the host takes back guest pages left free
 * for a few seconds (virtio-balloon free page reporting), so most such
 * pages are fresh to the guest: the kernel's copy into them ran at
 * 0.4-0.55 GB/s (perf: 45% of a slow 100 MB run in
 * copy_folio_from_iter_atomic), against 4-8 GB/s into pages just freed.
 * With O_DIRECT the device reads the run's own buffers, warm after their
 * first use, at 1.1-1.5 GB/s here (dd), while the thread that writes waits
 * without using a core; the copy into the buffers is the one a buffered
 * write would have made.
 *
 * Invariant: bytes [0, at) are written, or handed to the writer; the
 * buffer being filled, cur, holds [at, at + fill). The buffers head ..
 * head + queued - 1 (mod SINK_BUFS) wait for the writer or are being
 * written, the others are free; cur is never among them. One thread at a
 * time fills (whoever holds the FILE). A full buffer goes to the writer if
 * another one is free to fill; else the writer is behind and it is written
 * here, plainly (page cache), so filling never waits for the device. Every
 * write has its offset (pwrite), so their order does not matter. Direct
 * writes begin and end on SINK_ALIGN boundaries; the last partial block
 * goes plainly, after them. */
#define _GNU_SOURCE /* fopencookie, O_DIRECT */
#include "out_sink.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "util.h"

/* O_DIRECT's alignment of offsets, lengths and addresses: the largest a
 * file system's block asks for here (a device's logical block is 512). */
#define SINK_ALIGN ((size_t)4096)
#define SINK_BUFS 4
/* A buffer is one huge page from xbig_alloc_raw (XBIG_PAGE bytes after a
 * header), aligned inside it: what is left for any start within a block. */
#define SINK_CAP (((size_t)2 << 20) - 2 * SINK_ALIGN)

_Static_assert(OUT_SINK_DIRECT_FROM % SINK_ALIGN == 0, "direct writes start aligned");
_Static_assert(SINK_CAP % SINK_ALIGN == 0 && SINK_CAP + SINK_ALIGN - 1 <= XBIG_PAGE, "a buffer fits its page");

typedef enum { SINK_NEW, SINK_PLAIN, SINK_DIRECT } sink_mode;

struct out_sink {
    int fd;
    sink_mode mode; /* NEW: below OUT_SINK_DIRECT_FROM, written plainly */
    off_t at;
    size_t fill;
    unsigned cur;
    char *map[SINK_BUFS], *data[SINK_BUFS]; /* the block, its aligned bytes */
    size_t len[SINK_BUFS];                  /* a queued buffer's bytes and offset */
    off_t off[SINK_BUFS];
    int dfd;      /* the file again, with O_DIRECT: the writer's */
    int threaded; /* the writer runs */
    pthread_t writer;
    /* Under lock while the writer runs: */
    pthread_mutex_t lock;
    pthread_cond_t moved; /* a buffer queued or written, or stop */
    unsigned head, queued;
    int err, stop;
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
    if (s->threaded)
        pthread_mutex_lock(&s->lock);
    if (err && !s->err)
        s->err = err;
    err = s->err;
    if (s->threaded)
        pthread_mutex_unlock(&s->lock);
    return err;
}

/* A direct write the file system refuses (EINVAL: an alignment it asks
 * for beyond SINK_ALIGN) is made plainly, as are all later ones. */
static int put_direct(out_sink *s, unsigned i)
{
    int err = s->dfd >= 0 ? put_at(s->dfd, s->data[i], s->len[i], s->off[i]) : EINVAL;
    if (err != EINVAL)
        return err;
    if (s->dfd >= 0)
        close(s->dfd);
    s->dfd = -1;
    return put_at(s->fd, s->data[i], s->len[i], s->off[i]);
}

static void *writer_main(void *arg)
{
    out_sink *s = arg;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        while (!s->queued && !s->stop)
            pthread_cond_wait(&s->moved, &s->lock);
        if (!s->queued)
            break;
        unsigned i = s->head;
        int skip = s->err != 0; /* failed or discarded: the file goes */
        pthread_mutex_unlock(&s->lock);
        int err = skip ? 0 : put_direct(s, i);
        pthread_mutex_lock(&s->lock);
        if (err && !s->err)
            s->err = err;
        s->head = (i + 1) % SINK_BUFS;
        s->queued--;
        pthread_cond_broadcast(&s->moved);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

/* Waits for every queued write; the writer then ends. */
static void stop_writer(out_sink *s)
{
    if (!s->threaded)
        return;
    pthread_mutex_lock(&s->lock);
    s->stop = 1;
    pthread_cond_broadcast(&s->moved);
    pthread_mutex_unlock(&s->lock);
    pthread_join(s->writer, NULL);
    s->threaded = 0;
}

/* Past OUT_SINK_DIRECT_FROM: a second descriptor of the file, with
 * O_DIRECT, if the file system takes it, for a writer thread. */
static sink_mode go_direct(out_sink *s)
{
#ifdef __linux__
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", s->fd);
    s->dfd = open(path, O_WRONLY | O_DIRECT | O_CLOEXEC);
    if (s->dfd < 0)
        return SINK_PLAIN;
    s->threaded = eg_thread_start(&s->writer, writer_main, s) == 0;
    if (s->threaded)
        return SINK_DIRECT;
    close(s->dfd);
    s->dfd = -1;
#endif
    return SINK_PLAIN;
}

/* [at, at + len) of cur goes to the writer when another buffer is free
 * for the next bytes; when the writer is behind, it is written plainly
 * here instead (the page cache takes what the device cannot), so filling
 * never waits for the device. Returns 0, or -1 with errno set to the
 * first failure. */
static int ship(out_sink *s, size_t len)
{
    unsigned i = s->cur;
    off_t at = s->at;
    s->at += (off_t)len;
    s->fill = 0;
    pthread_mutex_lock(&s->lock);
    int queue = s->queued + 1 < SINK_BUFS && !s->err;
    if (queue) {
        s->len[i] = len;
        s->off[i] = at;
        s->queued++;
        s->cur = (s->head + s->queued) % SINK_BUFS;
        pthread_cond_broadcast(&s->moved);
    }
    int err = s->err;
    pthread_mutex_unlock(&s->lock);
    if (!queue && !err)
        err = note_err(s, put_at(s->fd, s->data[i], len, at));
    if (err)
        errno = err;
    return err ? -1 : 0;
}

static int put_plain(out_sink *s, const char *p, size_t n)
{
    int err = note_err(s, s->err ? 0 : put_at(s->fd, p, n, s->at));
    s->at += (off_t)n;
    if (err)
        errno = err;
    return err ? -1 : 0;
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
            s->map[i] = xbig_alloc_raw(XBIG_PAGE);
            s->data[i] = (char *)(((uintptr_t)s->map[i] + SINK_ALIGN - 1) & ~(uintptr_t)(SINK_ALIGN - 1));
        }
        size_t k = n - done < SINK_CAP - s->fill ? n - done : SINK_CAP - s->fill;
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

static int sink_close(void *cookie)
{
    out_sink *s = cookie;
    stop_writer(s);
    for (unsigned i = 0; i < SINK_BUFS; i++)
        xbig_free(s->map[i]);
    if (s->dfd >= 0)
        close(s->dfd);
    int rc = close(s->fd);
    pthread_cond_destroy(&s->moved);
    pthread_mutex_destroy(&s->lock);
    free(s);
    return rc;
}

FILE *out_sink_open(out_sink **out, int fd)
{
    out_sink *s = xcalloc(1, sizeof *s);
    s->fd = fd;
    s->dfd = -1;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->moved, NULL);
    cookie_io_functions_t io = {.write = sink_write, .close = sink_close};
    FILE *fp = fopencookie(s, "w", io);
    if (!fp) {
        int err = errno;
        pthread_cond_destroy(&s->moved);
        pthread_mutex_destroy(&s->lock);
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
        return note_err(s, 0);
    size_t whole = s->fill / SINK_ALIGN * SINK_ALIGN, tail = s->fill - whole;
    const char *rest = s->fill ? s->data[s->cur] + whole : NULL;
    if (whole)
        ship(s, whole); /* moves at past it; a failure is kept in s->err */
    stop_writer(s);
    s->mode = SINK_PLAIN;
    s->fill = 0;
    if (tail && !s->err)
        put_plain(s, rest, tail);
    return s->err;
}

int out_sink_error(out_sink *s)
{
    return note_err(s, 0);
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
