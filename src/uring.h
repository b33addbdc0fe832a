/* uring.h - an io_uring set up and its rings mapped, with raw system calls
 * (no liburing): the batched reads of input_ring.c and the direct writes of
 * out_sink.c. One thread at a time uses a ring. ENTGRAPH_IO_URING=0 in the
 * environment turns io_uring off: every caller has a plain way. */
#ifndef ENTGRAPH_URING_H
#define ENTGRAPH_URING_H

#include <linux/io_uring.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    int fd;
    unsigned features; /* IORING_FEAT_* */
    unsigned *sq_tail, *sq_mask, *sq_array;
    unsigned *cq_head, *cq_tail, *cq_mask;
    struct io_uring_sqe *sqes;
    struct io_uring_cqe *cqes;
    void *rings;
    size_t rings_len, sqes_len;
} uring;

/* A ring of `entries` submissions (and twice as many completions), with
 * the features in `need` (IORING_FEAT_SINGLE_MMAP always). Returns 0, or
 * -1 if io_uring is off, missing or short of a feature (r then holds
 * nothing to free). */
int uring_init(uring *r, unsigned entries, unsigned need);
void uring_free(uring *r);
/* The submission entry at *tail, zeroed but for user_data; *tail moves on.
 * The entries count once the tail is published (uring_publish). */
struct io_uring_sqe *uring_sqe(uring *r, unsigned *tail, uint64_t user_data);
void uring_publish(uring *r, unsigned tail);
/* io_uring_enter: submits n entries and waits for `wait` completions;
 * returns the entries taken, or -1 with errno set. */
long uring_enter(const uring *r, unsigned n, unsigned wait);
/* Calls done(ctx, user_data, res) for each completion there is, without
 * waiting; returns how many. */
unsigned uring_reap(uring *r, void (*done)(void *ctx, uint64_t user_data, int res), void *ctx);

#endif
