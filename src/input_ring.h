/* input_ring.h - reading a batch of small files with one system call
 * (Linux io_uring, driven through its raw system calls).
 *
 * Each file is a hard-linked chain: open it into a registered slot, read it
 * from the start, read one byte more (0 proves the end of the file was
 * reached, whatever the file system did with the first read), close the
 * slot. System calls are costly (on a virtual machine a few microseconds
 * each), and a news article is a few kilobytes: one submission per batch
 * replaces four calls per file. Whatever this cannot read whole is left to
 * the plain reader, which also gives the error messages. */
#ifndef ENTGRAPH_INPUT_RING_H
#define ENTGRAPH_INPUT_RING_H

#include <stddef.h>

#define INPUT_RING_FILES 8 /* files per submission at most */

typedef struct input_ring input_ring;

/* A ring for batches of up to INPUT_RING_FILES files, or NULL where io_uring
 * is not there (old kernel, a container's seccomp filter, or
 * ENTGRAPH_IO_URING=0 in the environment). */
input_ring *input_ring_new(void);
void input_ring_free(input_ring *r);

/* Reads the n files (n <= INPUT_RING_FILES) named names[k], relative to
 * dirfd (AT_FDCWD for whole paths), into bufs[k], of caps[k] bytes each.
 * got[k] is the file's length if all of it is in bufs[k] (so it was at most
 * caps[k] - 1 bytes long), else -1. Returns 0, or -1 if the ring itself
 * failed (then all got[k] are -1 and the ring should not be used again). */
int input_ring_read(input_ring *r, int dirfd, const char *const *names, char *const *bufs, const size_t *caps,
                    long *got, unsigned n);

#endif
