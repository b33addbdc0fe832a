/* out.c - atomic output files (temp file in the target folder, optional
 * fsync, rename), the buffered writer and TSV field escaping. Every temp file still
 * open sits in a static registry so exit cleanups and fatal signals can
 * unlink it: a killed run leaves neither a half-written output nor a stray
 * ".name.XXXXXX". Files may be opened and committed from several threads. */
#define _GNU_SOURCE /* pipe2 */
#include "out.h"
#include "out_sink.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#define RENAME_EXCHANGE_FLAG (1 << 1) /* RENAME_EXCHANGE of linux/fs.h */
#endif

struct out_file {
    FILE *fp;
    out_sink *sink; /* where fp's bytes go (out_sink.h) */
    char *tmp;   /* dir/.name.XXXXXX */
    char *final; /* dir/name */
    char *dir;
    size_t slot; /* index in the registry */
    out_file *next_pending;
    char *iobuf; /* the stream's buffer, freed after fclose */
};

/* stdio's default buffer is one 4 KiB block: mentions.tsv, written a
 * document's rows at a time, took a write call per 4 KiB (15,600 at 100 MB). */
#define OUT_IOBUF (256u << 10)

/* The registry holds temp paths the signal handler may read at any moment:
 * slots are only changed with the handled signals blocked, and a slot is a
 * plain pointer the handler passes to unlink (async-signal-safe; the handler
 * never takes the lock). Threads change slots under reg_lock; once the exit
 * cleanup has run (`closing`), no new temp file is created, so a thread still
 * writing while another exits cannot leave one behind. */
#define MAX_OPEN 64
static char *volatile registry[MAX_OPEN];
/* Under reg_lock: the stream of each slot's file and its sink, for
 * sink_of; set once the stream is made, cleared before it is closed, so a
 * thread looking up its stream never reads a field another thread is
 * writing (ThreadSanitizer). */
typedef struct {
    FILE *fp;
    out_sink *sink;
    const char *final; /* the output's path, for messages */
} open_stream;
static open_stream open_streams[MAX_OPEN];
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static int closing;
/* A batch (under reg_lock): committed files wait here, complete under their
 * temp names and still registered, until out_batch_end renames them all. */
static int batching;
static out_file *pending;
static const int handled[] = {SIGINT, SIGTERM, SIGHUP};

static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++)
        sigaddset(&set, handled[i]);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

static void restore_signals(const sigset_t *old) { pthread_sigmask(SIG_SETMASK, old, NULL); }

static void unlink_all(void)
{
    for (size_t i = 0; i < MAX_OPEN; i++) {
        char *p = registry[i];
        if (p)
            unlink(p);
    }
}

static void on_signal(int sig)
{
    unlink_all();
    signal(sig, SIG_DFL);
    raise(sig); /* delivered on return from the handler: dies as the signal asked */
}

static void on_exit_cleanup(void)
{
    sigset_t old;
    block_signals(&old);
    pthread_mutex_lock(&reg_lock);
    closing = 1;
    unlink_all();
    for (size_t i = 0; i < MAX_OPEN; i++)
        registry[i] = NULL; /* the paths stay owned by their out_file */
    pthread_mutex_unlock(&reg_lock);
    restore_signals(&old);
}

void out_install_cleanup(void)
{
    static int installed;
    if (installed)
        return;
    installed = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
        struct sigaction prev;
        /* Keep "ignored" (e.g. nohup): the user asked not to die of it. */
        if (sigaction(handled[i], NULL, &prev) == 0 && prev.sa_handler == SIG_IGN)
            continue;
        sigaction(handled[i], &sa, NULL);
    }
    eg_atexit(on_exit_cleanup);
    atexit(on_exit_cleanup); /* a plain exit() after a forgotten commit */
}

static int mkdir_one(const char *path, unsigned mode, eg_err *e)
{
    struct stat st;
    if (mkdir(path, (mode_t)mode) == 0)
        return 0;
    if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return 0;
    if (errno == EEXIST)
        return eg_fail(e, path, 0, "exists and is not a directory");
    return eg_fail(e, path, 0, "cannot create directory: %s", strerror(errno));
}

int out_mkdir(const char *dir, eg_err *e)
{
    return out_mkdir_mode(dir, 0777, e);
}

int out_mkdir_mode(const char *dir, unsigned mode, eg_err *e)
{
    if (!dir || !*dir)
        return eg_fail(e, NULL, 0, "empty output directory name");
    char *p = xstrdup(dir);
    int rc = 0;
    /* Create each parent in turn; "a//b" and a trailing '/' are harmless. */
    for (char *s = p + 1; *s && rc == 0; s++) {
        if (*s != '/' || s[-1] == '/')
            continue;
        *s = '\0';
        rc = mkdir_one(p, mode, e);
        *s = '/';
    }
    if (rc == 0)
        rc = mkdir_one(p, mode, e);
    free(p);
    return rc;
}

static mode_t mode_of_files;

static void read_umask(void)
{
    /* umask can only be read by setting it: once, before any file is made. */
    mode_t m = umask(022);
    umask(m);
    mode_of_files = 0666 & ~m;
}

static mode_t file_mode(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, read_umask);
    return mode_of_files;
}

static char *join_path(const char *dir, const char *prefix, const char *name, const char *suffix)
{
    buf b = {0};
    buf_puts(&b, dir);
    if (b.len && b.data[b.len - 1] != '/')
        buf_putc(&b, '/');
    buf_puts(&b, prefix);
    buf_puts(&b, name);
    buf_puts(&b, suffix);
    return b.data;
}

static void out_file_free(out_file *f)
{
    sigset_t old;
    block_signals(&old);
    pthread_mutex_lock(&reg_lock);
    if (f->slot < MAX_OPEN && registry[f->slot] == f->tmp) {
        registry[f->slot] = NULL;
        open_streams[f->slot] = (open_stream){NULL, NULL, NULL};
    }
    pthread_mutex_unlock(&reg_lock);
    restore_signals(&old);
    free(f->tmp);
    free(f->final);
    free(f->dir);
    free(f->iobuf);
    free(f);
}

/* f's slot in open_streams (f holds a slot). */
static void set_stream(const out_file *f, FILE *fp, out_sink *sink)
{
    pthread_mutex_lock(&reg_lock);
    open_streams[f->slot] = (open_stream){fp, sink, fp ? f->final : NULL};
    pthread_mutex_unlock(&reg_lock);
}

out_file *out_open(const char *dir, const char *name, eg_err *e)
{
    out_file *f = xcalloc(1, sizeof *f);
    f->tmp = join_path(dir, ".", name, ".XXXXXX");
    f->final = join_path(dir, "", name, "");
    f->dir = xstrdup(dir);
    f->slot = MAX_OPEN;
    mode_t mode = file_mode(); /* before the lock: umask is process-wide */

    sigset_t old;
    block_signals(&old);
    pthread_mutex_lock(&reg_lock);
    int fd = -1, closed = closing;
    for (size_t i = 0; i < MAX_OPEN && !closed; i++)
        if (!registry[i]) {
            f->slot = i;
            break;
        }
    if (f->slot < MAX_OPEN) {
        fd = mkstemp(f->tmp);
        if (fd >= 0) {
            registry[f->slot] = f->tmp; /* registered before a signal can see the file */
        }
    }
    pthread_mutex_unlock(&reg_lock);
    restore_signals(&old);

    if (closed) {
        eg_fail(e, f->final, 0, "not written: the run is exiting");
        out_file_free(f);
        return NULL;
    }
    if (f->slot == MAX_OPEN) {
        eg_fail(e, f->final, 0, "too many output files open at once");
        out_file_free(f);
        return NULL;
    }
    if (fd < 0) {
        eg_fail(e, f->final, 0, "cannot create temporary file: %s", strerror(errno));
        out_file_free(f);
        return NULL;
    }
    fchmod(fd, mode); /* mkstemp makes 0600; outputs are ordinary files */
    f->fp = out_sink_open(&f->sink, fd);
    if (!f->fp) {
        eg_fail(e, f->final, 0, "cannot open temporary file: %s", strerror(errno));
        close(fd);
        unlink(f->tmp);
        out_file_free(f);
        return NULL;
    }
    f->iobuf = xmalloc(OUT_IOBUF);
    setvbuf(f->fp, f->iobuf, _IOFBF, OUT_IOBUF);
    set_stream(f, f->fp, f->sink);
    return f;
}

FILE *out_stream(out_file *f) { return f->fp; }

/* The sink under fp if fp is an open output's stream, else NULL; path
 * (cap bytes, if not NULL) gets that output's path, or "". */
static out_sink *stream_lookup(FILE *fp, char *path, size_t cap)
{
    out_sink *s = NULL;
    if (path)
        path[0] = '\0';
    pthread_mutex_lock(&reg_lock);
    for (size_t i = 0; i < MAX_OPEN && fp; i++)
        if (open_streams[i].fp == fp) {
            s = open_streams[i].sink;
            if (path)
                snprintf(path, cap, "%s", open_streams[i].final);
            break;
        }
    pthread_mutex_unlock(&reg_lock);
    return s;
}

static out_sink *sink_of(FILE *fp)
{
    return stream_lookup(fp, NULL, 0);
}

int out_w_fail(const out_w *w, eg_err *e)
{
    char path[sizeof e->msg];
    stream_lookup(w->fp, path, sizeof path);
    int err = w->sink ? out_sink_error(w->sink) : 0;
    return eg_fail(e, path[0] ? path : NULL, 0, "write failed: %s", strerror(err ? err : EIO));
}

const char *out_temp_path(const out_file *f) { return f->tmp; }

static int want_fsync; /* set once by the CLI before any output */

void out_set_fsync(int on) { want_fsync = on; }

static void sync_dir(const char *dir)
{
    if (!want_fsync)
        return;
    /* Makes the rename itself durable; failure here loses nothing written. */
    int fd = open(dir, O_RDONLY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Replacing a regular file swaps the two names (Linux renameat2 with
 * RENAME_EXCHANGE); the previous contents are then under the temp name, to
 * be unlinked. The target name is never missing, like with rename, but ext4
 * does not write back the new file's data before returning, which it does
 * for a rename over an existing file (auto_da_alloc; 0.5 s for 540 MB of
 * outputs). Durability across a power loss is what --fsync is for. Where the
 * swap is not supported, or the target is not a regular file, plain rename.
 * Returns 1 swapped, 0 renamed, -1 with errno. */
static int swap_into_place(const char *tmp, const char *final)
{
#if defined(__linux__) && defined(SYS_renameat2)
    struct stat st;
    if (lstat(final, &st) == 0 && S_ISREG(st.st_mode) &&
        syscall(SYS_renameat2, AT_FDCWD, tmp, AT_FDCWD, final, RENAME_EXCHANGE_FLAG) == 0)
        return 1;
#endif
    return rename(tmp, final) == 0 ? 0 : -1;
}

/* Returns 1 when the previous output now waits under f->tmp, 0 when there
 * was none, -1 with e set. */
static int place(out_file *f, eg_err *e)
{
    int swapped = swap_into_place(f->tmp, f->final);
    if (swapped < 0)
        return eg_fail(e, f->final, 0, "cannot rename into place: %s", strerror(errno));
    sync_dir(f->dir);
    return swapped;
}

/* The page cache of a previous output that this run will replace is of no
 * more use. Dropped at start-up, its pages go back to the kernel's free
 * lists, where the run's own memory and its new outputs' pages come from
 * first: on this VM a page the guest has not touched for a few seconds is
 * given back to the host (free page reporting), and touching it again costs
 * ~17 us per 4 KiB page, so a rerun of the 100 MB bench into the same
 * folder took 1.4-1.6 s instead of 0.7-0.85 s, most of it the kernel's. The
 * unlink at the end then has no pages left to free. Only clean pages are
 * dropped: fadvise would first start writeback of dirty ones, disk writes
 * for contents about to be deleted. cachestat (Linux 6.5) tells; without
 * it, a file last written over a minute ago (the kernel writes dirty pages
 * back after 30 s) counts as clean. Advice only: errors are ignored. */
#define RELEASE_AGE 60 /* seconds since the last write */
#ifdef __linux__
#ifndef __NR_cachestat
#define __NR_cachestat 451 /* the same on every architecture */
#endif
typedef struct {
    uint64_t off, len;
} cachestat_range;
typedef struct {
    uint64_t nr_cache, nr_dirty, nr_writeback, nr_evicted, nr_recently_evicted;
} cachestat_counts;

/* 1: fd's cached pages are all clean and there are some; 0: leave it. */
static int cache_clean(int fd, const struct stat *st)
{
    cachestat_range r = {0, 0}; /* len 0: to the end of the file */
    cachestat_counts c;
    if (syscall(__NR_cachestat, fd, &r, &c, 0) == 0)
        return c.nr_cache > 0 && c.nr_dirty == 0 && c.nr_writeback == 0;
    return time(NULL) - st->st_mtime > RELEASE_AGE;
}
#endif

void out_release_old(const char *dir, const char *name)
{
#ifdef __linux__
    char path[4096]; /* no allocation: it runs beside start-up, on a thread of its own */
    int n = snprintf(path, sizeof path, "%s%s%s", dir, *dir && dir[strlen(dir) - 1] != '/' ? "/" : "", name);
    if (n < 0 || (size_t)n >= sizeof path)
        return;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC); /* a FIFO would block */
    if (fd < 0)
        return;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && cache_clean(fd, &st))
        posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    close(fd);
#else
    (void)dir, (void)name;
#endif
}

/* A replaced output's old contents (under the temp name once swapped) go
 * at the end of the run. Unlinking a file frees its blocks and cached
 * pages, and on a file system mounted with `discard` (this VM's root)
 * ext4 also trims the blocks there and waits for the disk (perf:
 * submit_bio_wait in blkdev_issue_discard): 0.11 s for 275 MB, with or
 * without cached pages, ~0.16 s at the end of a 100 MB rerun, ~1.5 s at
 * 1 GB. So the name goes at once, with a descriptor still open: the folder
 * is as the run leaves it, and the blocks are freed when the last
 * descriptor closes. out_release_replaced hands those descriptors to a
 * child process that closes them once this process no longer holds them
 * (else the last close, and the wait, would be this process's), and does
 * not wait for it; without a child they are closed here. */
#define MAX_HELD 16
static int held[MAX_HELD];
static size_t n_held;

static void drop_replaced(out_file *f)
{
    /* a regular file (swap_into_place); O_NONBLOCK all the same: a FIFO put there meanwhile would block */
    int fd = n_held < MAX_HELD ? open(f->tmp, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
    unlink(f->tmp);
    if (fd >= 0)
        held[n_held++] = fd;
    out_file_free(f);
}

#ifdef __linux__
/* In the child: closes every descriptor but keep[0..n), sorted (a caller
 * reading our stdout or stderr to its end must not wait for the child). */
static void close_all_but(const int *keep, size_t n)
{
    unsigned lo = 0;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned)keep[i] > lo)
            syscall(SYS_close_range, lo, (unsigned)keep[i] - 1, 0u);
        lo = (unsigned)keep[i] + 1;
    }
    if (syscall(SYS_close_range, lo, ~0u, 0u) == 0)
        return;
    for (int fd = 0; fd < 3; fd++) { /* before Linux 5.9: stdio at least */
        size_t i = 0;
        while (i < n && keep[i] != fd)
            i++;
        if (i == n)
            close(fd);
    }
}

/* A child that holds the descriptors till `gate` reads end of file, then
 * exits, closing them: only async-signal-safe calls after fork. Returns
 * -1 if it could not start. */
static int hand_to_child(int gate[2])
{
    int keep[MAX_HELD + 1];
    size_t n = 0;
    keep[n++] = gate[0];
    for (size_t i = 0; i < n_held; i++) { /* sorted, for close_all_but */
        size_t j = n++;
        for (; j > 0 && keep[j - 1] > held[i]; j--)
            keep[j] = keep[j - 1];
        keep[j] = held[i];
    }
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    pid_t pid = fork();
    if (pid != 0)
        return pid > 0 ? 0 : -1;
    for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++)
        sigaction(handled[i], &dfl, NULL); /* no temp files of ours to remove */
    close_all_but(keep, n);
    char c;
    while (read(gate[0], &c, 1) < 0 && errno == EINTR)
        ;
    _exit(0);
}
#endif

void out_release_replaced(void)
{
    if (!n_held)
        return;
    int gate[2] = {-1, -1};
#ifdef __linux__
    if (pipe2(gate, O_CLOEXEC) == 0 && hand_to_child(gate) != 0) {
        close(gate[0]);
        close(gate[1]);
        gate[0] = gate[1] = -1;
    }
#endif
    for (size_t i = 0; i < n_held; i++)
        close(held[i]); /* the child's copies stay open: cheap */
    n_held = 0;
    if (gate[0] >= 0) {
        close(gate[0]);
        close(gate[1]); /* the child may close its copies now */
    }
}

int out_commit(out_file *f, eg_err *e)
{
    int rc = 0, err = 0;
    /* Every write goes through the sink, which keeps the first failure's
     * errno (stdio keeps only a flag, and errno has changed since). */
    if (fflush(f->fp) != 0 || ferror(f->fp) || (err = out_sink_finish(f->sink)) != 0) {
        if (!err && (err = out_sink_error(f->sink)) == 0)
            err = errno ? errno : EIO;
        rc = eg_fail(e, f->final, 0, "write failed: %s", strerror(err));
    } else if (want_fsync && fsync(out_sink_fd(f->sink)) != 0 && errno != EINVAL && errno != EROFS)
        rc = eg_fail(e, f->final, 0, "fsync failed: %s", strerror(errno));
    set_stream(f, NULL, NULL);
    if (fclose(f->fp) != 0 && rc == 0)
        rc = eg_fail(e, f->final, 0, "close failed: %s", strerror(errno));
    f->fp = NULL;
    if (rc == 0) {
        pthread_mutex_lock(&reg_lock);
        int deferred = batching;
        if (deferred) {
            f->next_pending = pending;
            pending = f;
        }
        pthread_mutex_unlock(&reg_lock);
        if (deferred)
            return 0;
        rc = place(f, e);
    }
    if (rc != 0) /* failed, or swapped: the temp name holds what goes */
        unlink(f->tmp);
    out_file_free(f);
    return rc < 0 ? -1 : 0;
}

void out_batch_begin(void)
{
    pthread_mutex_lock(&reg_lock);
    batching = 1;
    pthread_mutex_unlock(&reg_lock);
}

int out_batch_end(int ok, eg_err *e)
{
    pthread_mutex_lock(&reg_lock);
    out_file *f = pending;
    pending = NULL;
    batching = 0;
    pthread_mutex_unlock(&reg_lock);
    int rc = ok ? 0 : -1;
    while (f) {
        out_file *next = f->next_pending;
        int placed = rc == 0 ? place(f, e) : -1;
        if (placed < 0) { /* this one's rename failed, or an earlier failure */
            rc = -1;
            unlink(f->tmp);
            out_file_free(f);
        } else if (placed == 1)
            drop_replaced(f); /* the previous output, under the temp name */
        else
            out_file_free(f);
        f = next;
    }
    return rc;
}

void out_abort(out_file *f)
{
    if (!f)
        return;
    if (f->fp) {
        out_sink_discard(f->sink);
        set_stream(f, NULL, NULL);
        fclose(f->fp);
    }
    unlink(f->tmp);
    out_file_free(f);
}

/* ---- several outputs at once ---- */

typedef struct {
    out_job *jobs;
    size_t n, next; /* next job to start, under lock */
    int failed;
    pthread_mutex_t lock;
} job_queue;

static void *job_worker(void *arg)
{
    job_queue *q = arg;
    for (;;) {
        pthread_mutex_lock(&q->lock);
        size_t i = q->failed ? q->n : q->next;
        if (i < q->n)
            q->next++;
        pthread_mutex_unlock(&q->lock);
        if (i >= q->n)
            return NULL;
        out_job *j = &q->jobs[i];
        j->err.msg[0] = '\0';
        int rc = j->fn(j->ctx, &j->err) < 0 ? -1 : 0;
        pthread_mutex_lock(&q->lock);
        j->rc = rc;
        q->failed |= rc != 0;
        pthread_mutex_unlock(&q->lock);
    }
}

int out_run_jobs(out_job *jobs, size_t n, int threads, eg_err *e)
{
    job_queue q = {.jobs = jobs, .n = n};
    pthread_mutex_init(&q.lock, NULL);
    for (size_t i = 0; i < n; i++)
        jobs[i].rc = 1;
    size_t helpers = threads > 1 ? (size_t)threads - 1 : 0;
    if (helpers > (n ? n - 1 : 0))
        helpers = n ? n - 1 : 0;
    pthread_t tid[16];
    size_t started = 0;
    if (helpers > sizeof tid / sizeof tid[0])
        helpers = sizeof tid / sizeof tid[0];
    /* A helper that cannot start is no error: the caller does its share. */
    while (started < helpers && eg_thread_start(&tid[started], job_worker, &q) == 0)
        started++;
    job_worker(&q);
    for (size_t i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    pthread_mutex_destroy(&q.lock);
    for (size_t i = 0; i < n; i++)
        if (jobs[i].rc < 0) {
            if (e)
                *e = jobs[i].err;
            return -1;
        }
    return 0;
}

/* ---- the buffered writer ---- */

void out_w_init(out_w *w, FILE *fp, char *storage, size_t cap)
{
    w->fp = fp;
    w->sink = fp ? sink_of(fp) : NULL;
    w->owned = storage == NULL;
    /* Not zeroed: a writer's bytes are written before they are read, and a
     * kept mapping handed out again would be cleared for nothing (2 MiB a
     * parallel slot). Scratch: a small stream writer's buffer (OUT_W_SMALL)
     * is a kept block too, not heap pages faulted in one by one (~30
     * faults a file). */
    w->start = storage ? storage : xbig_scratch_raw(cap);
    w->p = w->start;
    w->end = w->start + cap;
}

/* A memory writer's buffer doubles (at least: it grows to take need more
 * bytes); storage it does not own is copied to a block of its own first.
 * Owned buffers are big blocks (util.h): a buffer of megabytes grows by
 * moving its pages, not by copying them into fresh ones. */
static void grow(out_w *w, size_t need)
{
    size_t used = (size_t)(w->p - w->start), cap = (size_t)(w->end - w->start);
    size_t want = 2 * cap > used + need ? 2 * cap : used + need;
    char *to = w->owned ? xbig_realloc(w->start, want) : memcpy(xbig_alloc_raw(want), w->start, used);
    w->owned = 1;
    w->start = to;
    w->p = to + used;
    w->end = to + want;
}

/* A block formatted elsewhere goes to the sink directly, after whatever
 * stdio still holds: fwrite would first copy up to a buffer's worth into
 * the FILE's buffer and cut the rest at a buffer boundary. Small pieces
 * take stdio's buffer, which gathers them into one write, unless the sink
 * copies them into buffers of its own anyway. A stream that is not an
 * output's (no sink), or has failed, stays on stdio, which keeps the flag. */
#define DIRECT_MIN ((size_t)1 << 16)
/* Whether a write to fp has failed (stdio's flag, or the sink's error). */
static int stream_failed(FILE *fp, out_sink *sink)
{
    return ferror(fp) || (sink && out_sink_error(sink));
}

static void stream_put(FILE *fp, out_sink *sink, const char *s, size_t n)
{
    if (sink && (n >= DIRECT_MIN || out_sink_staged(sink)) && !ferror(fp) && fflush(fp) == 0)
        out_sink_put(sink, s, n); /* a failure stays in the sink: out_sink_error */
    else
        fwrite(s, 1, n, fp);
}

void out_gather_init(out_gather *g, FILE *fp)
{
    memset(g, 0, sizeof *g);
    g->fp = fp;
    g->sink = sink_of(fp);
}

static void gather_flush(out_gather *g)
{
    for (size_t i = 0; i < g->n; i++)
        stream_put(g->fp, g->sink, g->held[i].data, g->held[i].len);
    XGROW(g->spare, g->cap_spare, g->n_spare + g->n);
    for (size_t i = 0; i < g->n; i++) {
        g->held[i].len = 0;
        g->spare[g->n_spare++] = g->held[i];
    }
    g->n = g->bytes = 0;
}

void out_gather_take(out_gather *g, buf *b)
{
    if (!b->len)
        return;
    g->held[g->n++] = *b;
    g->bytes += b->len;
    *b = g->n_spare ? g->spare[--g->n_spare] : (buf){0};
    if (g->bytes >= OUT_GATHER_BYTES || g->n == OUT_GATHER_MAX)
        gather_flush(g);
}

int out_gather_done(out_gather *g)
{
    if (!g)
        return 0;
    if (g->n)
        gather_flush(g);
    for (size_t i = 0; i < g->n_spare; i++)
        buf_free(&g->spare[i]);
    free(g->spare);
    g->spare = NULL;
    g->n_spare = g->cap_spare = 0;
    return stream_failed(g->fp, g->sink) ? -1 : 0;
}

void out_w_flush(out_w *w)
{
    if (!w->fp) {
        grow(w, 64);
        return;
    }
    if (w->p > w->start)
        stream_put(w->fp, w->sink, w->start, (size_t)(w->p - w->start));
    w->p = w->start;
}

int out_w_done(out_w *w)
{
    if (w->fp)
        out_w_flush(w);
    if (w->owned)
        xbig_free(w->start);
    w->start = w->p = w->end = NULL;
    return w->fp && stream_failed(w->fp, w->sink) ? -1 : 0;
}

void out_w_put_block(out_w *w, const void *s, size_t n)
{
    if (!w->fp) {
        out_w_put(w, s, n);
        return;
    }
    out_w_flush(w);
    stream_put(w->fp, w->sink, s, n);
}

void out_w_expect(out_w *w, size_t more)
{
    if (w->sink)
        out_sink_expect(w->sink, (size_t)(w->p - w->start) + more);
}

void out_w_reserve_slow(out_w *w, size_t n)
{
    if (!w->fp)
        grow(w, n);
    else
        out_w_flush(w);
}

void out_w_put_slow(out_w *w, const void *s, size_t n)
{
    if (!w->fp)
        grow(w, n);
    else {
        out_w_flush(w);
        if (n >= (size_t)(w->end - w->start) / 2) {
            stream_put(w->fp, w->sink, s, n); /* too big to be worth copying */
            return;
        }
    }
    memcpy(w->p, s, n);
    w->p += n;
}

const char out_pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536"
                            "37383940414243444546474849505152535455565758596061626364656667686970717273"
                            "7475767778798081828384858687888990919293949596979899";

/* The two digits of v < 100 at q; returns q + 2. */
static inline char *put2(char *q, uint32_t v)
{
    memcpy(q, out_pairs + 2 * v, 2);
    return q + 2;
}

/* The digits of v < 100 at q, without a leading zero; returns the end. */
static inline char *put_lead(char *q, uint32_t v)
{
    if (v < 10) {
        *q = (char)('0' + v);
        return q + 1;
    }
    return put2(q, v);
}

size_t out_fmt_u64(char out[20], uint64_t v)
{
    /* Below 10^8 (every offset and count in practice): straight code per
     * range, each divide by a constant a multiply; the first one or two
     * digits, then whole pairs. */
    if (v < 100000000u) {
        uint32_t u = (uint32_t)v;
        char *q;
        if (u < 100u)
            return (size_t)(put_lead(out, u) - out);
        /* Below 10^6: u times ceil(2^32 / 10^k) puts the leading digits
         * above bit 32 and the rest as a binary fraction below it; each
         * pair after is the fraction times 100 (exact for these ranges:
         * the rounding error stays below 1 in the last pair). */
        if (u < 10000u) {
            uint64_t t = (uint64_t)u * 42949673u; /* ceil(2^32 / 100) */
            q = put_lead(out, (uint32_t)(t >> 32));
            q = put2(q, (uint32_t)(((t & 0xFFFFFFFFu) * 100) >> 32));
        } else if (u < 1000000u) {
            uint64_t t = (uint64_t)u * 429497u; /* ceil(2^32 / 10^4) */
            q = put_lead(out, (uint32_t)(t >> 32));
            t = (t & 0xFFFFFFFFu) * 100;
            q = put2(q, (uint32_t)(t >> 32));
            q = put2(q, (uint32_t)(((t & 0xFFFFFFFFu) * 100) >> 32));
        } else {
            uint32_t low = u % 1000000, mid = low % 10000;
            q = put_lead(out, u / 1000000);
            q = put2(q, low / 10000);
            q = put2(q, mid / 100);
            q = put2(q, mid % 100);
        }
        return (size_t)(q - out);
    }
    static const uint64_t pow10[20] = {1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
                                       1000000000u, 10000000000u, 100000000000u, 1000000000000u,
                                       10000000000000u, 100000000000000u, 1000000000000000u,
                                       10000000000000000u, 100000000000000000u, 1000000000000000000u,
                                       10000000000000000000u};
    /* Digits, counted first so they go straight into place: log10 from the
     * bit length (1233 / 4096 ~ log10 2), one less if v is below that power. */
    unsigned t = (unsigned)(64 - __builtin_clzll(v | 1)) * 1233 >> 12;
    size_t n = t + 1 - ((v | 1) < pow10[t]);
    char *q = out + n;
    while (v >= 100) {
        const char *d = out_pairs + 2 * (v % 100);
        v /= 100;
        *--q = d[1];
        *--q = d[0];
    }
    if (v >= 10) {
        *--q = out_pairs[2 * v + 1];
        *--q = out_pairs[2 * v];
    } else
        *--q = (char)('0' + v);
    return n;
}

/* The letter after the backslash for bytes a TSV field escapes, else 0. */
const char out_tsv_escape[256] = {['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r'};

/* Index of the first byte at or after i that a TSV field escapes (n if none). */
static size_t tsv_plain_run(const unsigned char *u, size_t i, size_t n)
{
#ifdef __SSE2__
    if (n >= 16)
        return out_scan16(u, i, n, out_tsv_flags);
    if (n >= 4 && i == 0 && out_clean_short(u, n, out_tsv_flags))
        return n;
#endif
    while (i < n && !out_tsv_escape[u[i]])
        i++;
    return i;
}

void out_w_tsv_slow(out_w *w, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0; /* s[run, i) is copied in one go */
    while ((i = tsv_plain_run(u, i, n)) < n) {
        out_w_put(w, s + run, i - run);
        char esc[2] = {'\\', out_tsv_escape[u[i]]};
        out_w_put(w, esc, 2);
        run = ++i;
    }
    out_w_put(w, s + run, n - run);
}

void out_w_tsv_str(out_w *w, const char *s)
{
    if (s)
        out_w_tsv(w, s, strlen(s));
}

void out_tsv_field(FILE *fp, const char *s, size_t n)
{
    char storage[4096];
    out_w w;
    out_w_init(&w, fp, storage, sizeof storage);
    out_w_tsv(&w, s, n);
    out_w_done(&w);
}

/* ---- texts escaped once ---- */

void out_tab_init(out_tab *t)
{
    memset(t, 0, sizeof *t);
    out_w_init(&t->text, NULL, NULL, 4096);
    XGROW(t->off, t->cap, 1);
    t->off[0] = 0;
}

void out_tab_add(out_tab *t, out_escape esc, const char *s, size_t n)
{
    esc(&t->text, s, n);
    XGROW(t->off, t->cap, t->n + 2);
    t->off[++t->n] = (size_t)(t->text.p - t->text.start);
    out_w_room(&t->text, 64); /* out_w_tab reads 32 bytes from any entry, emit_names 64 */
}

void out_tab_add_str(out_tab *t, out_escape esc, const char *s)
{
    out_tab_add(t, esc, s ? s : "", s ? strlen(s) : 0);
}

void out_tab_free(out_tab *t)
{
    if (!t)
        return;
    out_w_done(&t->text);
    free(t->off);
    memset(t, 0, sizeof *t);
}

/* ---- doubles formatted once ---- */

void out_num_memo_init(out_num_memo *m, out_fmt_double fmt)
{
    memset(m->len, 0, sizeof m->len); /* every slot empty: bits and text are read only past len */
    m->fmt = fmt;
}

const char *out_num_miss(out_num_memo *m, double v, size_t h, size_t *len)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    char tmp[32] = {0}; /* copied whole into the slot: no byte of it uninitialised */
    size_t n = m->fmt(tmp, v);
    *len = n;
    if (n > sizeof m->text[h]) { /* never in practice: %.6g is at most 13 bytes */
        memcpy(m->spill, tmp, n);
        return m->spill;
    }
    memcpy(m->text[h], tmp, sizeof m->text[h]);
    m->bits[h] = bits;
    m->len[h] = (uint8_t)n;
    return m->text[h];
}
