/* out.c - atomic output files (temp file in the target folder, fsync,
 * rename) and TSV field escaping. Every temp file still open sits in a static
 * registry so exit cleanups and fatal signals can unlink it: a killed run
 * leaves neither a half-written output nor a stray ".name.XXXXXX". */
#include "out.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct out_file {
    FILE *fp;
    char *tmp;   /* dir/.name.XXXXXX */
    char *final; /* dir/name */
    char *dir;
    size_t slot; /* index in the registry */
};

/* The registry holds temp paths the signal handler may read at any moment:
 * slots are only changed with the handled signals blocked, and a slot is a
 * plain pointer the handler passes to unlink (async-signal-safe). */
#define MAX_OPEN 64
static char *volatile registry[MAX_OPEN];
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
    unlink_all();
    for (size_t i = 0; i < MAX_OPEN; i++)
        registry[i] = NULL; /* the paths stay owned by their out_file */
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

static int mkdir_one(const char *path, eg_err *e)
{
    struct stat st;
    if (mkdir(path, 0777) == 0)
        return 0;
    if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return 0;
    if (errno == EEXIST)
        return eg_fail(e, path, 0, "exists and is not a directory");
    return eg_fail(e, path, 0, "cannot create directory: %s", strerror(errno));
}

int out_mkdir(const char *dir, eg_err *e)
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
        rc = mkdir_one(p, e);
        *s = '/';
    }
    if (rc == 0)
        rc = mkdir_one(p, e);
    free(p);
    return rc;
}

static mode_t file_mode(void)
{
    static mode_t mode;
    static int known;
    if (!known) {
        /* umask can only be read by setting it; done once, before threads write. */
        mode_t m = umask(022);
        umask(m);
        mode = 0666 & ~m;
        known = 1;
    }
    return mode;
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
    if (f->slot < MAX_OPEN && registry[f->slot] == f->tmp)
        registry[f->slot] = NULL;
    restore_signals(&old);
    free(f->tmp);
    free(f->final);
    free(f->dir);
    free(f);
}

out_file *out_open(const char *dir, const char *name, eg_err *e)
{
    out_file *f = xcalloc(1, sizeof *f);
    f->tmp = join_path(dir, ".", name, ".XXXXXX");
    f->final = join_path(dir, "", name, "");
    f->dir = xstrdup(dir);
    f->slot = MAX_OPEN;

    sigset_t old;
    block_signals(&old);
    for (size_t i = 0; i < MAX_OPEN; i++)
        if (!registry[i]) {
            f->slot = i;
            break;
        }
    int fd = -1;
    if (f->slot < MAX_OPEN) {
        fd = mkstemp(f->tmp);
        if (fd >= 0)
            registry[f->slot] = f->tmp; /* registered before a signal can see the file */
    }
    restore_signals(&old);

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
    fchmod(fd, file_mode()); /* mkstemp makes 0600; outputs are ordinary files */
    f->fp = fdopen(fd, "w");
    if (!f->fp) {
        eg_fail(e, f->final, 0, "cannot open temporary file: %s", strerror(errno));
        close(fd);
        unlink(f->tmp);
        out_file_free(f);
        return NULL;
    }
    return f;
}

FILE *out_stream(out_file *f) { return f->fp; }

const char *out_temp_path(const out_file *f) { return f->tmp; }

static void sync_dir(const char *dir)
{
    /* Makes the rename itself durable; failure here loses nothing written. */
    int fd = open(dir, O_RDONLY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

int out_commit(out_file *f, eg_err *e)
{
    int rc = 0;
    if (fflush(f->fp) != 0 || ferror(f->fp))
        rc = eg_fail(e, f->final, 0, "write failed: %s", strerror(errno ? errno : EIO));
    else if (fsync(fileno(f->fp)) != 0 && errno != EINVAL && errno != EROFS)
        rc = eg_fail(e, f->final, 0, "fsync failed: %s", strerror(errno));
    if (fclose(f->fp) != 0 && rc == 0)
        rc = eg_fail(e, f->final, 0, "close failed: %s", strerror(errno));
    f->fp = NULL;
    if (rc == 0 && rename(f->tmp, f->final) != 0)
        rc = eg_fail(e, f->final, 0, "cannot rename into place: %s", strerror(errno));
    if (rc != 0)
        unlink(f->tmp);
    else
        sync_dir(f->dir);
    out_file_free(f);
    return rc;
}

void out_abort(out_file *f)
{
    if (!f)
        return;
    if (f->fp)
        fclose(f->fp);
    unlink(f->tmp);
    out_file_free(f);
}

void out_tsv_field(FILE *fp, const char *s, size_t n)
{
    size_t run = 0; /* bytes since the last escape, written in one call */
    for (size_t i = 0; i < n; i++) {
        const char *esc = NULL;
        switch (s[i]) {
        case '\\': esc = "\\\\"; break;
        case '\t': esc = "\\t"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        default: continue;
        }
        fwrite(s + run, 1, i - run, fp);
        fputs(esc, fp);
        run = i + 1;
    }
    fwrite(s + run, 1, n - run, fp);
}
