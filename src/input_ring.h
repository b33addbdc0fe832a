/* input_ring.h - reading a batch of small files with one system call
 * (Linux io_uring, driven through its raw system calls).
 *
 * Each file is a hard-linked chain: open it into a registered slot, read it
 * from the start, read one byte more (0 proves the end of the file was
 * reached, whatever the file system did with the first read), close the
 * slot. System calls are costly (on a virtual machine a few microseconds
 * each), and a news article is a few kilobytes: one submission per batch
 * replaces four calls per file. Whatever this cannot read whole is left to
 * the plain reader, which also gives the error messages. A reader keeps a
 * few batches in flight: files not in the page cache are read from the
 * disk while it works on the batch before. */
#ifndef ENTGRAPH_INPUT_RING_H
#define ENTGRAPH_INPUT_RING_H

#include <stddef.h>

#define INPUT_RING_FILES 8   /* files per batch at most */
#define INPUT_RING_BATCHES 8 /* batches in flight at once at most */

typedef struct input_ring input_ring;

/* A ring for up to INPUT_RING_BATCHES batches of up to INPUT_RING_FILES
 * files each, or NULL where io_uring is not there (old kernel, a
 * container's seccomp filter, or ENTGRAPH_IO_URING=0 in the environment). */
input_ring *input_ring_new(void);
/* Waits for every batch in flight, then frees the ring. */
void input_ring_free(input_ring *r);

/* Starts reading batch `batch` (0 <= batch < INPUT_RING_BATCHES, not in
 * flight): the n files (n <= INPUT_RING_FILES) named names[k], relative to
 * dirfds[k] (AT_FDCWD for whole paths), into bufs[k], of caps[k] bytes
 * each. Returns without waiting for the reads (those of files in the page
 * cache are most often done by then); the folders and buffers must stay
 * until input_ring_wait. Returns 0, or -1 if the ring took none of it
 * (then nothing of the batch is in flight and the ring should not be
 * used again). */
int input_ring_start(input_ring *r, unsigned batch, const int *dirfds, const char *const *names, char *const *bufs,
                     const size_t *caps, unsigned n);
/* Whether every read of batch `batch` is done (without waiting). */
int input_ring_done(input_ring *r, unsigned batch);
/* Waits for batch `batch` (started with n files): got[k] is the file's
 * length if all of it is in bufs[k] (so it was at most caps[k] - 1 bytes
 * long), else -1. */
void input_ring_wait(input_ring *r, unsigned batch, long *got, unsigned n);

#endif
