/* uring.c - io_uring's set-up, entries and completions (uring.h). */
#include "uring.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned *ring_word(void *rings, unsigned off)
{
    return (unsigned *)(void *)((char *)rings + off);
}

int uring_init(uring *r, unsigned entries, unsigned need)
{
    memset(r, 0, sizeof *r);
    r->fd = -1;
    const char *env = getenv("ENTGRAPH_IO_URING");
    if (env && strcmp(env, "0") == 0)
        return -1;
    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    int fd = (int)syscall(__NR_io_uring_setup, entries, &p);
    if (fd < 0)
        return -1;
    need |= IORING_FEAT_SINGLE_MMAP;
    if ((p.features & need) != need) {
        close(fd);
        return -1;
    }
    r->fd = fd;
    r->features = p.features;
    size_t sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    r->rings_len = sq_len > cq_len ? sq_len : cq_len;
    r->sqes_len = p.sq_entries * sizeof(struct io_uring_sqe);
    r->rings = mmap(NULL, r->rings_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQ_RING);
    r->sqes = mmap(NULL, r->sqes_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQES);
    if (r->rings == MAP_FAILED || r->sqes == MAP_FAILED) {
        uring_free(r);
        return -1;
    }
    r->sq_tail = ring_word(r->rings, p.sq_off.tail);
    r->sq_mask = ring_word(r->rings, p.sq_off.ring_mask);
    r->sq_array = ring_word(r->rings, p.sq_off.array);
    r->cq_head = ring_word(r->rings, p.cq_off.head);
    r->cq_tail = ring_word(r->rings, p.cq_off.tail);
    r->cq_mask = ring_word(r->rings, p.cq_off.ring_mask);
    r->cqes = (struct io_uring_cqe *)(void *)((char *)r->rings + p.cq_off.cqes);
    return 0;
}

void uring_free(uring *r)
{
    if (r->rings && r->rings != MAP_FAILED)
        munmap(r->rings, r->rings_len);
    if (r->sqes && r->sqes != MAP_FAILED)
        munmap(r->sqes, r->sqes_len);
    if (r->fd >= 0)
        close(r->fd);
    memset(r, 0, sizeof *r);
    r->fd = -1;
}

struct io_uring_sqe *uring_sqe(uring *r, unsigned *tail, uint64_t user_data)
{
    unsigned i = (*tail)++ & *r->sq_mask;
    r->sq_array[i] = i;
    struct io_uring_sqe *s = &r->sqes[i];
    memset(s, 0, sizeof *s);
    s->user_data = user_data;
    return s;
}

void uring_publish(uring *r, unsigned tail)
{
    __atomic_store_n(r->sq_tail, tail, __ATOMIC_RELEASE);
}

long uring_enter(const uring *r, unsigned n, unsigned wait)
{
    return syscall(__NR_io_uring_enter, r->fd, n, wait, wait ? IORING_ENTER_GETEVENTS : 0, NULL, 0);
}

unsigned uring_reap(uring *r, void (*done)(void *ctx, uint64_t user_data, int res), void *ctx)
{
    unsigned head = *r->cq_head, tail = __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE), n = 0;
    for (; head != tail; head++, n++) {
        const struct io_uring_cqe *c = &r->cqes[head & *r->cq_mask];
        done(ctx, c->user_data, c->res);
    }
    __atomic_store_n(r->cq_head, head, __ATOMIC_RELEASE);
    return n;
}
