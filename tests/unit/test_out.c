/* test_out.c - atomic output files (commit, abort, failure, cleanup on a
 * fatal signal) and TSV field escaping. */
#define _GNU_SOURCE /* fopencookie */
#include "testutil.h"

#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include "out.h"
#include "out_par.h"
#include "out_sink.h"
#include "util.h"

static char *make_tmpdir(void)
{
    char tmpl[] = "/tmp/entgraph-test-out-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return xstrdup(d);
}

static size_t count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    for (struct dirent *de; (de = readdir(d));)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

static char *slurp(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    buf b = {0};
    char tmp[256];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, fp)) > 0)
        buf_append(&b, tmp, n);
    fclose(fp);
    if (!b.data)
        buf_puts(&b, "");
    return b.data;
}

static void remove_tree(char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        for (struct dirent *de; (de = readdir(d));) {
            char path[512];
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            struct stat st;
            if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
                rmdir(path);
            else
                unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
    free(dir);
}

static void test_commit_replaces_atomically(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    eg_err e;
    out_file *f = out_open(dir, "a.txt", &e);
    assert_non_null(f);
    fputs("first", out_stream(f));
    /* before commit: only the temp file, named after the target, in the same folder */
    assert_null(slurp(dir, "a.txt"));
    assert_int_equal(count_entries(dir), 1);
    assert_non_null(strstr(out_temp_path(f), dir));
    assert_int_equal(out_commit(f, &e), 0);
    char *s = slurp(dir, "a.txt");
    assert_string_equal(s, "first");
    free(s);

    f = out_open(dir, "a.txt", &e);
    fputs("second", out_stream(f));
    s = slurp(dir, "a.txt"); /* the old content stays until the new one is complete */
    assert_string_equal(s, "first");
    free(s);
    assert_int_equal(out_commit(f, &e), 0);
    s = slurp(dir, "a.txt");
    assert_string_equal(s, "second");
    free(s);
    assert_int_equal(count_entries(dir), 1);

    struct stat st; /* an ordinary file, not mkstemp's 0600 */
    char path[512];
    snprintf(path, sizeof path, "%s/a.txt", dir);
    assert_int_equal(stat(path, &st), 0);
    assert_true(st.st_mode & S_IRUSR);
    remove_tree(dir);
}

static void test_abort_leaves_nothing(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    eg_err e;
    out_file *f = out_open(dir, "b.txt", &e);
    assert_non_null(f);
    fputs("half", out_stream(f));
    out_abort(f);
    out_abort(NULL);
    assert_int_equal(count_entries(dir), 0);
    remove_tree(dir);
}

static void test_open_in_missing_dir_fails_with_message(void **state)
{
    (void)state;
    eg_err e = {{0}};
    out_file *f = out_open("/nonexistent-entgraph-dir", "c.txt", &e);
    assert_null(f);
    assert_non_null(strstr(e.msg, "c.txt"));
}

static void test_mkdir_creates_parents(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    char path[512];
    eg_err e;
    snprintf(path, sizeof path, "%s/x/y/", dir);
    assert_int_equal(out_mkdir(path, &e), 0);
    assert_int_equal(out_mkdir(path, &e), 0); /* existing is fine */
    snprintf(path, sizeof path, "%s/x/y", dir);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    rmdir(path);
    snprintf(path, sizeof path, "%s/x", dir);
    rmdir(path);

    snprintf(path, sizeof path, "%s/file", dir); /* a file in the way is an error */
    FILE *fp = fopen(path, "w");
    fclose(fp);
    assert_int_equal(out_mkdir(path, &e), -1);
    assert_non_null(strstr(e.msg, "not a directory"));
    remove_tree(dir);
}

static void test_signal_removes_temp_files(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        eg_err e;
        out_install_cleanup();
        out_file *f = out_open(dir, "killed.txt", &e);
        if (!f)
            _exit(3);
        fputs("partial", out_stream(f));
        fflush(out_stream(f));
        raise(SIGTERM);
        _exit(4); /* not reached: the handler re-raises with the default action */
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGTERM);
    assert_int_equal(count_entries(dir), 0);
    remove_tree(dir);
}

static void test_exit_cleanup_removes_temp_files(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        eg_err e;
        out_install_cleanup();
        static out_file *volatile f; /* still reachable: leak checkers stay quiet */
        f = out_open(dir, "failed.txt", &e);
        if (!f)
            _exit(3);
        eg_exit(1); /* an error path that never reached commit */
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_true(WEXITSTATUS(status) != 0); /* 1, or a sanitizer's code for the leaked handle */
    assert_int_equal(count_entries(dir), 0);
    remove_tree(dir);
}

/* In a child: a 100 KiB file size limit, then "limited.txt" opened in dir
 * (NULL if either failed). */
static out_file *open_limited(const char *dir, eg_err *e)
{
    struct rlimit lim = {.rlim_cur = 100 << 10, .rlim_max = 100 << 10};
    signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0)
        return NULL;
    return out_open(dir, "limited.txt", e);
}

/* Fails the commit of a file written past the limit with that cause? */
static int commit_hits_limit(out_file *f, eg_err *e)
{
    return out_commit(f, e) == -1 && strstr(e->msg, "limited.txt: write failed: File too large");
}

/* In a child: big blocks written past the size limit. Returns 0 when the
 * write and the commit fail as they must, else a code. */
static int write_past_limit(const char *dir, const char *block, size_t big)
{
    eg_err e = {{0}};
    out_file *g = open_limited(dir, &e);
    if (!g)
        return 3;
    out_w w;
    out_w_init(&w, out_stream(g), NULL, 4096);
    out_w_put(&w, block, big);
    out_w_put(&w, block, big);
    if (out_w_done(&w) != -1)
        return 4;
    if (!commit_hits_limit(g, &e))
        return 5;
    return 0;
}

/* Runs fn(dir, block, big) in a child, where a size limit it sets stays,
 * and checks that it returned 0. */
static void run_in_child(int (*fn)(const char *, const char *, size_t), char *dir, char *block, size_t big)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int code = fn(dir, block, big);
        free(block); /* valgrind checks the child for leaks too */
        free(dir);
        _exit(code);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

/* Blocks of 64 KiB and more bypass stdio (straight to the sink): the
 * bytes stay in order with what stdio held before, and a write that fails
 * there still fails the commit with the cause, as through stdio. */
static void test_big_blocks_in_order_and_errors_kept(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    size_t big = (size_t)300 << 10;
    char *block = xmalloc(big);
    for (size_t i = 0; i < big; i++)
        block[i] = (char)('a' + i % 26);
    eg_err e = {{0}};
    out_file *f = out_open(dir, "big.txt", &e);
    assert_non_null(f);
    fputs("head\n", out_stream(f)); /* still in stdio's buffer */
    out_w w;
    out_w_init(&w, out_stream(f), NULL, 4096);
    out_w_lit(&w, "small\n");
    out_w_put(&w, block, big); /* straight to the descriptor */
    out_w_lit(&w, "tail\n");
    assert_int_equal(out_w_done(&w), 0);
    fputs("end\n", out_stream(f));
    assert_int_equal(out_commit(f, &e), 0);
    char *s = slurp(dir, "big.txt");
    assert_int_equal(strlen(s), 5 + 6 + big + 5 + 4);
    assert_memory_equal(s, "head\nsmall\n", 11);
    assert_memory_equal(s + 11, block, big);
    assert_string_equal(s + 11 + big, "tail\nend\n");
    free(s);

    run_in_child(write_past_limit, dir, block, big);
    assert_int_equal(count_entries(dir), 1); /* big.txt; no temp file left */
    free(block);
    remove_tree(dir);
}

/* In a child: gathered buffers past the size limit. Returns 0 when the
 * gather and the commit fail as they must, else a code. */
static int gather_past_limit(const char *dir, const char *block, size_t big)
{
    (void)block, (void)big;
    eg_err e = {{0}};
    out_file *f = open_limited(dir, &e);
    if (!f)
        return 3;
    static out_gather g; /* big: not on the stack */
    out_gather_init(&g, out_stream(f));
    buf b = {0};
    for (int i = 0; i < 300; i++) {
        for (int k = 0; k < 100; k++)
            buf_puts(&b, "0123456789");
        out_gather_take(&g, &b);
    }
    buf_free(&b);
    if (out_gather_done(&g) != -1)
        return 4;
    if (!commit_hits_limit(f, &e))
        return 5;
    return 0;
}

/* Buffers handed over whole (mention rows) reach the file in order after
 * what stdio held, across several flushes (by bytes and by count),
 * with empty ones skipped and the emptied buffers coming back for reuse;
 * a write that fails still fails the commit with its cause. */
static void test_gather_in_order_and_errors_kept(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    eg_err e = {{0}};
    out_file *f = out_open(dir, "rows.txt", &e);
    assert_non_null(f);
    fputs("head\n", out_stream(f)); /* still in stdio's buffer */
    static out_gather g;
    out_gather_init(&g, out_stream(f));
    buf want = {0}, b = {0};
    buf_puts(&want, "head\n");
    srand(5);
    for (int i = 0; i < 3000; i++) {
        assert_int_equal(b.len, 0);
        size_t n = i % 7 == 3 ? 0 : i % 500 == 0 ? (size_t)(600 << 10) : (size_t)(rand() % 300);
        for (size_t k = 0; k < n; k++)
            buf_putc(&b, 'a' + (int)((i + k) % 26));
        buf_append(&want, b.data, b.len);
        out_gather_take(&g, &b);
    }
    buf_free(&b);
    assert_int_equal(out_gather_done(&g), 0);
    fputs("end\n", out_stream(f));
    buf_puts(&want, "end\n");
    assert_int_equal(out_commit(f, &e), 0);
    char *s = slurp(dir, "rows.txt");
    assert_int_equal(strlen(s), want.len);
    assert_memory_equal(s, want.data, want.len);
    free(s);
    buf_free(&want);

    run_in_child(gather_past_limit, dir, NULL, 0);
    assert_int_equal(count_entries(dir), 1); /* rows.txt; no temp file left */
    remove_tree(dir);
}

/* Whether dir's file system takes O_DIRECT: a probe file. */
static int dir_takes_direct(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/.direct-probe", dir);
    int fd = open(path, O_WRONLY | O_CREAT | O_DIRECT, 0600);
    if (fd >= 0)
        close(fd);
    unlink(path);
    return fd >= 0;
}

/* Descriptors of this process open on path with O_DIRECT (fdinfo flags). */
static int direct_fds_on(const char *path)
{
    DIR *d = opendir("/proc/self/fd");
    assert_non_null(d);
    int n = 0;
    for (struct dirent *de; (de = readdir(d));) {
        char link[512], to[512], info[512];
        snprintf(link, sizeof link, "/proc/self/fd/%s", de->d_name);
        ssize_t k = readlink(link, to, sizeof to - 1);
        if (k <= 0)
            continue;
        to[k] = '\0';
        if (strcmp(to, path) != 0)
            continue;
        snprintf(info, sizeof info, "/proc/self/fdinfo/%s", de->d_name);
        FILE *fp = fopen(info, "r");
        unsigned flags = 0;
        char line[256];
        while (fp && fgets(line, sizeof line, fp))
            if (sscanf(line, "flags: %o", &flags) == 1)
                break;
        if (fp)
            fclose(fp);
        n += (flags & O_DIRECT) != 0;
    }
    closedir(d);
    return n;
}

/* A pattern that shows a byte out of place: no period of 4096 or 26. */
static char *pattern(size_t n)
{
    char *p = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)('a' + (i * 7 + i / 4093) % 26);
    return p;
}

/* The committed file dir/name holds want's bytes, and no more space than
 * they take: the space allocated ahead of direct writes (32 MiB at least,
 * or what the writer expected) is given back. */
static void assert_file_holds(const char *dir, const char *name, const buf *want)
{
    char *got = slurp(dir, name);
    assert_non_null(got);
    assert_int_equal(strlen(got), want->len);
    assert_memory_equal(got, want->data, want->len);
    free(got);
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, want->len);
    assert_true((size_t)st.st_blocks * 512 < want->len + ((size_t)1 << 20));
}

/* dir/name opened as an output, and w made its writer (a 4 KiB buffer). */
static out_file *open_written(const char *dir, const char *name, out_w *w)
{
    eg_err e = {{0}};
    out_file *f = out_open(dir, name, &e);
    assert_non_null(f);
    out_w_init(w, out_stream(f), NULL, 4096);
    return f;
}

/* Past OUT_SINK_DIRECT_FROM bytes an output's bytes go through the sink's
 * buffers, written with O_DIRECT where the file system takes it (or
 * plainly when the device is behind): the file holds the same bytes in
 * the same order however they came (stdio, writer flushes, big blocks,
 * gathered buffers), across the switch, whole buffers and the last
 * partial block, and no more space than they need. */
static void test_direct_output_same_bytes(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    size_t big = ((size_t)2 << 20) + 12345;
    char *block = pattern(big);
    eg_err e = {{0}};
    out_file *f = out_open(dir, "direct.txt", &e);
    assert_non_null(f);
    buf want = {0};
    fputs("head\n", out_stream(f));
    buf_puts(&want, "head\n");
    out_w w;
    out_w_init(&w, out_stream(f), NULL, 4096);
    srand(11);
    for (size_t round = 0; round < 6; round++) {
        out_w_put(&w, block, big - round * 4099); /* past the small buffer: a block */
        buf_append(&want, block, big - round * 4099);
        for (int k = 0; k < 300; k++) { /* pieces through the writer's buffer */
            size_t n = (size_t)(rand() % 700), at = (size_t)rand() % (big - n);
            out_w_put(&w, block + at, n);
            buf_append(&want, block + at, n);
        }
    }
    assert_int_equal(out_w_done(&w), 0);
    if (dir_takes_direct(dir))
        assert_int_equal(direct_fds_on(out_temp_path(f)), 1);
    static out_gather g; /* document-sized buffers, as mention rows */
    out_gather_init(&g, out_stream(f));
    buf b = {0};
    for (int i = 0; i < 1500; i++) {
        size_t n = (size_t)(rand() % 4000), at = (size_t)rand() % (big - n);
        buf_append(&b, block + at, n);
        buf_append(&want, block + at, n);
        out_gather_take(&g, &b);
    }
    buf_free(&b);
    assert_int_equal(out_gather_done(&g), 0);
    fputs("end\n", out_stream(f)); /* a last partial block */
    buf_puts(&want, "end\n");
    assert_true(want.len > 3 * OUT_SINK_DIRECT_FROM); /* buffers past the switch */
    assert_int_equal(out_commit(f, &e), 0);
    assert_file_holds(dir, "direct.txt", &want);
    buf_free(&want);
    free(block);
    remove_tree(dir);
}

/* A writer that says how big its file will be (out_w_expect) has the
 * space allocated up to there at once, when the direct writes begin (the
 * file's size shows it); said too big, the file is cut back to its bytes
 * at the end, and said too small, the space grows in steps as without. */
static void test_direct_output_expected_size(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    size_t big = ((size_t)2 << 20) + 777, expect = (size_t)96 << 20;
    char *block = pattern(big);
    eg_err e = {{0}};
    out_w w;
    out_file *f = open_written(dir, "expect.txt", &w);
    buf want = {0};
    out_w_expect(&w, expect);
    for (int i = 0; i < 5; i++) {
        out_w_put(&w, block, big - (size_t)i);
        buf_append(&want, block, big - (size_t)i);
    }
    struct stat st;
    if (dir_takes_direct(dir)) {
        assert_int_equal(stat(out_temp_path(f), &st), 0);
        assert_true((size_t)st.st_size >= expect);
    }
    out_w_expect(&w, 1000); /* now too small: what follows still goes */
    for (int i = 0; i < 20; i++) {
        out_w_put(&w, block, big);
        buf_append(&want, block, big);
    }
    assert_int_equal(out_w_done(&w), 0);
    assert_int_equal(out_commit(f, &e), 0);
    assert_file_holds(dir, "expect.txt", &want);
    buf_free(&want);
    free(block);
    remove_tree(dir);
}

/* With env set to value (unset if value is NULL), writes `rounds` blocks
 * of about `big` bytes (no two alike, none aligned), each followed by a
 * small piece (gathered), to dir/name, and commits: the file holds them in
 * order. direct: the O_DIRECT descriptors the file must have open before
 * the commit (-1: not checked). */
static void write_blocks_under(const char *dir, const char *env, const char *value, size_t big, size_t rounds,
                               int direct)
{
    char *block = pattern(big + 8192);
    if (value)
        setenv(env, value, 1);
    eg_err e = {{0}};
    out_w w;
    out_file *f = open_written(dir, "blocks.txt", &w);
    buf want = {0};
    for (size_t i = 0; i < rounds; i++) {
        size_t at = (i * 4099) % 8192, n = big - (i * 1237) % 65536;
        out_w_put(&w, block + at, n);
        buf_append(&want, block + at, n);
        out_w_put(&w, block + i, 100 + i);
        buf_append(&want, block + i, 100 + i);
    }
    assert_int_equal(out_w_done(&w), 0);
    if (direct >= 0)
        assert_int_equal(direct_fds_on(out_temp_path(f)), direct);
    assert_int_equal(out_commit(f, &e), 0);
    unsetenv(env);
    assert_file_holds(dir, "blocks.txt", &want);
    buf_free(&want);
    free(block);
}

/* Big blocks put faster than the device takes them: once every buffer
 * but the one being filled is in flight, a block goes plainly from where
 * it is, after the bytes being gathered (the small pieces leave some), up
 * to an aligned offset, and the direct writes go on from there (out_sink.c,
 * put_around). Whichever way each block goes, the file holds the bytes in
 * order: with one buffer (the device always behind: every block goes so),
 * two (one write in flight: most do), four, and as many as the sink picks. */
static void test_direct_output_device_behind(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    const char *counts[] = {"1", "2", "4", NULL};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
        write_blocks_under(dir, "ENTGRAPH_SINK_BUFS", counts[i], (size_t)1 << 20, 24, -1);
    remove_tree(dir);
}

/* Without io_uring (ENTGRAPH_IO_URING=0, as where seccomp forbids it) the
 * bytes past the switch are written plainly, with no O_DIRECT descriptor
 * and nothing allocated ahead: the same file. */
static void test_direct_output_without_ring(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    write_blocks_under(dir, "ENTGRAPH_IO_URING", "0", ((size_t)2 << 20) + 4321, 5, 0);
    remove_tree(dir);
}

/* In a child: a file size limit past OUT_SINK_DIRECT_FROM, and big blocks
 * written past it (the space allocated ahead stops at the limit, and the
 * buffer that crosses it goes plainly, and fails). Returns 0 when the
 * commit fails with the cause and leaves no temp file. */
static int direct_past_limit(const char *dir, const char *block, size_t big)
{
    rlim_t most = OUT_SINK_DIRECT_FROM + ((rlim_t)3 << 20);
    struct rlimit lim = {.rlim_cur = most, .rlim_max = most};
    signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0)
        return 3;
    eg_err e = {{0}};
    out_file *f = out_open(dir, "limited.txt", &e);
    if (!f)
        return 4;
    out_w w;
    out_w_init(&w, out_stream(f), NULL, 4096);
    out_w_expect(&w, (size_t)1 << 30); /* past the limit: allocated up to it */
    for (int i = 0; i < 6; i++)
        out_w_put(&w, block, big);
    out_w_done(&w); /* the failure may be the commit's to find */
    if (!commit_hits_limit(f, &e))
        return 5;
    return count_entries(dir) == 0 ? 0 : 6;
}

/* A write that fails past the switch to the sink's buffers fails the
 * commit with its cause, as a plain one does; an output aborted with
 * direct writes in flight goes without a trace, and nothing hangs. */
static void test_direct_output_errors_and_abort(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    size_t big = (size_t)2 << 20;
    char *block = pattern(big);
    run_in_child(direct_past_limit, dir, block, big);

    eg_err e = {{0}};
    out_file *f = out_open(dir, "dropped.txt", &e);
    assert_non_null(f);
    out_w w;
    out_w_init(&w, out_stream(f), NULL, 4096);
    for (int i = 0; i < 8; i++)
        out_w_put(&w, block, big);
    assert_int_equal(out_w_done(&w), 0);
    out_abort(f);
    assert_int_equal(count_entries(dir), 0);
    free(block);
    remove_tree(dir);
}

static void test_tsv_escaping(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    assert_non_null(fp);
    static const char in[] = "a\\b\tc\nd\re\0f";
    out_tsv_field(fp, in, sizeof in - 1); /* the NUL is data, passed through */
    fclose(fp);
    assert_int_equal(len, 15);
    assert_memory_equal(mem, "a\\\\b\\tc\\nd\\re\0f", 15);
    free(mem);

    fp = open_memstream(&mem, &len);
    out_tsv_field(fp, "plain", 5);
    out_tsv_field(fp, "", 0);
    fclose(fp);
    assert_string_equal(mem, "plain");
    free(mem);
}

/* Every length up to past 64 (the copies that skip the scan: by bytes
 * below 4, by two or four loads up to 64), with no byte to escape or one
 * at each place: out_w_tsv writes what escaping byte by byte gives. */
static void test_tsv_escaping_every_length(void **state)
{
    (void)state;
    static const char specials[] = "\\\t\n\r";
    for (size_t n = 0; n <= 70; n++)
        for (size_t at = 0; at <= n; at++) /* at == n: nothing to escape */
            for (size_t k = 0; k < (at < n ? 4u : 1u); k++) {
                char in[80], want[160];
                size_t m = 0;
                for (size_t i = 0; i < n; i++) {
                    in[i] = i == at ? specials[k] : (char)('a' + i % 26);
                    if (i == at) {
                        want[m++] = '\\';
                        want[m++] = "\\tnr"[k];
                    } else
                        want[m++] = in[i];
                }
                out_w w;
                out_w_init(&w, NULL, NULL, 256);
                out_w_tsv(&w, in, n);
                if ((size_t)(w.p - w.start) != m || memcmp(w.start, want, m) != 0)
                    fail_msg("out_w_tsv of %zu bytes, special %zu at %zu: \"%.*s\"", n, k, at, (int)(w.p - w.start),
                             w.start);
                out_w_done(&w);
            }
}

/* out_par_write: item i is "i:" plus i % 97 letters, so chunks differ in
 * size; the state counts the items its thread formatted. */
typedef struct {
    size_t items;
} par_state;

static _Atomic size_t par_total; /* items formatted, summed when states are freed (on their threads) */

static void *par_state_new(void *ctx)
{
    (void)ctx;
    return xcalloc(1, sizeof(par_state));
}

static void par_state_free(void *state)
{
    par_total += ((par_state *)state)->items;
    free(state);
}

static void par_format(void *state, out_w *w, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++) {
        out_w_u64(w, i);
        out_w_putc(w, ':');
        for (size_t k = 0; k < i % 97; k++)
            out_w_putc(w, (char)('a' + k % 26));
        out_w_putc(w, '\n');
        ((par_state *)state)->items++;
    }
}

/* out_par's lead: what goes before the items, written into the writer
 * once, before any item's text. */
static void par_lead(void *w)
{
    out_w_lit((out_w *)w, "lead\n");
}

/* The file as one thread writes it, from a stream with a small buffer;
 * room: the slots' room (out_par_fmt.slot_bytes; 0: the default). */
static char *par_run(size_t n, size_t chunk, int threads, size_t room, size_t *len)
{
    char *text = NULL;
    FILE *fp = open_memstream(&text, len);
    out_w w;
    char storage[256];
    out_w_init(&w, fp, storage, sizeof storage);
    out_w_lit(&w, "head\n");
    out_par_fmt f = {.state_new = par_state_new,
                     .state_free = par_state_free,
                     .format = par_format,
                     .lead = par_lead,
                     .lead_ctx = &w,
                     .slot_bytes = {room}};
    par_total = 0;
    out_par_write(&w, n, chunk, threads, &f);
    out_w_lit(&w, "tail\n");
    assert_int_equal(out_w_done(&w), 0);
    fclose(fp);
    assert_int_equal(par_total, n);
    return text;
}

/* Any chunk size and thread count, one thread too (which also goes chunk
 * by chunk), writes what formatting all items in one go writes, the
 * lead's text once, before the items; so do slots whose room the chunks
 * outgrow. */
static void test_parallel_format_keeps_order(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 7, 1000, 5003};
    static const size_t chunks[] = {0, 1, 3, 64, 10000};
    for (size_t a = 0; a < sizeof sizes / sizeof sizes[0]; a++) {
        out_w want;
        out_w_init(&want, NULL, NULL, 64);
        par_state st = {0};
        out_w_lit(&want, "head\nlead\n");
        par_format(&st, &want, 0, sizes[a]);
        out_w_lit(&want, "tail\n");
        size_t want_len = (size_t)(want.p - want.start);
        assert_true(want_len >= 15 + sizes[a] * 2); /* "head\n", "lead\n", "tail\n", "i:\n" at least */
        for (size_t b = 0; b < sizeof chunks / sizeof chunks[0]; b++)
            for (int threads = 1; threads <= 5; threads++)
                for (size_t room = 0; room <= 64; room += 64) { /* 64: most chunks outgrow their room */
                    size_t len;
                    char *got = par_run(sizes[a], chunks[b], threads, room, &len);
                    assert_int_equal(len, want_len);
                    assert_memory_equal(got, want.start, len);
                    free(got);
                }
        out_w_done(&want);
    }
}

/* Which thread writes a chunk: one item a chunk, written through a stream
 * with no buffer and no descriptor, so each chunk's text comes to
 * par_cookie_write on the thread that writes it. */
#define PAR_ITEMS 400
static pthread_t par_caller;
static _Atomic int par_written[PAR_ITEMS], par_by_helper[PAR_ITEMS], par_helper_formats[PAR_ITEMS];
static _Atomic int par_timed_out, par_helper_began;

static ssize_t par_cookie_write(void *cookie, const char *s, size_t n)
{
    (void)cookie;
    size_t i = strtoul(s, NULL, 10); /* "i:" starts the chunk's text */
    if (i < PAR_ITEMS && s[0] != 'h') {
        par_by_helper[i] = !pthread_equal(pthread_self(), par_caller);
        par_written[i] = 1;
    }
    return (ssize_t)n;
}

/* Waits up to 2 s for *flag to be set; a timeout is remembered and ends
 * every later wait. */
static void par_wait_for(_Atomic int *flag)
{
    for (int t = 0; !*flag && !par_timed_out; t++) {
        if (t == 2000)
            par_timed_out = 1;
        usleep(1000);
    }
}

/* Items take a while (so the threads take turns). The caller waits for a
 * helper to have begun one; then, about to format item c while a helper
 * formats an earlier one, it waits for that one to be written: a helper
 * has to write it. */
static void par_format_watched(void *state, out_w *w, size_t lo, size_t hi)
{
    usleep(100);
    if (!pthread_equal(pthread_self(), par_caller)) {
        par_helper_formats[lo] = 1;
        par_helper_began = 1;
    } else if (lo > 0) {
        par_wait_for(&par_helper_began);
        for (size_t c = 0; c < lo; c++)
            if (par_helper_formats[c])
                par_wait_for(&par_written[c]);
    }
    par_format(state, w, lo, hi);
}

/* A chunk a helper made is written by a helper while the caller formats
 * a later one, instead of waiting for the caller; the file is the same. */
static void test_parallel_helpers_write(void **state)
{
    (void)state;
    par_caller = pthread_self();
    par_timed_out = par_helper_began = 0;
    for (size_t i = 0; i < PAR_ITEMS; i++)
        par_written[i] = par_by_helper[i] = par_helper_formats[i] = 0;
    FILE *fp = fopencookie(NULL, "w", (cookie_io_functions_t){.write = par_cookie_write});
    assert_non_null(fp);
    setvbuf(fp, NULL, _IONBF, 0);
    out_w w;
    char storage[256];
    out_w_init(&w, fp, storage, sizeof storage);
    out_w_lit(&w, "head\n");
    out_par_fmt f = {.state_new = par_state_new, .state_free = par_state_free, .format = par_format_watched};
    par_total = 0;
    out_par_write(&w, PAR_ITEMS, 1, 2, &f);
    assert_int_equal(out_w_done(&w), 0);
    fclose(fp);
    assert_int_equal(par_total, PAR_ITEMS);
    int helper_writes = 0;
    for (size_t i = 0; i < PAR_ITEMS; i++) {
        assert_true(par_written[i]);
        helper_writes += par_by_helper[i];
    }
    assert_false(par_timed_out);
    assert_true(helper_writes > 0);
}

/* out_par_write_n: item i goes to file 0 as par_format writes it, and to
 * file 1 as "#i" plus i % 13 'z's. */
static void par_format_two(void *state, out_w *w, size_t lo, size_t hi)
{
    par_format(state, &w[0], lo, hi);
    for (size_t i = lo; i < hi; i++) {
        out_w_putc(&w[1], '#');
        out_w_u64(&w[1], i);
        for (size_t k = 0; k < i % 13; k++)
            out_w_putc(&w[1], 'z');
        out_w_putc(&w[1], '\n');
    }
}

/* Two files at once, any chunk size and thread count: each file is what
 * formatting all items in one go writes into it; the lead goes to file 0
 * only, before its items. */
static void test_parallel_two_files_keep_order(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 1000, 5003};
    static const size_t chunks[] = {1, 3, 64, 10000};
    for (size_t a = 0; a < sizeof sizes / sizeof sizes[0]; a++) {
        out_w want[2];
        out_w_init(&want[0], NULL, NULL, 64);
        out_w_init(&want[1], NULL, NULL, 64);
        par_state st = {0};
        out_w_lit(&want[0], "head\nlead\n");
        out_w_lit(&want[1], "head1\n");
        par_format_two(&st, want, 0, sizes[a]);
        for (size_t b = 0; b < sizeof chunks / sizeof chunks[0]; b++)
            for (int threads = 1; threads <= 4; threads++) {
                char *text[2] = {NULL, NULL};
                size_t len[2];
                FILE *fp[2];
                out_w w[2];
                char storage[2][256];
                for (int k = 0; k < 2; k++) {
                    fp[k] = open_memstream(&text[k], &len[k]);
                    out_w_init(&w[k], fp[k], storage[k], sizeof storage[k]);
                }
                out_w_lit(&w[0], "head\n");
                out_w_lit(&w[1], "head1\n");
                out_par_fmt f = {.state_new = par_state_new,
                                 .state_free = par_state_free,
                                 .format = par_format_two,
                                 .lead = par_lead,
                                 .lead_ctx = &w[0],
                                 .slot_bytes = {threads == 3 ? 64 : 0, 64}};
                out_w *ws[2] = {&w[0], &w[1]};
                par_total = 0;
                out_par_write_n(ws, 2, sizes[a], chunks[b], threads, &f);
                assert_int_equal(par_total, sizes[a]);
                for (int k = 0; k < 2; k++) {
                    assert_int_equal(out_w_done(&w[k]), 0);
                    fclose(fp[k]);
                    assert_int_equal(len[k], (size_t)(want[k].p - want[k].start));
                    assert_memory_equal(text[k], want[k].start, len[k]);
                    free(text[k]);
                }
            }
        out_w_done(&want[0]);
        out_w_done(&want[1]);
    }
}

/* File 0's first chunk is held up in its write (a slow disk, say) until
 * file 1 has taken a chunk: another thread writes file 1 meanwhile,
 * instead of waiting for file 0's writer. */
static _Atomic int par_file1_chunks, par_file0_held;

static ssize_t par_cookie_slow(void *cookie, const char *s, size_t n)
{
    (void)cookie, (void)s;
    if (!par_file0_held) {
        par_file0_held = 1;
        for (int t = 0; par_file1_chunks == 0; t++) {
            if (t == 2000) {
                par_timed_out = 1;
                break;
            }
            usleep(1000);
        }
    }
    return (ssize_t)n;
}

static ssize_t par_cookie_count(void *cookie, const char *s, size_t n)
{
    (void)cookie, (void)s;
    par_file1_chunks++;
    return (ssize_t)n;
}

static void test_parallel_files_written_at_once(void **state)
{
    (void)state;
    par_timed_out = par_file1_chunks = par_file0_held = 0;
    FILE *fp[2] = {fopencookie(NULL, "w", (cookie_io_functions_t){.write = par_cookie_slow}),
                   fopencookie(NULL, "w", (cookie_io_functions_t){.write = par_cookie_count})};
    out_w w[2];
    char storage[2][256];
    for (int k = 0; k < 2; k++) {
        assert_non_null(fp[k]);
        setvbuf(fp[k], NULL, _IONBF, 0);
        out_w_init(&w[k], fp[k], storage[k], sizeof storage[k]);
    }
    out_par_fmt f = {.state_new = par_state_new, .state_free = par_state_free, .format = par_format_two};
    out_w *ws[2] = {&w[0], &w[1]};
    par_total = 0;
    out_par_write_n(ws, 2, 50, 1, 2, &f);
    for (int k = 0; k < 2; k++) {
        assert_int_equal(out_w_done(&w[k]), 0);
        fclose(fp[k]);
    }
    assert_int_equal(par_total, 50);
    assert_true(par_file0_held);
    assert_false(par_timed_out);
    assert_int_equal(par_file1_chunks, 50);
}

/* A writer's buffer is not cleared: one made from a kept mapping still
 * holds the old bytes past what it wrote, and none of them reach the
 * stream, whatever writes copy a fixed size past their text (slots, table
 * entries, memo numbers). */
static size_t num_text(char out[32], double v)
{
    return (size_t)snprintf(out, 32, "%g", v);
}

static void test_writer_buffer_not_cleared(void **state)
{
    (void)state;
    xbig_trim();
    char *old = xbig_alloc(OUT_W_SIZE);
    memset(old, 'X', OUT_W_SIZE);
    xbig_free(old); /* kept: the next block of its size is this one */
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SIZE);
    assert_ptr_equal(w.start, old);
    out_tab tab;
    out_tab_init(&tab);
    out_tab_add_str(&tab, out_w_tsv, "id\t1");
    out_tab_add_str(&tab, out_w_tsv, "");
    static out_num_memo memo;
    out_num_memo_init(&memo, num_text);
    static const char slot[32] = "ab";
    out_w_tab(&w, &tab, 0);
    out_w_tab(&w, &tab, 1);
    out_w_slot(&w, slot, 2);
    out_w_num(&w, &memo, 0.25);
    out_w_u64(&w, 1234567);
    assert_int_equal(w.p[32], 'X'); /* past the text and the fixed copies: the old bytes */
    assert_int_equal(out_w_done(&w), 0);
    fclose(fp);
    assert_int_equal(len, strlen("id\\t1ab0.251234567"));
    assert_memory_equal(text, "id\\t1ab0.251234567", len);
    free(text);
    out_tab_free(&tab);
}

/* A small stream writer's buffer (OUT_W_SMALL, from the heap's size
 * range) is a kept block as well: no fresh pages. */
static void test_small_writer_from_kept_block(void **state)
{
    (void)state;
    xbig_trim();
    char *old = xbig_alloc(XBIG_MIN);
    xbig_free(old);
    FILE *fp = fopen("/dev/null", "w");
    assert_non_null(fp);
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SMALL);
    assert_ptr_equal(w.start, old);
    assert_int_equal(w.end - w.start, OUT_W_SMALL);
    out_w_lit(&w, "text");
    assert_int_equal(out_w_done(&w), 0);
    fclose(fp);
}

/* ---- out_release_old ---- */

#define RELEASE_BYTES ((size_t)4 << 20)

/* Writes RELEASE_BYTES to dir/name; clean: written back, and last written
 * two minutes ago (the fallback's test where cachestat is missing). */
static void write_cached_file(const char *dir, const char *name, int clean)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    char *block = xmalloc(RELEASE_BYTES);
    memset(block, 'x', RELEASE_BYTES);
    assert_int_equal(write(fd, block, RELEASE_BYTES), (ssize_t)RELEASE_BYTES);
    free(block);
    if (clean) {
        assert_int_equal(fsync(fd), 0);
        struct timespec old[2];
        clock_gettime(CLOCK_REALTIME, &old[0]);
        old[0].tv_sec -= 120;
        old[1] = old[0];
        assert_int_equal(futimens(fd, old), 0);
        assert_int_equal(fsync(fd), 0);
    }
    close(fd);
}

/* Pages of dir/name in the page cache (mincore on a mapping never touched). */
static size_t resident_pages(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    size_t page = (size_t)sysconf(_SC_PAGESIZE), pages = RELEASE_BYTES / page, n = 0;
    void *map = mmap(NULL, RELEASE_BYTES, PROT_READ, MAP_SHARED, fd, 0);
    assert_true(map != MAP_FAILED);
    unsigned char *vec = xmalloc(pages);
    assert_int_equal(mincore(map, RELEASE_BYTES, vec), 0);
    for (size_t i = 0; i < pages; i++)
        n += vec[i] & 1;
    free(vec);
    munmap(map, RELEASE_BYTES);
    close(fd);
    return n;
}

/* cachestat (Linux 6.5) of dir/name into counts; -1 where it is missing. */
static int dirty_counts(const char *dir, const char *name, uint64_t counts[5])
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    uint64_t range[2] = {0, 0};
    int rc = (int)syscall(451, fd, range, counts, 0);
    close(fd);
    return rc;
}

static void test_release_old_drops_clean_pages_only(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    struct statfs fs;
    assert_int_equal(statfs(dir, &fs), 0);
    if (fs.f_type == 0x01021994) { /* tmpfs: its pages are the file, nothing to drop */
        print_message("out_release_old: %s is tmpfs, page cache not testable here\n", dir);
        remove_tree(dir);
        return;
    }
    size_t all = RELEASE_BYTES / (size_t)sysconf(_SC_PAGESIZE);
    write_cached_file(dir, "clean.tsv", 1);
    write_cached_file(dir, "dirty.tsv", 0);
    assert_true(resident_pages(dir, "clean.tsv") > all / 2); /* cached to begin with */
    assert_true(resident_pages(dir, "dirty.tsv") > all / 2);
    char link[512], fifo[512];
    snprintf(link, sizeof link, "%s/link.tsv", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo.tsv", dir);
    assert_int_equal(symlink("clean.tsv", link), 0);
    assert_int_equal(mkfifo(fifo, 0600), 0);

    out_release_old(dir, "link.tsv"); /* not followed */
    assert_true(resident_pages(dir, "clean.tsv") > all / 2);
    out_release_old(dir, "fifo.tsv"); /* returns: not opened for a writer */
    out_release_old(dir, "missing.tsv");
    out_release_old(dir, "dirty.tsv"); /* dirty pages stay, and no writeback of them starts */
    assert_true(resident_pages(dir, "dirty.tsv") > all / 2);
    uint64_t counts[5]; /* struct cachestat: cache, dirty, writeback, evicted, recently evicted */
    if (dirty_counts(dir, "dirty.tsv", counts) == 0) {
        assert_true(counts[1] > all / 2);
        assert_int_equal(counts[2], 0);
    }
    out_release_old(dir, "clean.tsv");
    assert_true(resident_pages(dir, "clean.tsv") < all / 8);
    char *text = slurp(dir, "clean.tsv"); /* the file itself as it was */
    assert_non_null(text);
    assert_int_equal(strlen(text), RELEASE_BYTES);
    assert_int_equal(text[RELEASE_BYTES - 1], 'x');
    free(text);
    remove_tree(dir);
}

/* Descriptors of this process open on deleted files under dir. */
static int held_deleted(const char *dir)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int n = 0;
    for (struct dirent *de; (de = readdir(d));) {
        char link[300], to[1024];
        snprintf(link, sizeof link, "/proc/self/fd/%s", de->d_name);
        ssize_t k = readlink(link, to, sizeof to - 1);
        if (k <= 0)
            continue;
        to[k] = 0;
        n += strncmp(to, dir, strlen(dir)) == 0 && strstr(to, "(deleted)") != NULL;
    }
    closedir(d);
    return n;
}

/* A batch that replaces an output removes the old contents' name at once
 * and holds them open; out_release_replaced hands them to a child process,
 * which exits once this process has closed its copies (the blocks are
 * freed there). */
static void test_replaced_outputs_released_on_child(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    eg_err e = {{0}};
    for (int round = 0; round < 2; round++) {
        out_batch_begin();
        out_file *f = out_open(dir, "r.txt", &e);
        assert_non_null(f);
        fputs(round ? "new" : "old", out_stream(f));
        assert_int_equal(out_commit(f, &e), 0);
        assert_int_equal(out_batch_end(1, &e), 0);
        assert_int_equal(count_entries(dir), 1);    /* the old contents' name is gone */
        assert_int_equal(held_deleted(dir), round); /* held open, in the second round */
        out_release_replaced();
        assert_int_equal(held_deleted(dir), 0);
    }
    int status;
    pid_t child = waitpid(-1, &status, 0); /* the hand-off's, ended: its gate closed */
    assert_true(child > 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_int_equal(waitpid(-1, &status, WNOHANG), -1); /* one child, for the round that replaced */
    char *text = slurp(dir, "r.txt");
    assert_string_equal(text, "new");
    free(text);
    remove_tree(dir);
}

/* The counter's text is the number's at every step, across carries and
 * new digits, and its fixed-size copy writes exactly the digits' length. */
static void test_counter_counts_up(void **state)
{
    (void)state;
    static const uint64_t starts[] = {0, 7, 95, 990, 9990, 99990, 123456789, 9999999990u, 99999999999999990u};
    for (size_t s = 0; s < sizeof starts / sizeof starts[0]; s++) {
        out_counter k;
        out_counter_init(&k, starts[s]);
        for (uint64_t v = starts[s]; v < starts[s] + 40; v++) {
            char want[24], got[OUT_COUNTER_TEXT + 8];
            size_t n = out_fmt_u64(want, v);
            memset(got, 'X', sizeof got);
            char *end = out_counter_put(got, &k);
            if ((size_t)(end - got) != n || memcmp(got, want, n) != 0)
                fail_msg("counter at %llu: \"%.*s\"", (unsigned long long)v, (int)(end - got), got);
            out_counter_next(&k);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_commit_replaces_atomically),
        cmocka_unit_test(test_abort_leaves_nothing),
        cmocka_unit_test(test_open_in_missing_dir_fails_with_message),
        cmocka_unit_test(test_mkdir_creates_parents),
        cmocka_unit_test(test_signal_removes_temp_files),
        cmocka_unit_test(test_exit_cleanup_removes_temp_files),
        cmocka_unit_test(test_big_blocks_in_order_and_errors_kept),
        cmocka_unit_test(test_gather_in_order_and_errors_kept),
        cmocka_unit_test(test_direct_output_same_bytes),
        cmocka_unit_test(test_direct_output_expected_size),
        cmocka_unit_test(test_direct_output_device_behind),
        cmocka_unit_test(test_direct_output_errors_and_abort),
        cmocka_unit_test(test_direct_output_without_ring),
        cmocka_unit_test(test_tsv_escaping),
        cmocka_unit_test(test_tsv_escaping_every_length),
        cmocka_unit_test(test_parallel_format_keeps_order),
        cmocka_unit_test(test_parallel_two_files_keep_order),
        cmocka_unit_test(test_parallel_files_written_at_once),
        cmocka_unit_test(test_parallel_helpers_write),
        cmocka_unit_test(test_writer_buffer_not_cleared),
        cmocka_unit_test(test_small_writer_from_kept_block),
        cmocka_unit_test(test_release_old_drops_clean_pages_only),
        cmocka_unit_test(test_counter_counts_up),
        cmocka_unit_test(test_replaced_outputs_released_on_child),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
