/* input.c - input discovery (files, recursive folders, stdin) and reading. */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    dir_id *v;
    size_t n, cap;
} dir_set; /* directories already walked: a symlink loop is entered once */

static int dir_seen(dir_set *s, const struct stat *st)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].dev == st->st_dev && s->v[i].ino == st->st_ino)
            return 1;
    XGROW(s->v, s->cap, s->n + 1);
    s->v[s->n].dev = st->st_dev;
    s->v[s->n].ino = st->st_ino;
    s->n++;
    return 0;
}

/* A shared list (input_list_share): readers see entries [0, listed) and
 * the arrays only under mu, which the lister takes to move them (grow) and
 * to publish. */
struct input_share {
    pthread_mutex_t mu;
    pthread_cond_t more; /* entries published, or the listing ended */
    size_t listed;       /* entries published; written by the lister only */
    int done;            /* the listing ended */
    int stop;            /* asked to stop (atomic) */
    int waiting;         /* readers waiting on more */
};

/* Entries published at once: a lock per 64 files, and a reader waits at
 * most for the next 64 (or for its folder's end). */
#define SHARE_GROUP 64

static void share_lock(const input_list *l)
{
    if (l->share)
        pthread_mutex_lock(&l->share->mu);
}

static void share_unlock(const input_list *l)
{
    if (l->share)
        pthread_mutex_unlock(&l->share->mu);
}

/* The lister: entries [0, n) are final. */
static void publish(input_list *l, int done)
{
    input_share *sh = l->share;
    pthread_mutex_lock(&sh->mu);
    sh->listed = l->n;
    sh->done |= done;
    if (sh->waiting)
        pthread_cond_broadcast(&sh->more);
    pthread_mutex_unlock(&sh->mu);
}

static int stopped(const input_list *l)
{
    return l->share && __atomic_load_n(&l->share->stop, __ATOMIC_RELAXED);
}

/* p[0..len): dir: 1 + the folder's index in l->dirs, 0 for none; name_at:
 * where the name below that folder starts in p. */
static void add_path(input_list *l, const char *p, size_t len, uint32_t dir, size_t name_at)
{
    if (l->n == l->cap) {
        share_lock(l);
        XGROW(l->paths, l->cap, l->n + 1);
        l->dir = xrealloc(l->dir, l->cap * sizeof *l->dir);
        l->name_at = xrealloc(l->name_at, l->cap * sizeof *l->name_at);
        share_unlock(l);
    }
    l->strings.big = ARENA_GROWS; /* 21k articles: 1 MB of paths */
    l->paths[l->n] = arena_strndup(&l->strings, p, len);
    l->dir[l->n] = name_at <= UINT32_MAX ? dir : 0;
    l->name_at[l->n++] = (uint32_t)name_at;
    if (l->share && l->n - l->share->listed >= SHARE_GROUP)
        publish(l, 0);
}

static int wanted_name(const char *name)
{
    static const char *const exts[] = {".txt", ".md", ".text"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t m = strlen(exts[i]);
        if (n > m && strcmp(name + n - m, exts[i]) == 0)
            return 1;
    }
    return 0;
}

/* Entries of walk(): a type byte, then the name; sorted by name. */
static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
}

static void walk(input_list *l, dir_set *seen, const char *path, int depth)
{
    if (stopped(l))
        return;
    DIR *d = opendir(path);
    if (!d) {
        eg_warn("%s: cannot open folder: %s (skipped)", path, strerror(errno));
        return;
    }
    /* Each name is kept with its type byte in front: a regular file that
     * readdir already calls one needs no stat (one syscall fewer per
     * article). The names share an arena, and each path is joined in one
     * buffer and copied to the list's arena: no malloc per article (a
     * folder of 21k articles took 36 ms to list, a quarter of it malloc
     * and free). */
    arena names = {0};
    char **by_name = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    char typed[1 + sizeof de->d_name];
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        size_t len = strlen(de->d_name);
        typed[0] = de->d_type == DT_REG ? 'f' : '?';
        memcpy(typed + 1, de->d_name, len);
        XGROW(by_name, cap, n + 1);
        by_name[n++] = arena_strndup(&names, typed, len + 1);
    }
    closedir(d);
    if (n > 1) /* by_name is NULL for an empty folder */
        qsort(by_name, n, sizeof *by_name, cmp_name);
    uint32_t dir = 0; /* this folder in l->dirs, once a file of it is kept */
    buf full = {0};
    buf_puts(&full, path);
    if (full.len == 0 || path[full.len - 1] != '/')
        buf_putc(&full, '/');
    size_t name_at = full.len;
    for (size_t i = 0; i < n && !stopped(l); i++) {
        const char *name = by_name[i] + 1;
        full.len = name_at;
        buf_puts(&full, name);
        struct stat st;
        if (!dir && l->n_dirs < UINT32_MAX) {
            share_lock(l);
            XGROW(l->dirs, l->cap_dirs, l->n_dirs + 1);
            share_unlock(l);
            l->dirs[l->n_dirs++] = xstrdup(path);
            dir = (uint32_t)l->n_dirs;
        }
        if (by_name[i][0] == 'f') {
            if (wanted_name(name))
                add_path(l, full.data, full.len, dir, name_at);
        } else if (stat(full.data, &st) != 0)
            eg_warn("%s: %s (skipped)", full.data, strerror(errno));
        else if (S_ISDIR(st.st_mode)) {
            if (depth > 256)
                eg_warn("%s: folders nested too deep (skipped)", full.data);
            else if (!dir_seen(seen, &st))
                walk(l, seen, full.data, depth + 1);
        } else if (S_ISREG(st.st_mode) && wanted_name(name))
            add_path(l, full.data, full.len, dir, name_at);
    }
    buf_free(&full);
    free(by_name);
    arena_free(&names);
    if (l->share && l->n > l->share->listed)
        publish(l, 0); /* a folder's last files: readers need not wait for the next folder's */
}

/* The top-level check of arg (not "-"), its stat left in *st. */
static int check_arg(const char *arg, struct stat *st, eg_err *e)
{
    if (stat(arg, st) != 0)
        return eg_fail(e, arg, 0, "%s", strerror(errno));
    if (S_ISDIR(st->st_mode)) {
        /* A folder named on the command line must open: only entries deep in
         * the tree are skipped with a warning. */
        DIR *probe = opendir(arg);
        if (!probe)
            return eg_fail(e, arg, 0, "cannot open folder: %s", strerror(errno));
        closedir(probe);
    }
    return 0;
}

int input_check(const char *arg, eg_err *e)
{
    struct stat st;
    return strcmp(arg, "-") == 0 ? 0 : check_arg(arg, &st, e);
}

int input_add(input_list *l, const char *arg, eg_err *e)
{
    if (strcmp(arg, "-") == 0) {
        add_path(l, arg, 1, 0, 0);
        return 0;
    }
    struct stat st;
    if (check_arg(arg, &st, e) < 0)
        return -1;
    if (S_ISDIR(st.st_mode)) {
        dir_set seen = {0};
        dir_seen(&seen, &st);
        walk(l, &seen, arg, 0);
        free(seen.v);
        return 0;
    }
    add_path(l, arg, strlen(arg), 0, 0); /* a named file is read whatever its extension */
    return 0;
}

void input_list_share(input_list *l)
{
    l->share = xcalloc(1, sizeof *l->share);
    pthread_mutex_init(&l->share->mu, NULL);
    pthread_cond_init(&l->share->more, NULL);
}

void input_list_close(input_list *l)
{
    if (l->share)
        publish(l, 1);
}

void input_list_stop(const input_list *l)
{
    if (l->share)
        __atomic_store_n(&l->share->stop, 1, __ATOMIC_RELAXED);
}

size_t input_list_avail(const input_list *l, size_t first, int wait, int *more)
{
    input_share *sh = l->share;
    if (!sh) {
        *more = 0;
        return first < l->n ? l->n - first : 0;
    }
    pthread_mutex_lock(&sh->mu);
    while (wait && !sh->done && sh->listed <= first) {
        sh->waiting++;
        pthread_cond_wait(&sh->more, &sh->mu);
        sh->waiting--;
    }
    size_t n = sh->listed > first ? sh->listed - first : 0;
    *more = !sh->done;
    pthread_mutex_unlock(&sh->mu);
    return n;
}

void input_list_take(const input_list *l, size_t first, size_t n, input_entry *out)
{
    share_lock(l);
    for (size_t k = 0; k < n; k++) {
        size_t i = first + k;
        uint32_t dir = l->dir[i];
        out[k] = (input_entry){l->paths[i], dir ? l->dirs[dir - 1] : NULL, dir, l->name_at[i]};
    }
    share_unlock(l);
}

void input_list_free(input_list *l)
{
    if (l->share) {
        pthread_mutex_destroy(&l->share->mu);
        pthread_cond_destroy(&l->share->more);
        free(l->share);
    }
    arena_free(&l->strings);
    for (size_t i = 0; i < l->n_dirs; i++)
        free(l->dirs[i]);
    free(l->paths);
    free(l->dir);
    free(l->name_at);
    free(l->dirs);
    memset(l, 0, sizeof *l);
}

static int read_fd(input_bytes *b, int fd, size_t hint, const char *path, eg_err *e)
{
    size_t len = 0;
    XGROW(b->owned, b->cap, hint + 2);
    for (;;) {
        if (len + 1 >= b->cap)
            XGROW(b->owned, b->cap, b->cap * 2);
        ssize_t r = read(fd, b->owned + len, b->cap - len - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return eg_fail(e, path, 0, "read error: %s", strerror(errno));
        }
        if (r == 0)
            break;
        len += (size_t)r;
        if (hint && len == hint) /* regular file fully read: skip the extra read() for EOF */
            break;
    }
    b->data = b->owned;
    b->len = len;
    return 0;
}

/* The file read into b is text: 0; or 1, with a warning, if it is binary
 * (a NUL byte in its first 8 KiB): then b is released. */
static int check_text(input_bytes *b, const char *path)
{
    size_t probe = b->len < 8192 ? b->len : 8192;
    if (probe && memchr(b->data, '\0', probe)) {
        eg_warn("%s: binary file (NUL byte in the first 8 KiB), skipped", path);
        input_release(b);
        return 1;
    }
    return 0;
}

/* Reads fd (from opening path; 0 for stdin, -1 if the open failed) into b
 * and closes it. */
static int read_opened(input_bytes *b, int fd, const char *path, eg_err *e)
{
    int open_errno = errno;
    input_release(b);
    int is_stdin = strcmp(path, "-") == 0;
    if (fd < 0)
        return eg_fail(e, path, 0, "cannot open: %s", strerror(open_errno));
    struct stat st;
    int rc = 0;
    if (fstat(fd, &st) != 0)
        rc = eg_fail(e, path, 0, "cannot stat: %s", strerror(errno));
    else if (S_ISDIR(st.st_mode))
        rc = eg_fail(e, path, 0, "is a folder");
    else if (S_ISREG(st.st_mode) && !is_stdin && (size_t)st.st_size >= INPUT_MMAP_MIN) {
        void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED)
            rc = read_fd(b, fd, (size_t)st.st_size, path, e);
        else {
            madvise(m, (size_t)st.st_size, MADV_SEQUENTIAL);
            b->data = m;
            b->len = (size_t)st.st_size;
            b->mapped = 1;
        }
    } else
        rc = read_fd(b, fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0, path, e);
    if (!is_stdin)
        close(fd);
    return rc < 0 ? rc : check_text(b, path);
}

int input_read(input_bytes *b, const char *path, eg_err *e)
{
    return read_opened(b, strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_CLOEXEC), path, e);
}

/* A folder held open for reads ahead: batches in flight pin it (their
 * opens name files relative to its descriptor), and it is closed only
 * when unpinned and its entry is wanted for another folder. */
typedef struct {
    uint32_t dir; /* 0: the entry is empty */
    int fd;
    unsigned pins;
    unsigned long used; /* when last pinned (0: empty): the least recent goes first */
} held_dir;

/* A batch read ahead, from input_prefetch_start till input_prefetch_wait:
 * the files the ring reads, in its order, and the folders they pin. A
 * batch with no file (n 0) is not in flight. */
typedef struct {
    input_bytes *b[INPUT_RING_FILES];
    unsigned held[INPUT_RING_FILES];
    unsigned n;
} ahead_batch;

/* Enough entries for every file of every batch in flight, and one more. */
#define HELD_DIRS (INPUT_RING_FILES * INPUT_RING_BATCHES + 1)

struct input_ahead {
    held_dir held[HELD_DIRS];
    ahead_batch batch[INPUT_RING_BATCHES];
    unsigned long clock;
    unsigned last; /* the entry pinned last: most files are in its folder */
};

/* The held entry of en's folder, or NULL. */
static const held_dir *find_held(const input_dir *d, const input_entry *en)
{
    if (!d->ahead)
        return NULL;
    if (d->ahead->held[d->ahead->last].dir == en->dir)
        return &d->ahead->held[d->ahead->last];
    for (unsigned h = 0; h < HELD_DIRS; h++)
        if (d->ahead->held[h].dir == en->dir)
            return &d->ahead->held[h];
    return NULL;
}

/* Pins en's folder open: its entry's index, or -1 if it will not open. */
static int pin_dir(input_dir *d, const input_entry *en)
{
    struct input_ahead *a = d->ahead;
    const held_dir *found = find_held(d, en);
    unsigned h = found ? (unsigned)(found - a->held) : HELD_DIRS;
    if (h == HELD_DIRS) { /* the least recent unpinned entry: an empty one first */
        for (unsigned k = 0; k < HELD_DIRS; k++)
            if (!a->held[k].pins && (h == HELD_DIRS || a->held[k].used < a->held[h].used))
                h = k;
        held_dir *x = &a->held[h]; /* there is one: more entries than files in flight */
        if (x->dir)
            close(x->fd);
        x->fd = open(en->folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        x->dir = x->fd >= 0 ? en->dir : 0;
        if (!x->dir) {
            x->used = 0;
            return -1;
        }
    }
    a->held[h].pins++;
    a->held[h].used = ++a->clock;
    a->last = h;
    return (int)h;
}

/* Makes d hold en's folder open for a plain read: a folder held for reads
 * ahead serves as it is (a plain read ends before the next batch starts). */
static int dir_fd(input_dir *d, const input_entry *en)
{
    const held_dir *x = find_held(d, en);
    if (x)
        return x->fd;
    if (d->dir != en->dir) {
        input_dir_close(d);
        d->dir = en->dir;
        d->fd = open(en->folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    return d->fd;
}

int input_read_entry(input_bytes *b, input_dir *d, const input_entry *en, eg_err *e)
{
    const char *path = en->path;
    if (b->prefetched) {
        b->prefetched = 0;
        return check_text(b, path);
    }
    if (!en->dir)
        return input_read(b, path, e);
    int fd = dir_fd(d, en);
    if (fd < 0) /* the open below says why if the file cannot be read either */
        return input_read(b, path, e);
    return read_opened(b, openat(fd, path + en->name_at, O_RDONLY | O_CLOEXEC), path, e);
}

void input_dir_close(input_dir *d)
{
    if (d->dir && d->fd >= 0)
        close(d->fd);
    d->dir = 0;
    d->fd = -1;
}

int input_prefetch_start(input_dir *d, const input_entry *en, size_t n, input_bytes *const *b)
{
    for (size_t k = 0; k < n; k++)
        input_release(b[k]);
    if (!d->ring && !d->no_ring && !(d->ring = input_ring_new()))
        d->no_ring = 1;
    if (!d->ring)
        return -1;
    if (!d->ahead)
        d->ahead = xcalloc(1, sizeof *d->ahead);
    struct input_ahead *a = d->ahead;
    int t = 0;
    while (t < INPUT_RING_BATCHES && a->batch[t].n)
        t++;
    if (t == INPUT_RING_BATCHES)
        return -1;
    ahead_batch *bt = &a->batch[t];
    const char *names[INPUT_RING_FILES];
    char *bufs[INPUT_RING_FILES];
    size_t caps[INPUT_RING_FILES];
    int fds[INPUT_RING_FILES];
    unsigned m = 0;
    /* A file named on the command line may be a pipe or a device, which a
     * read ahead could consume: it is left to input_read_entry, as is a
     * file whose folder will not open. */
    for (size_t k = 0; k < n && m < INPUT_RING_FILES; k++) {
        int h = en[k].dir ? pin_dir(d, &en[k]) : -1;
        if (h < 0)
            continue;
        XGROW(b[k]->owned, b[k]->cap, INPUT_PREFETCH_BUF);
        bt->b[m] = b[k];
        bt->held[m] = (unsigned)h;
        names[m] = en[k].path + en[k].name_at;
        bufs[m] = b[k]->owned;
        caps[m] = b[k]->cap;
        fds[m++] = a->held[h].fd;
    }
    if (!m || input_ring_start(d->ring, (unsigned)t, fds, names, bufs, caps, m) < 0) {
        for (unsigned j = 0; j < m; j++) /* nothing of it in flight: read the plain way */
            a->held[bt->held[j]].pins--;
        if (m) { /* the ring failed: its free waits for the batches in flight */
            input_ring_free(d->ring);
            d->ring = NULL;
            d->no_ring = 1;
        }
        return -1;
    }
    bt->n = m;
    return t;
}

void input_prefetch_wait(input_dir *d, int ticket)
{
    if (ticket < 0)
        return;
    ahead_batch *bt = &d->ahead->batch[ticket];
    long got[INPUT_RING_FILES];
    if (d->ring)
        input_ring_wait(d->ring, (unsigned)ticket, got, bt->n);
    else /* the ring failed since: its free waited for the batch, whose files go the plain way */
        for (unsigned j = 0; j < bt->n; j++)
            got[j] = -1;
    for (unsigned j = 0; j < bt->n; j++) {
        d->ahead->held[bt->held[j]].pins--;
        if (got[j] >= 0) {
            input_bytes *x = bt->b[j];
            x->data = x->owned;
            x->len = (size_t)got[j];
            x->prefetched = 1;
        }
    }
    bt->n = 0;
}

int input_prefetch_busy(input_dir *d, int ticket)
{
    return ticket >= 0 && d->ring && !input_ring_done(d->ring, (unsigned)ticket);
}

void input_prefetch(input_dir *d, const input_entry *en, size_t n, input_bytes *const *b)
{
    for (size_t first = 0; first < n; first += INPUT_RING_FILES) {
        size_t m = n - first < INPUT_RING_FILES ? n - first : INPUT_RING_FILES;
        input_prefetch_wait(d, input_prefetch_start(d, en + first, m, b + first));
    }
}

void input_dir_free(input_dir *d)
{
    input_ring_free(d->ring); /* waits for the batches in flight */
    d->ring = NULL;
    if (d->ahead)
        for (unsigned h = 0; h < HELD_DIRS; h++)
            if (d->ahead->held[h].dir)
                close(d->ahead->held[h].fd);
    free(d->ahead);
    d->ahead = NULL;
    input_dir_close(d);
}

void input_release(input_bytes *b)
{
    b->prefetched = 0;
    if (b->mapped)
        munmap((void *)b->data, b->len);
    b->mapped = 0;
    b->data = NULL;
    b->len = 0;
}

void input_bytes_free(input_bytes *b)
{
    input_release(b);
    free(b->owned);
    b->owned = NULL;
    b->cap = 0;
}
