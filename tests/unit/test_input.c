/* test_input.c - the input list and reading its files relative to their
 * folders: nested folders, a reader moving between folders, files or
 * folders gone after the listing (the message names the whole path), and
 * batches read ahead with io_uring giving what the plain reads give. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input.h"

/* input_read_entry and input_prefetch of entries i.. of l, as a worker
 * takes them (input_list_take). */
static int read_entry(input_bytes *b, input_dir *d, const input_list *l, size_t i, eg_err *e)
{
    input_entry en;
    input_list_take(l, i, 1, &en);
    return input_read_entry(b, d, &en, e);
}

static void prefetch(input_dir *d, const input_list *l, size_t first, size_t n, input_bytes *const *b)
{
    input_entry en[INPUT_RING_FILES];
    input_list_take(l, first, n, en);
    input_prefetch(d, en, n, b);
}

static void put_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

/* root/a.txt, root/sub/b.txt, root/sub/deeper/c.txt, root/z.txt: the
 * listing is in name order, folders entered where their name sorts. */
static char *make_tree(void)
{
    char tmpl[] = "/tmp/entgraph-input.XXXXXX";
    char *root = mkdtemp(tmpl);
    assert_non_null(root);
    root = strdup(root);
    char sub[512], deeper[512];
    snprintf(sub, sizeof sub, "%s/sub", root);
    snprintf(deeper, sizeof deeper, "%s/sub/deeper", root);
    assert_int_equal(mkdir(sub, 0755), 0);
    assert_int_equal(mkdir(deeper, 0755), 0);
    put_file(root, "a.txt", "alpha");
    put_file(sub, "b.txt", "bravo");
    put_file(deeper, "c.txt", "charlie");
    put_file(root, "z.txt", "zulu");
    return root;
}

static void remove_tree(const char *root)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    assert_int_equal(system(cmd), 0);
}

/* make_tree, listed into l (its four files). */
static char *listed_tree(input_list *l)
{
    char *root = make_tree();
    eg_err e;
    assert_int_equal(input_add(l, root, &e), 0);
    assert_int_equal(l->n, 4);
    return root;
}

/* Frees what a test made and removes its tree. */
static void done(input_dir *d, input_bytes *b, input_list *l, char *root)
{
    input_dir_free(d);
    input_bytes_free(b);
    input_list_free(l);
    remove_tree(root);
    free(root);
}

/* Every file, nested ones included, comes back with its own bytes through
 * one reader that goes from folder to folder and back (root, sub, deeper,
 * root again); ids are the whole paths. */
static void test_read_nested_relative(void **state)
{
    (void)state;
    input_list l = {0};
    eg_err e;
    char *root = listed_tree(&l);
    static const char *const names[] = {"a.txt", "sub/b.txt", "sub/deeper/c.txt", "z.txt"};
    static const char *const texts[] = {"alpha", "bravo", "charlie", "zulu"};
    input_dir d = {0};
    input_bytes b = {0};
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < l.n; i++) {
            char want[512];
            snprintf(want, sizeof want, "%s/%s", root, names[i]);
            assert_string_equal(l.paths[i], want);
            assert_int_not_equal(l.dir[i], 0); /* found in a folder: opened relative to it */
            assert_int_equal(read_entry(&b, &d, &l, i, &e), 0);
            assert_int_equal(b.len, strlen(texts[i]));
            assert_memory_equal(b.data, texts[i], b.len);
        }
    done(&d, &b, &l, root);
}

/* A file removed after the listing, then a whole folder renamed away: the
 * read fails with a message naming the whole path, and the other files of
 * the listing still read. */
static void test_read_gone_names_whole_path(void **state)
{
    (void)state;
    input_list l = {0};
    eg_err e;
    char *root = listed_tree(&l);
    input_dir d = {0};
    input_bytes b = {0};
    assert_int_equal(read_entry(&b, &d, &l, 0, &e), 0); /* root held open */
    assert_int_equal(unlink(l.paths[3]), 0);
    char want[600];
    snprintf(want, sizeof want, "%s: cannot open: No such file or directory", l.paths[3]);
    assert_int_equal(read_entry(&b, &d, &l, 3, &e), -1);
    assert_string_equal(e.msg, want);

    char sub[512], moved[512];
    snprintf(sub, sizeof sub, "%s/sub", root);
    snprintf(moved, sizeof moved, "%s/moved", root);
    assert_int_equal(rename(sub, moved), 0);
    snprintf(want, sizeof want, "%s: cannot open: No such file or directory", l.paths[1]);
    assert_int_equal(read_entry(&b, &d, &l, 1, &e), -1);
    assert_string_equal(e.msg, want);
    assert_int_equal(read_entry(&b, &d, &l, 0, &e), 0);
    assert_memory_equal(b.data, "alpha", 5);
    done(&d, &b, &l, root);
}

/* A file named on the command line has no folder: read by its path. */
static void test_named_file_by_path(void **state)
{
    (void)state;
    char *root = make_tree();
    char path[512];
    snprintf(path, sizeof path, "%s/sub/deeper/c.txt", root);
    input_list l = {0};
    eg_err e;
    assert_int_equal(input_add(&l, path, &e), 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.dir[0], 0);
    input_dir d = {0};
    input_bytes b = {0};
    assert_int_equal(read_entry(&b, &d, &l, 0, &e), 0);
    assert_memory_equal(b.data, "charlie", 7);
    done(&d, &b, &l, root);
}

/* Does this process get an io_uring? (A container may forbid it.) */
static int ring_available(void)
{
    input_ring *r = input_ring_new();
    input_ring_free(r);
    return r != NULL;
}

/* Sizes around the read-ahead buffer's edge, an empty file, a binary one,
 * one removed after the listing, one far larger than the buffer: 12 files,
 * more than one batch. */
static const size_t sizes[] = {0,
                               1,
                               100,
                               INPUT_PREFETCH_BUF - 2,
                               INPUT_PREFETCH_BUF - 1,
                               INPUT_PREFETCH_BUF,
                               INPUT_PREFETCH_BUF + 1,
                               200000,
                               5000,
                               5000,
                               5000,
                               7};
enum { N_SIZED = sizeof sizes / sizeof sizes[0], BINARY = 8, REMOVED = 9 };

static char *make_sized_tree(input_list *l)
{
    char tmpl[] = "/tmp/entgraph-prefetch.XXXXXX";
    char *root = mkdtemp(tmpl);
    assert_non_null(root);
    root = strdup(root);
    for (size_t k = 0; k < N_SIZED; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/f%02zu.txt", root, k);
        FILE *fp = fopen(path, "w");
        assert_non_null(fp);
        for (size_t j = 0; j < sizes[k]; j++)
            fputc(k == BINARY && j == 10 ? 0 : 'a' + (int)((j * 7 + k) % 26), fp);
        fclose(fp);
    }
    eg_err e;
    assert_int_equal(input_add(l, root, &e), 0);
    assert_int_equal(l->n, N_SIZED);
    assert_int_equal(unlink(l->paths[REMOVED]), 0);
    return root;
}

/* Reads every file of l through input_read_entry, after input_prefetch in
 * batches of `batch` unless batch is 0: statuses, lengths, bytes (into
 * copies), messages, and which files were read ahead (ahead[k]). */
static void read_all(const input_list *l, size_t batch, int *status, char **copy, size_t *len, char (*msg)[1040],
                     int *ahead)
{
    input_dir d = {.no_ring = batch == 0};
    input_bytes b[INPUT_RING_FILES] = {{0}};
    input_bytes *bp[INPUT_RING_FILES];
    for (size_t first = 0; first < l->n; first += batch ? batch : 1) {
        size_t n = batch && first + batch <= l->n ? batch : batch ? l->n - first : 1;
        for (size_t k = 0; k < n; k++)
            bp[k] = &b[k];
        if (batch)
            prefetch(&d, l, first, n, bp);
        for (size_t k = 0; k < n; k++) {
            eg_err e = {0};
            ahead[first + k] = b[k].prefetched;
            status[first + k] = read_entry(&b[k], &d, l, first + k, &e);
            len[first + k] = b[k].len;
            copy[first + k] = malloc(b[k].len + 1);
            memcpy(copy[first + k], b[k].data ? b[k].data : "", b[k].len);
            snprintf(msg[first + k], sizeof msg[first + k], "%s", status[first + k] < 0 ? e.msg : "");
        }
    }
    for (size_t k = 0; k < INPUT_RING_FILES; k++)
        input_bytes_free(&b[k]);
    input_dir_free(&d);
}

/* Read ahead in batches of 1, 3 and 8, every file comes back as the plain
 * reads give it: the same bytes, the binary one skipped, the removed one
 * failing with the same message. With io_uring there, every file that fits
 * the buffer (up to INPUT_PREFETCH_BUF - 1 bytes) was read ahead. */
static void test_prefetch_matches_plain(void **state)
{
    (void)state;
    input_list l = {0};
    char *root = make_sized_tree(&l);
    int want_status[N_SIZED], status[N_SIZED];
    char *want[N_SIZED], *got[N_SIZED];
    size_t want_len[N_SIZED], len[N_SIZED];
    char want_msg[N_SIZED][1040], msg[N_SIZED][1040];
    int ahead[N_SIZED];
    read_all(&l, 0, want_status, want, want_len, want_msg, ahead);
    for (size_t k = 0; k < N_SIZED; k++)
        assert_int_equal(ahead[k], 0);
    assert_int_equal(want_status[BINARY], 1);
    assert_int_equal(want_status[REMOVED], -1);
    assert_int_equal(want_len[7], 200000);
    static const size_t batches[] = {1, 3, INPUT_RING_FILES};
    for (size_t t = 0; t < 3; t++) {
        read_all(&l, batches[t], status, got, len, msg, ahead);
        for (size_t k = 0; k < N_SIZED; k++) {
            if (k != REMOVED && sizes[k] < INPUT_PREFETCH_BUF)
                assert_int_equal(ahead[k], ring_available());
            if (k == REMOVED || sizes[k] > 200000 - 1)
                assert_int_equal(ahead[k], 0);
            assert_int_equal(status[k], want_status[k]);
            assert_int_equal(len[k], want_len[k]);
            assert_memory_equal(got[k], want[k], len[k]);
            assert_string_equal(msg[k], want_msg[k]);
            free(got[k]);
        }
    }
    for (size_t k = 0; k < N_SIZED; k++)
        free(want[k]);
    input_list_free(&l);
    remove_tree(root);
    free(root);
}

/* One batch over three folders (root, sub, deeper, root again) and a file
 * named on the command line, which is never read ahead (it could be a pipe). */
static void test_prefetch_across_folders(void **state)
{
    (void)state;
    input_list l = {0};
    char *root = listed_tree(&l);
    char named[512];
    snprintf(named, sizeof named, "%s/sub/b.txt", root);
    eg_err e;
    assert_int_equal(input_add(&l, named, &e), 0);
    static const char *const texts[] = {"alpha", "bravo", "charlie", "zulu", "bravo"};
    input_dir d = {0};
    input_bytes b[5] = {{0}};
    input_bytes *bp[5] = {&b[0], &b[1], &b[2], &b[3], &b[4]};
    prefetch(&d, &l, 0, 5, bp);
    for (size_t k = 0; k < 5; k++) {
        assert_int_equal(b[k].prefetched, k < 4 && ring_available());
        assert_int_equal(read_entry(&b[k], &d, &l, k, &e), 0);
        assert_int_equal(b[k].len, strlen(texts[k]));
        assert_memory_equal(b[k].data, texts[k], b[k].len);
        input_bytes_free(&b[k]);
    }
    input_bytes b0 = {0};
    done(&d, &b0, &l, root);
}

/* A file's plain read: status, length and bytes (a copy), as the
 * expectation for reads ahead. */
typedef struct {
    int status;
    size_t len;
    char *bytes;
} plain_read;

static plain_read read_plain(const input_list *l, size_t i)
{
    input_dir d = {.no_ring = 1};
    input_bytes b = {0};
    eg_err e;
    plain_read r = {.status = read_entry(&b, &d, l, i, &e), .len = b.len};
    r.bytes = malloc(b.len + 1);
    memcpy(r.bytes, b.data ? b.data : "", b.len);
    input_bytes_free(&b);
    input_dir_free(&d);
    return r;
}

/* Every ticket out at once (two files each, over four folders), then a
 * start with none left, which reads nothing ahead; meanwhile plain reads
 * of files in three other folders (the reader's own folder moves, not one
 * that a batch in flight opens files in); then the tickets waited for last
 * first. Every file comes back as its plain read. */
static void test_prefetch_batches_in_flight(void **state)
{
    (void)state;
    input_list l = {0};
    char *sized = make_sized_tree(&l), *first = make_tree(), *second = make_tree();
    eg_err e;
    assert_int_equal(input_add(&l, first, &e), 0);
    assert_int_equal(input_add(&l, second, &e), 0);
    enum { AHEAD = 2 * INPUT_RING_BATCHES, ALL = N_SIZED + 8 };
    assert_int_equal(l.n, ALL);
    assert_true(AHEAD <= N_SIZED + 4); /* the batches read the sized tree and the first tree */
    plain_read want[ALL];
    for (size_t k = 0; k < ALL; k++)
        want[k] = read_plain(&l, k);
    input_dir d = {0};
    input_bytes b[ALL] = {{0}};
    int ticket[INPUT_RING_BATCHES];
    for (size_t t = 0; t < INPUT_RING_BATCHES; t++) {
        input_entry en[2];
        input_list_take(&l, 2 * t, 2, en);
        input_bytes *bp[2] = {&b[2 * t], &b[2 * t + 1]};
        ticket[t] = input_prefetch_start(&d, en, 2, bp);
        assert_int_equal(ticket[t] >= 0, ring_available());
    }
    input_entry extra;
    input_list_take(&l, AHEAD, 1, &extra);
    input_bytes *xp = &b[AHEAD];
    assert_int_equal(input_prefetch_start(&d, &extra, 1, &xp), -1); /* no ticket left */
    assert_false(b[AHEAD].prefetched);
    for (size_t k = AHEAD; k < ALL; k++) { /* plain reads, the batches in flight */
        assert_int_equal(read_entry(&b[k], &d, &l, k, &e), want[k].status);
        assert_int_equal(b[k].len, want[k].len);
        assert_memory_equal(b[k].data ? b[k].data : "", want[k].bytes, want[k].len);
    }
    for (size_t t = INPUT_RING_BATCHES; t-- > 0;) {
        input_prefetch_wait(&d, ticket[t]);
        assert_false(input_prefetch_busy(&d, ticket[t]));
        for (size_t k = 2 * t; k < 2 * t + 2; k++) {
            int fits = k >= N_SIZED || (k != REMOVED && sizes[k] < INPUT_PREFETCH_BUF);
            assert_int_equal(b[k].prefetched, fits && ring_available());
            assert_int_equal(read_entry(&b[k], &d, &l, k, &e), want[k].status);
            assert_int_equal(b[k].len, want[k].len);
            assert_memory_equal(b[k].data ? b[k].data : "", want[k].bytes, want[k].len);
        }
    }
    for (size_t k = 0; k < ALL; k++) {
        input_bytes_free(&b[k]);
        free(want[k].bytes);
    }
    input_dir_free(&d);
    input_list_free(&l);
    char *roots[] = {sized, first, second};
    for (size_t k = 0; k < 3; k++) {
        remove_tree(roots[k]);
        free(roots[k]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_nested_relative),    cmocka_unit_test(test_read_gone_names_whole_path),
        cmocka_unit_test(test_named_file_by_path),      cmocka_unit_test(test_prefetch_matches_plain),
        cmocka_unit_test(test_prefetch_across_folders), cmocka_unit_test(test_prefetch_batches_in_flight),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
