/* test_pipeline.c - pipe_run over a folder of small files on 1 to 4
 * threads: every document reaches the consumer exactly once, in input
 * order, one at a time, whatever order the workers finish in; binary and
 * vanished files are counted, not delivered; a consumer that stops the run
 * sees no document after that and the run ends with -1. With rows_only
 * the consumer gets no lists, and the counts stay right. scan_done runs
 * once, when no document is left to process. A list read while another
 * thread makes it (input_list_share) gives the same: every listed document
 * once, in order, and a stop ends the listing too. Every test runs twice:
 * as files in the page cache are read (a batch at a time), and with
 * batches kept in flight (ENTGRAPH_READ_AHEAD=1), as files that come from
 * the disk are. */
#include "testutil.h"

#include "testmatch.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>

#include "input.h"
#include "pipeline.h"

#define N_FILES 300
#define BINARY_EVERY 37 /* file k is binary when k % BINARY_EVERY == 5 */
#define GONE 123        /* removed after the listing */

typedef struct {
    size_t *order; /* ordinals in delivery order */
    size_t n;
    size_t mentions;   /* summed over delivered documents */
    size_t stop_after; /* return -1 once this many were delivered (0: never) */
    atomic_int inside; /* consumers running at this moment */
    int overlap;       /* set if two consumers ever ran at once */
    int foreign;       /* set if a document came with another one's length or mentions */
} recorder;

/* The text of readable file k. */
static int file_text(char *out, size_t cap, size_t k)
{
    return snprintf(out, cap, "Report %zu. Alpha met Beta.%s\n", k, k % 2 ? " Beta thanked Alpha." : "");
}

static int record(void *ctx, doc *d)
{
    recorder *r = ctx;
    if (atomic_fetch_add(&r->inside, 1) != 0)
        r->overlap = 1;
    r->order[r->n++] = d->ordinal;
    /* Buffers go round between documents: each must come with its own
     * length and mentions (make_files' text, 2 or 4 mentions). */
    char text[128];
    int len = file_text(text, sizeof text, d->ordinal);
    if ((size_t)len != d->len || d->mentions.n != (d->ordinal % 2 ? 4u : 2u))
        r->foreign = 1;
    r->mentions += d->mentions.n;
    struct timespec pause = {0, 20000}; /* a slow consumer: workers run ahead of it */
    if (d->ordinal % 16 == 0)
        nanosleep(&pause, NULL);
    atomic_fetch_sub(&r->inside, 1);
    return r->stop_after && r->n == r->stop_after ? -1 : 0;
}

/* Workers finish out of order: some documents take longer. */
static void slow_some(void *ctx, void *state, doc *d)
{
    (void)ctx, (void)state;
    struct timespec pause = {0, (long)(d->ordinal % 7) * 30000};
    if (d->ordinal % 3 == 0)
        nanosleep(&pause, NULL);
}

typedef struct {
    char *root;
    input_list in;
    gaz g;
    matcher *m;
} fixture;

static void make_files(fixture *f)
{
    char tmpl[] = "/tmp/entgraph-pipeline.XXXXXX";
    assert_non_null(mkdtemp(tmpl));
    f->root = strdup(tmpl);
    for (int k = 0; k < N_FILES; k++) {
        char path[512], text[128];
        snprintf(path, sizeof path, "%s/doc%03d.txt", f->root, k);
        FILE *fp = fopen(path, "w");
        assert_non_null(fp);
        if (k % BINARY_EVERY == 5)
            fwrite("\0\0\0binary\0", 1, 10, fp);
        else
            fputs((file_text(text, sizeof text, (size_t)k), text), fp);
        fclose(fp);
    }
    eg_err e;
    assert_int_equal(input_add(&f->in, f->root, &e), 0);
    assert_int_equal(f->in.n, N_FILES);
    char gone[512];
    snprintf(gone, sizeof gone, "%s/doc%03d.txt", f->root, GONE);
    assert_int_equal(unlink(gone), 0);
}

static int setup(void **state)
{
    fixture *f = xcalloc(1, sizeof *f);
    tm_gaz(&f->g, "id\ttype\tname\n"
                  "alpha\tstate\tAlpha\n"
                  "beta\tstate\tBeta\n");
    f->m = match_new(&f->g);
    make_files(f);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->root);
    assert_int_equal(system(cmd), 0);
    free(f->root);
    input_list_free(&f->in);
    match_free(f->m);
    gaz_free(&f->g);
    free(f);
    return 0;
}

static int binary(size_t k)
{
    return k % BINARY_EVERY == 5;
}

static int run(fixture *f, int threads, recorder *r, pipe_stats *st)
{
    r->order = xcalloc(N_FILES, sizeof *r->order);
    pipe_config c = {.g = &f->g, .m = f->m, .threads = threads, .worker_doc = slow_some, .consume = record, .ctx = r};
    return pipe_run(&c, &f->in, st);
}

static void test_in_order_once_on_each_thread_count(void **state)
{
    fixture *f = *state;
    for (int threads = 1; threads <= 4; threads++) {
        recorder r = {0};
        pipe_stats st;
        assert_int_equal(run(f, threads, &r, &st), 0);
        size_t want = 0, mentions = 0;
        for (size_t k = 0; k < N_FILES; k++) {
            if (binary(k) || k == GONE)
                continue;
            assert_true(want < r.n);
            assert_int_equal(r.order[want++], k); /* the next one delivered is the next readable text */
            mentions += k % 2 ? 4 : 2;
        }
        assert_int_equal(r.n, want);
        assert_false(r.overlap);
        assert_false(r.foreign);
        assert_int_equal(r.mentions, mentions);
        assert_int_equal(st.docs, want);
        assert_int_equal(st.mentions, mentions);
        assert_int_equal(st.skipped, (N_FILES - 1 - 5) / BINARY_EVERY + 1);
        assert_int_equal(st.failed, 1);
        free(r.order);
    }
}

static void test_consumer_stops_the_run(void **state)
{
    fixture *f = *state;
    for (int threads = 1; threads <= 4; threads++) {
        recorder r = {.stop_after = 50};
        pipe_stats st;
        assert_int_equal(run(f, threads, &r, &st), -1);
        assert_int_equal(r.n, 50); /* nothing after the stop */
        assert_int_equal(st.docs, 50);
        for (size_t i = 1; i < r.n; i++)
            assert_true(r.order[i] > r.order[i - 1]);
        free(r.order);
    }
}

typedef struct {
    atomic_size_t seen; /* mentions worker_doc saw */
    size_t delivered, listed;
} rows_only_rec;

static void count_worker_mentions(void *ctx, void *state, doc *d)
{
    (void)state;
    atomic_fetch_add(&((rows_only_rec *)ctx)->seen, d->mentions.n);
}

static int count_listed(void *ctx, doc *d)
{
    rows_only_rec *r = ctx;
    r->delivered++;
    r->listed += d->mentions.n + d->rels.n;
    return 0;
}

static void test_rows_only_keeps_lists_with_the_worker(void **state)
{
    fixture *f = *state;
    size_t mentions = 0, docs = 0;
    for (size_t k = 0; k < N_FILES; k++)
        if (!binary(k) && k != GONE)
            mentions += k % 2 ? 4 : 2, docs++;
    for (int threads = 1; threads <= 3; threads++) {
        rows_only_rec r = {0};
        pipe_config c = {.g = &f->g, .m = f->m, .threads = threads, .consume = count_listed, .ctx = &r};
        c.worker_doc = count_worker_mentions;
        c.rows_only = 1;
        pipe_stats st;
        assert_int_equal(pipe_run(&c, &f->in, &st), 0);
        assert_int_equal(r.delivered, docs);
        assert_int_equal(r.listed, 0); /* the consumer gets empty lists */
        assert_int_equal(atomic_load(&r.seen), mentions);
        assert_int_equal(st.mentions, mentions); /* counted all the same */
        assert_int_equal(st.docs, docs);
    }
}

typedef struct {
    atomic_size_t docs;  /* worker_doc calls */
    atomic_size_t done;  /* worker_done calls */
    atomic_size_t scans; /* scan_done calls */
    size_t docs_at_scan; /* worker_doc calls when scan_done ran */
    size_t done_at_scan; /* worker_done calls when scan_done ran */
    size_t stop_after;   /* the consumer stops the run at this many documents (0: never) */
    size_t delivered;
} scan_rec;

static void scan_count_doc(void *ctx, void *state, doc *d)
{
    (void)state;
    slow_some(ctx, state, d);
    atomic_fetch_add(&((scan_rec *)ctx)->docs, 1);
}

static void scan_count_done(void *ctx, void *state)
{
    (void)state;
    atomic_fetch_add(&((scan_rec *)ctx)->done, 1);
}

static void scan_over(void *ctx)
{
    scan_rec *r = ctx;
    r->docs_at_scan = atomic_load(&r->docs);
    r->done_at_scan = atomic_load(&r->done);
    atomic_fetch_add(&r->scans, 1);
}

static int scan_consume(void *ctx, doc *d)
{
    (void)d;
    scan_rec *r = ctx;
    return r->stop_after && ++r->delivered == r->stop_after ? -1 : 0;
}

/* scan_done runs once, after the last document's worker_doc and before the
 * last worker's worker_done, on every thread count, also when the consumer
 * stops the run. */
static void test_scan_done_once_after_the_last_document(void **state)
{
    fixture *f = *state;
    size_t docs = 0;
    for (size_t k = 0; k < N_FILES; k++)
        docs += !binary(k) && k != GONE;
    for (int threads = 1; threads <= 4; threads++)
        for (int stop = 0; stop <= 1; stop++) {
            scan_rec r = {.stop_after = stop ? 40 : 0};
            pipe_config c = {.g = &f->g, .m = f->m, .threads = threads, .consume = scan_consume, .ctx = &r};
            c.worker_doc = scan_count_doc;
            c.worker_done = scan_count_done;
            c.scan_done = scan_over;
            pipe_stats st;
            assert_int_equal(pipe_run(&c, &f->in, &st), stop ? -1 : 0);
            assert_int_equal(atomic_load(&r.scans), 1);
            assert_int_equal(r.docs_at_scan, atomic_load(&r.docs)); /* none after it */
            if (!stop)
                assert_int_equal(r.docs_at_scan, docs);
            assert_true(r.done_at_scan < atomic_load(&r.done)); /* the last worker_done follows */
        }
}

/* A lister that adds the fixture's folder `passes` times, pausing before
 * each, so the workers catch up with it and wait. */
typedef struct {
    input_list *l;
    const char *root;
    int passes;
} lister;

static void *list_slowly(void *arg)
{
    lister *x = arg;
    eg_err e;
    for (int p = 0; p < x->passes; p++) {
        struct timespec pause = {0, 2000000};
        nanosleep(&pause, NULL);
        if (input_add(x->l, x->root, &e) != 0)
            break;
    }
    input_list_close(x->l);
    return NULL;
}

typedef struct {
    size_t n, stop_after;
    size_t ordinal[4 * N_FILES];
    size_t len[4 * N_FILES];
    const char *path[4 * N_FILES];
} seq_rec;

static int record_seq(void *ctx, doc *d)
{
    seq_rec *r = ctx;
    r->ordinal[r->n] = d->ordinal;
    r->len[r->n] = d->len;
    r->path[r->n++] = d->path;
    return r->stop_after && r->n == r->stop_after ? -1 : 0;
}

/* The file number k of a fixture path (".../docKKK.txt"). */
static size_t file_number(const char *path)
{
    const char *name = strrchr(path, '/');
    assert_non_null(name);
    return (size_t)strtoul(name + 4, NULL, 10);
}

static void test_reads_a_list_while_it_is_made(void **state)
{
    fixture *f = *state;
    enum { PASSES = 3 };
    for (int threads = 1; threads <= 4; threads++)
        for (int stop = 0; stop <= 1; stop++) {
            input_list l = {0};
            input_list_share(&l);
            lister x = {&l, f->root, PASSES};
            pthread_t t;
            assert_int_equal(pthread_create(&t, NULL, list_slowly, &x), 0);
            seq_rec *r = xcalloc(1, sizeof *r);
            r->stop_after = stop ? 50 : 0;
            pipe_config c = {.g = &f->g, .m = f->m, .threads = threads, .consume = record_seq, .ctx = r};
            pipe_stats st;
            assert_int_equal(pipe_run(&c, &l, &st), stop ? -1 : 0);
            assert_int_equal(pthread_join(t, NULL), 0); /* a stopped run stopped the lister too */
            for (size_t j = 1; j < r->n; j++)
                assert_true(r->ordinal[j] > r->ordinal[j - 1]);
            for (size_t j = 0; j < r->n; j++) { /* each with its own file's bytes */
                char text[128];
                size_t k = file_number(r->path[j]);
                assert_string_equal(r->path[j], l.paths[r->ordinal[j]]);
                assert_int_equal(r->len[j], (size_t)file_text(text, sizeof text, k));
            }
            if (stop) {
                assert_int_equal(r->n, 50);
            } else {
                assert_int_equal(l.n, PASSES * (N_FILES - 1)); /* GONE was removed before */
                size_t want = 0;
                for (size_t i = 0; i < l.n; i++)
                    if (!binary(file_number(l.paths[i]))) {
                        assert_true(want < r->n);
                        assert_int_equal(r->ordinal[want++], i);
                    }
                assert_int_equal(r->n, want);
                assert_int_equal(st.docs, want);
                assert_int_equal(st.skipped, l.n - want);
                assert_int_equal(st.failed, 0);
            }
            free(r);
            input_list_free(&l);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_in_order_once_on_each_thread_count, setup, teardown),
        cmocka_unit_test_setup_teardown(test_consumer_stops_the_run, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rows_only_keeps_lists_with_the_worker, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_done_once_after_the_last_document, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reads_a_list_while_it_is_made, setup, teardown),
    };
    int failed = cmocka_run_group_tests_name("read a batch at a time", tests, NULL, NULL);
    setenv("ENTGRAPH_READ_AHEAD", "1", 1);
    failed += cmocka_run_group_tests_name("batches kept in flight", tests, NULL, NULL);
    return failed;
}
