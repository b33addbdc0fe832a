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
 * it cannot read whole go the plain way. A reader may keep several batches
 * in flight (input_prefetch_start), so that files not in the page cache
 * come from the disk while it works. */
#ifndef ENTGRAPH_INPUT_H
#define ENTGRAPH_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "input_ring.h"
#include "util.h"

#define INPUT_MMAP_MIN (1u << 20)
#define INPUT_PREFETCH_BUF (64u << 10) /* a read buffer's least size for input_prefetch */

typedef struct input_share input_share;

typedef struct {
    char **paths;      /* document ids; "-" is stdin (in strings) */
    uint32_t *dir;     /* per path: 1 + the index in dirs of the folder it was
                          listed in; 0: opened by its whole path */
    uint32_t *name_at; /* per path with a dir: where its name in that folder starts */
    size_t n, cap;
    char **dirs; /* the folders walked, as joined paths */
    size_t n_dirs, cap_dirs;
    arena strings;      /* the paths */
    input_share *share; /* set while one thread lists and others read: input_list_share */
} input_list;

/* The top-level check of one command-line input, as input_add makes it
 * before listing: returns 0, or -1 with e set (missing path, a folder that
 * will not open). */
int input_check(const char *arg, eg_err *e);
/* Adds one command-line input. Returns 0, or -1 with e set (as
 * input_check). Unreadable entries deep in a tree are warnings. */
int input_add(input_list *l, const char *arg, eg_err *e);
void input_list_free(input_list *l);

/* A list read while it is made: one thread lists (input_add), others take
 * the entries listed so far (input_list_take), so documents are read from
 * the first folder's files on instead of after the whole tree's (211k
 * files took ~150 ms to list, with the other core idle). The lister grows
 * the arrays under the share's lock and publishes entries in groups; the
 * strings never move. input_list_share before the first input_add;
 * input_list_close when the listing ends (an error too). */
void input_list_share(input_list *l);
void input_list_close(input_list *l);
/* Asks the lister to stop early (the run stopped); entries not yet listed
 * are never listed, and input_list_close ends the listing as before. */
void input_list_stop(const input_list *l);

/* One listed document, as a reader needs it. */
typedef struct {
    const char *path;   /* the document's id */
    const char *folder; /* the folder it was listed in; NULL: opened by its whole path */
    uint32_t dir;       /* 1 + the folder's index in the list's dirs, 0 for none */
    uint32_t name_at;   /* where its name below folder starts in path */
} input_entry;

/* How many entries from `first` on are listed; *more: whether the listing
 * may still add some. Waits (when wait is set) while none is listed from
 * first on and more may come. A list that is not shared is whole. */
size_t input_list_avail(const input_list *l, size_t first, int wait, int *more);
/* Copies entries first..first+n-1 (listed: input_list_avail) to out. */
void input_list_take(const input_list *l, size_t first, size_t n, input_entry *out);

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

/* The folder one reader holds open, and its io_uring with the folders and
 * batches of its reads ahead. Zeroed: none (then nothing to close). */
typedef struct {
    uint32_t dir; /* 1 + index in input_list.dirs; 0: none */
    int fd;       /* -1 if the folder would not open: files go by whole path */
    input_ring *ring;
    int no_ring; /* io_uring is not there or failed: plain reads only */
    struct input_ahead *ahead;
} input_dir;
/* input_read of en's path, opened relative to its folder when it has one
 * (d holds that folder open for the next files, of the same folder). */
int input_read_entry(input_bytes *b, input_dir *d, const input_entry *en, eg_err *e);
void input_dir_close(input_dir *d); /* then it holds no folder for plain reads */
void input_dir_free(input_dir *d);  /* waits for reads ahead, closes the folders, frees the ring */

/* Reads the files of en[0..n) into *b[0..n) ahead of input_read_entry,
 * as far as it can, with a system call per batch of INPUT_RING_FILES files
 * (each opened relative to its folder, held open meanwhile). It never
 * fails: a file it did not read whole (missing, unreadable, a folder,
 * larger than its buffer) is read by input_read_entry the plain way, which
 * also reports errors, as is a file named on the command line (it may be a
 * pipe or a device, which a read ahead could consume). */
void input_prefetch(input_dir *d, const input_entry *en, size_t n, input_bytes *const *b);
/* input_prefetch in two steps, so that a reader works while the disk
 * reads: input_prefetch_start starts reading en[0..n) (n <= INPUT_RING_FILES)
 * into *b[0..n) and returns a ticket, or -1 if it started nothing (no
 * io_uring, INPUT_RING_BATCHES tickets out already); input_prefetch_wait
 * waits for the ticket's reads (nothing for -1) and marks the files read
 * whole. Until then, b[0..n) must not be touched. */
int input_prefetch_start(input_dir *d, const input_entry *en, size_t n, input_bytes *const *b);
void input_prefetch_wait(input_dir *d, int ticket);
/* Whether a wait for the ticket would wait (its reads are not all done):
 * the files were not all in the page cache. 0 for -1. */
int input_prefetch_busy(input_dir *d, int ticket);

#endif
