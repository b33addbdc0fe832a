/* input_ring.c - batches of file reads through io_uring (see input_ring.h).
 *
 * The ring is used by one thread. Batch b's files take the registered
 * slots and entries b * INPUT_RING_FILES on; the submission queue holds
 * every batch's chains at once and the completion queue twice that, so it
 * cannot overflow. A batch is waited for whole (input_ring_wait, or
 * input_ring_free): no buffer is written after that. Linked chains need
 * the kernel to pick up a slot's file when the read runs, not when it is
 * submitted (IORING_FEAT_LINKED_FILE, Linux 5.17); an older kernel gets no
 * ring and the plain reader. */
#include "input_ring.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "uring.h"
#include "util.h"

/* The kernel fills the buffers behind valgrind's back: tell memcheck they are
 * defined (a no-op outside valgrind, and without its headers). */
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_DEFINED
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

enum { OP_OPEN, OP_READ, OP_PROBE, OP_CLOSE, OPS }; /* one chain per file */

enum { RING_FILES = INPUT_RING_FILES * INPUT_RING_BATCHES };

struct input_ring {
    uring u;
    int res[RING_FILES][OPS];
    char probe[RING_FILES];               /* the one byte past what was read */
    char *buf[RING_FILES];                /* where each file is read to */
    unsigned pending[INPUT_RING_BATCHES]; /* each batch's operations not completed */
};

input_ring *input_ring_new(void)
{
    input_ring *r = xcalloc(1, sizeof *r);
    if (uring_init(&r->u, RING_FILES * OPS, IORING_FEAT_RW_CUR_POS | IORING_FEAT_LINKED_FILE) != 0) {
        free(r);
        return NULL;
    }
    int slots[RING_FILES];
    for (unsigned k = 0; k < RING_FILES; k++)
        slots[k] = -1; /* empty: each chain's open fills its own */
    if (syscall(__NR_io_uring_register, r->u.fd, IORING_REGISTER_FILES, slots, RING_FILES) != 0) {
        input_ring_free(r);
        return NULL;
    }
    return r;
}

static void wait_batch(input_ring *r, unsigned batch);

void input_ring_free(input_ring *r)
{
    if (!r)
        return;
    for (unsigned b = 0; b < INPUT_RING_BATCHES; b++)
        wait_batch(r, b); /* the kernel may write into a batch's buffers till then */
    uring_free(&r->u);
    free(r);
}

/* The next submission entry of file k, operation op. */
static struct io_uring_sqe *next_sqe(input_ring *r, unsigned *tail, unsigned file, unsigned op)
{
    return uring_sqe(&r->u, tail, (uint64_t)file * OPS + op);
}

/* Queues file k's chain: open into slot k, read, read one byte more, close. */
static void queue_file(input_ring *r, unsigned *tail, unsigned k, int dirfd, const char *name, char *dst, size_t cap)
{
    struct io_uring_sqe *s = next_sqe(r, tail, k, OP_OPEN);
    s->opcode = IORING_OP_OPENAT;
    s->fd = dirfd;
    s->addr = (uint64_t)(uintptr_t)name;
    s->open_flags = O_RDONLY;     /* no O_CLOEXEC: a slot is no descriptor, and the kernel refuses it */
    s->file_index = k + 1;        /* a registered slot, not a descriptor */
    s->flags = IOSQE_IO_HARDLINK; /* the chain goes on after a failure: the close always runs */
    for (unsigned op = OP_READ; op <= OP_PROBE; op++) {
        s = next_sqe(r, tail, k, op);
        s->opcode = IORING_OP_READ;
        s->fd = (int)k;
        s->flags = IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
        s->addr = (uint64_t)(uintptr_t)(op == OP_READ ? dst : &r->probe[k]);
        s->len = op == OP_READ ? (unsigned)(cap - 1 < UINT32_MAX ? cap - 1 : UINT32_MAX) : 1;
        s->off = (uint64_t)-1; /* from the file position: the probe reads on where the read stopped */
    }
    s = next_sqe(r, tail, k, OP_CLOSE);
    s->opcode = IORING_OP_CLOSE;
    s->file_index = k + 1;
}

/* A completion into r->res (a uring_reap callback). */
static void note_result(void *ctx, uint64_t user_data, int res)
{
    input_ring *r = ctx;
    r->res[user_data / OPS][user_data % OPS] = res;
    r->pending[user_data / OPS / INPUT_RING_FILES]--;
}

/* Fails the process: reads in flight may still land in the buffers, so
 * going on with them is not safe. Not seen; would be a kernel or memory
 * fault. */
static void ring_fault(int err)
{
    fprintf(stderr, "entgraph: io_uring: %s\n", strerror(err));
    abort();
}

int input_ring_start(input_ring *r, unsigned batch, const int *dirfds, const char *const *names, char *const *bufs,
                     const size_t *caps, unsigned n)
{
    unsigned tail = *r->u.sq_tail, base = batch * INPUT_RING_FILES;
    for (unsigned k = 0; k < n; k++) {
        r->buf[base + k] = bufs[k];
        queue_file(r, &tail, base + k, dirfds[k], names[k], bufs[k], caps[k]);
    }
    uring_publish(&r->u, tail);
    unsigned want = n * OPS, submitted = 0;
    r->pending[batch] = want;
    while (submitted < want) {
        long rc = uring_enter(&r->u, want - submitted, 0);
        if (rc < 0 && (errno == EINTR || errno == EAGAIN || errno == EBUSY))
            continue;
        if (rc <= 0) {            /* failed, or took none of what is left */
            if (submitted == 0) { /* nothing in flight: the caller reads the plain way */
                r->pending[batch] = 0;
                return -1;
            }
            ring_fault(rc < 0 ? errno : EIO);
        }
        submitted += (unsigned)rc;
    }
    uring_reap(&r->u, note_result, r);
    return 0;
}

int input_ring_done(input_ring *r, unsigned batch)
{
    uring_reap(&r->u, note_result, r);
    return r->pending[batch] == 0;
}

/* Waits till every operation of the batch has completed. */
static void wait_batch(input_ring *r, unsigned batch)
{
    while (r->pending[batch]) {
        if (uring_reap(&r->u, note_result, r))
            continue;
        long rc = uring_enter(&r->u, 0, 1);
        if (rc < 0 && errno != EINTR && errno != EAGAIN && errno != EBUSY)
            ring_fault(errno);
    }
}

void input_ring_wait(input_ring *r, unsigned batch, long *got, unsigned n)
{
    wait_batch(r, batch);
    for (unsigned k = 0; k < n; k++) {
        unsigned f = batch * INPUT_RING_FILES + k;
        const int *x = r->res[f];
        if (x[OP_READ] > 0)
            VALGRIND_MAKE_MEM_DEFINED(r->buf[f], (size_t)x[OP_READ]);
        got[k] = x[OP_OPEN] >= 0 && x[OP_READ] >= 0 && x[OP_PROBE] == 0 && x[OP_CLOSE] == 0 ? x[OP_READ] : -1;
    }
}
