/* input_ring.c - batches of file reads through io_uring (see input_ring.h).
 *
 * The ring is used by one thread, one batch at a time: a batch is submitted
 * and waited for whole before the next, so the completion queue (twice the
 * submission queue) cannot overflow and no buffer is written after
 * input_ring_read returns. Linked chains need the kernel to pick up a slot's
 * file when the read runs, not when it is submitted (IORING_FEAT_LINKED_FILE,
 * Linux 5.17); an older kernel gets no ring and the plain reader. */
#include "input_ring.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

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

struct input_ring {
    int fd;
    unsigned *sq_tail, *sq_mask, *sq_array;
    unsigned *cq_head, *cq_tail, *cq_mask;
    struct io_uring_sqe *sqes;
    struct io_uring_cqe *cqes;
    void *rings;
    size_t rings_len, sqes_len;
    int res[INPUT_RING_FILES][OPS];
    char probe[INPUT_RING_FILES]; /* the one byte past what was read */
};

static unsigned *ring_word(void *rings, unsigned off)
{
    return (unsigned *)(void *)((char *)rings + off);
}

input_ring *input_ring_new(void)
{
    const char *env = getenv("ENTGRAPH_IO_URING");
    if (env && strcmp(env, "0") == 0)
        return NULL;
    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    int fd = (int)syscall(__NR_io_uring_setup, INPUT_RING_FILES * OPS, &p);
    if (fd < 0)
        return NULL;
    unsigned need = IORING_FEAT_SINGLE_MMAP | IORING_FEAT_RW_CUR_POS | IORING_FEAT_LINKED_FILE;
    if ((p.features & need) != need) {
        close(fd);
        return NULL;
    }
    input_ring *r = xcalloc(1, sizeof *r);
    r->fd = fd;
    size_t sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    r->rings_len = sq_len > cq_len ? sq_len : cq_len;
    r->sqes_len = p.sq_entries * sizeof(struct io_uring_sqe);
    r->rings = mmap(NULL, r->rings_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQ_RING);
    r->sqes = mmap(NULL, r->sqes_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQES);
    int slots[INPUT_RING_FILES];
    for (unsigned k = 0; k < INPUT_RING_FILES; k++)
        slots[k] = -1; /* empty: each chain's open fills its own */
    if (r->rings == MAP_FAILED || r->sqes == MAP_FAILED ||
        syscall(__NR_io_uring_register, fd, IORING_REGISTER_FILES, slots, INPUT_RING_FILES) != 0) {
        input_ring_free(r);
        return NULL;
    }
    r->sq_tail = ring_word(r->rings, p.sq_off.tail);
    r->sq_mask = ring_word(r->rings, p.sq_off.ring_mask);
    r->sq_array = ring_word(r->rings, p.sq_off.array);
    r->cq_head = ring_word(r->rings, p.cq_off.head);
    r->cq_tail = ring_word(r->rings, p.cq_off.tail);
    r->cq_mask = ring_word(r->rings, p.cq_off.ring_mask);
    r->cqes = (struct io_uring_cqe *)(void *)((char *)r->rings + p.cq_off.cqes);
    return r;
}

void input_ring_free(input_ring *r)
{
    if (!r)
        return;
    if (r->rings && r->rings != MAP_FAILED)
        munmap(r->rings, r->rings_len);
    if (r->sqes && r->sqes != MAP_FAILED)
        munmap(r->sqes, r->sqes_len);
    close(r->fd);
    free(r);
}

/* The next submission entry, zeroed, queued at *tail. */
static struct io_uring_sqe *next_sqe(input_ring *r, unsigned *tail, unsigned file, unsigned op)
{
    unsigned i = (*tail)++ & *r->sq_mask;
    r->sq_array[i] = i;
    struct io_uring_sqe *s = &r->sqes[i];
    memset(s, 0, sizeof *s);
    s->user_data = (uint64_t)file * OPS + op;
    return s;
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

/* Moves the completions into r->res; returns how many there were. */
static unsigned reap(input_ring *r)
{
    unsigned head = *r->cq_head, tail = __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE), n = 0;
    for (; head != tail; head++, n++) {
        const struct io_uring_cqe *c = &r->cqes[head & *r->cq_mask];
        r->res[c->user_data / OPS][c->user_data % OPS] = c->res;
    }
    __atomic_store_n(r->cq_head, head, __ATOMIC_RELEASE);
    return n;
}

int input_ring_read(input_ring *r, int dirfd, const char *const *names, char *const *bufs, const size_t *caps,
                    long *got, unsigned n)
{
    unsigned tail = *r->sq_tail;
    for (unsigned k = 0; k < n; k++) {
        got[k] = -1;
        queue_file(r, &tail, k, dirfd, names[k], bufs[k], caps[k]);
    }
    __atomic_store_n(r->sq_tail, tail, __ATOMIC_RELEASE);
    unsigned want = n * OPS, submitted = 0, done = 0;
    while (done < want) {
        long rc = syscall(__NR_io_uring_enter, r->fd, want - submitted, want - done, IORING_ENTER_GETEVENTS, NULL, 0);
        if (rc < 0 && (errno == EINTR || errno == EAGAIN || errno == EBUSY))
            continue;
        if (rc < 0 || (rc == 0 && submitted < want)) { /* failed, or took none of what is left */
            if (submitted == 0)
                return -1; /* nothing in flight: the caller reads the plain way */
            /* Reads in flight may still land in the buffers: going on with
             * them is not safe. Not seen; would be a kernel or memory fault. */
            fprintf(stderr, "entgraph: io_uring: %s\n", strerror(rc < 0 ? errno : EIO));
            abort();
        }
        submitted += (unsigned)rc;
        done += reap(r);
    }
    for (unsigned k = 0; k < n; k++) {
        const int *x = r->res[k];
        if (x[OP_READ] > 0)
            VALGRIND_MAKE_MEM_DEFINED(bufs[k], (size_t)x[OP_READ]);
        if (x[OP_OPEN] >= 0 && x[OP_READ] >= 0 && x[OP_PROBE] == 0 && x[OP_CLOSE] == 0)
            got[k] = x[OP_READ];
    }
    return 0;
}
