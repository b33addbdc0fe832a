/* input.h - the list of documents to read and reading one of them.
 *
 * Inputs are files, directories (recursive; *.txt *.md *.text, entries in
 * byte order of their names, each directory visited once so symlink loops
 * end) and "-" for stdin. A document's id is the path as given, joined with
 * the path below a given directory. Small files are read with one read()
 * into a reused buffer; files of INPUT_MMAP_MIN bytes or more are mapped.
 * A file found in a folder is opened relative to that folder (openat on a
 * descriptor the reader keeps while it reads the folder's files), so the
 * kernel looks up one name per file instead of the whole path; messages
 * still name the whole path. input_prefetch reads a batch of the listed
 * files with one system call where io_uring is there (input_ring.h); files
 * it cannot read whole go the plain way. */
#ifndef ENTGRAPH_INPUT_H
#define ENTGRAPH_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "input_ring.h"
#include "util.h"

#define INPUT_MMAP_MIN (1u << 20)
#define INPUT_PREFETCH_BUF (64u << 10) /* a read buffer's least size for input_prefetch */

typedef struct {
    char **paths;      /* document ids; "-" is stdin (in strings) */
    uint32_t *dir;     /* per path: 1 + the index in dirs of the folder it was
                          listed in; 0: opened by its whole path */
    uint32_t *name_at; /* per path with a dir: where its name in that folder starts */
    size_t n, cap;
    char **dirs; /* the folders walked, as joined paths */
    size_t n_dirs, cap_dirs;
    arena strings; /* the paths */
} input_list;

/* Adds one command-line input. Returns 0, or -1 with e set (missing path,
 * unreadable directory). Unreadable entries deep in a tree are warnings. */
int input_add(input_list *l, const char *arg, eg_err *e);
void input_list_free(input_list *l);

typedef struct {
    const char *data; /* the bytes; valid until the next input_read or input_release */
    size_t len;
    int mapped;  /* data is an mmap */
    char *owned; /* reused read buffer */
    size_t cap;
    int prefetched; /* input_prefetch read the file whole into owned */
} input_bytes;

/* Reads path into b. Returns 0, 1 if the file was skipped as binary (NUL in
 * its first 8 KiB; a warning is printed), or -1 with e set. */
int input_read(input_bytes *b, const char *path, eg_err *e);
void input_release(input_bytes *b); /* unmaps; keeps the read buffer */
void input_bytes_free(input_bytes *b);

/* The folder one reader holds open, and its io_uring. Zeroed: none (then
 * nothing to close). */
typedef struct {
    uint32_t dir; /* 1 + index in input_list.dirs; 0: none */
    int fd;       /* -1 if the folder would not open: files go by whole path */
    input_ring *ring;
    int no_ring; /* io_uring is not there or failed: plain reads only */
} input_dir;
/* input_read of l->paths[i], opened relative to its folder when it has one
 * (d holds that folder open for the next files, of the same folder). */
int input_read_entry(input_bytes *b, input_dir *d, const input_list *l, size_t i, eg_err *e);
void input_dir_close(input_dir *d); /* then it holds no folder */
void input_dir_free(input_dir *d);  /* closes the folder and frees the ring */

/* Reads entries first..first+n-1 of l into *b[0..n) ahead of
 * input_read_entry, as far as it can with batches of INPUT_RING_FILES files
 * per system call (files of the same folder; whole paths for files named on
 * the command line). It never fails: a file it did not read whole (missing,
 * unreadable, a folder, larger than its buffer) is read by input_read_entry
 * the plain way, which also reports errors. */
void input_prefetch(input_dir *d, const input_list *l, size_t first, size_t n, input_bytes *const *b);

#endif
