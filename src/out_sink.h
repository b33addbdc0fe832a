/* out_sink.h - where an output file's bytes go. A stream over the temp
 * file's descriptor (fopencookie) whose first OUT_SINK_DIRECT_FROM bytes
 * are written plainly; past them, where the file system and io_uring allow
 * it, the bytes are gathered in aligned buffers written asynchronously
 * with O_DIRECT, from memory the run reuses instead of the page cache
 * (out_sink.c says why). The outputs' bytes are the same either way. */
#ifndef ENTGRAPH_OUT_SINK_H
#define ENTGRAPH_OUT_SINK_H

#include <stdio.h>

typedef struct out_sink out_sink;

/* From this many bytes on, a file's bytes may bypass the page cache: the
 * small outputs (nodes, DOT, SVG) are never worth a ring and buffers. A
 * multiple of the alignment O_DIRECT needs. */
#define OUT_SINK_DIRECT_FROM ((size_t)4 << 20)

/* A stream that writes to fd, which it owns from then on (fclose closes it,
 * after waiting for every write in flight). *out gets the sink, for the calls below;
 * it lives until fclose. Returns NULL with errno set (fd left open). */
FILE *out_sink_open(out_sink **out, int fd);
/* Writes n bytes after what the stream has flushed (fflush it first): a
 * block formatted elsewhere, without a copy through stdio's buffer.
 * Returns 0, or -1 with errno set (the stream's error flag is not set:
 * out_sink_error tells). */
int out_sink_put(out_sink *s, const void *p, size_t n);
/* Once the stream is flushed: writes what the sink still holds and waits
 * for every write. Returns 0, or the errno of the first write that failed
 * (then the stream has its error flag too, or will at the next write). */
int out_sink_finish(out_sink *s);
/* The file will take about `more` bytes after those put so far: when the
 * sink next allocates space ahead of its direct writes, it allocates up to
 * there at once (each later allocation waits for the writes in flight).
 * Called again, the newer figure counts. */
void out_sink_expect(out_sink *s, size_t more);
/* The errno of the first write that failed so far, 0 if none. */
int out_sink_error(out_sink *s);
/* Whether bytes put now are copied into the sink's buffers (past
 * OUT_SINK_DIRECT_FROM, O_DIRECT taken): small pieces cost no syscall then,
 * and need not be gathered in stdio's buffer first. */
int out_sink_staged(const out_sink *s);
/* The sink's descriptor, for fsync. */
int out_sink_fd(const out_sink *s);
/* Writes nothing more (the file is being removed): the writes in flight
 * end (fclose waits for them), and later ones fail with ECANCELED. */
void out_sink_discard(out_sink *s);

#endif
