/* scan_bench.c - times ac_scan alone: the gazetteers' automaton (as
 * match_new builds it) over the normalised documents of a corpus, each
 * document scanned `reps` times.
 *
 * This machine is shared and noisy, and has no hardware counters: a whole
 * run's time moves by 20% with what else runs. So the figure to compare is
 * the sum over documents of each document's fastest scan (a scan of a few
 * microseconds is rarely interrupted). Back-to-back runs agree within 2-3%,
 * but a busy neighbour still adds up to 30% (shared cache, clock), so run
 * the builds to compare in alternation, a few times each, and take each
 * one's minimum. A document is scanned right after another, so the
 * automaton is warmer than in the pipeline, where the other stages run
 * between two scans. The checksum of the hits (offsets, pattern, order)
 * tells whether two builds find the same.
 *
 * Usage: scan_bench REPS INPUT -g GAZ [-g GAZ...] (tests/bench/scan_bench.sh
 * builds it against the library). SCAN_KIND=0, 1 or 2 in the environment
 * scans the way ac_scan_as calls bytes, AVX2 or AVX-512 (default: the
 * fastest the CPU has, as ac_scan); SCAN_EVICT (below) makes each scan
 * start with a cold cache. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ac.h"
#include "gaz.h"
#include "input.h"
#include "match.h"
#include "norm.h"
#include "util.h"

typedef struct {
    char *text;
    size_t len;
} bench_doc;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int usage(void)
{
    fprintf(stderr, "usage: scan_bench REPS INPUT -g GAZ [-g GAZ...]\n");
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 5)
        return usage();
    int reps = atoi(argv[1]);
    gaz g = {0};
    eg_err e = {0};
    input_list in = {0};
    if (reps < 1 || input_add(&in, argv[2], &e) != 0) {
        fprintf(stderr, "scan_bench: %s\n", reps < 1 ? "bad REPS" : e.msg);
        return 1;
    }
    for (int k = 3; k < argc; k += 2) {
        if (strcmp(argv[k], "-g") != 0 || k + 1 >= argc)
            return usage();
        if (gaz_load(&g, argv[k + 1], &e) != 0) {
            fprintf(stderr, "scan_bench: %s\n", e.msg);
            return 1;
        }
    }
    matcher *m = match_new(&g);
    const ac *a = match_automaton(m);
    ac_scan_kind kind = ac_scan_best();
    const char *want = getenv("SCAN_KIND");
    if (want && (ac_scan_kind)atoi(want) <= kind)
        kind = (ac_scan_kind)atoi(want);

    bench_doc *docs = xmalloc((in.n ? in.n : 1) * sizeof *docs);
    size_t nd = 0, bytes = 0;
    input_bytes b = {0};
    norm_text nt = {0};
    for (size_t i = 0; i < in.n; i++) {
        if (input_read(&b, in.paths[i], &e) != 0 || norm_run(&nt, b.data, b.len) != 0)
            continue;
        docs[nd].text = xmalloc(nt.len + 1);
        memcpy(docs[nd].text, nt.text, nt.len + 1);
        docs[nd].len = nt.len;
        bytes += nt.len;
        nd++;
    }
    input_release(&b);

    double *best = xmalloc((nd ? nd : 1) * sizeof *best);
    for (size_t d = 0; d < nd; d++)
        best[d] = 1e9;
    /* SCAN_EVICT=KB: between two scans, write KB of other memory (not
     * timed), as the pipeline's other stages do between a thread's scans:
     * the figure then shows what the automaton's cache misses cost. */
    const char *evict_env = getenv("SCAN_EVICT");
    size_t evict = evict_env ? (size_t)atol(evict_env) * 1024 : 0;
    unsigned char *junk = evict ? xcalloc(evict, 1) : NULL;
    ac_hits h = {0};
    uint64_t sum = 1469598103934665603ull, nhits = 0;
    for (int r = 0; r < reps; r++)
        for (size_t d = 0; d < nd; d++) {
            double t0 = now();
            ac_scan_as(a, kind, docs[d].text, docs[d].len, &h);
            double t = now() - t0;
            best[d] = t < best[d] ? t : best[d];
            for (size_t k = 0; k < evict; k += 64)
                junk[k] = (unsigned char)(junk[k] + r);
            if (r > 0)
                continue;
            nhits += h.n;
            for (size_t k = 0; k < h.n; k++) {
                uint64_t x = (uint64_t)h.v[k].start << 40 ^ (uint64_t)h.v[k].end << 16 ^ h.v[k].pattern;
                sum = (sum ^ x) * 1099511628211ull;
            }
        }
    double total = 0;
    for (size_t d = 0; d < nd; d++)
        total += best[d];
    printf("scan kind %d: %zu documents, %.2f MB, %llu hits, checksum %016llx: sum of fastest scans %.2f ms "
           "(%.2f ms per 10 MB)\n",
           (int)kind, nd, (double)bytes / 1e6, (unsigned long long)nhits, (unsigned long long)sum, total * 1e3,
           bytes ? total * 1e3 * 1e7 / (double)bytes : 0.0);

    for (size_t d = 0; d < nd; d++)
        free(docs[d].text);
    free(docs);
    free(best);
    free(junk);
    free(h.v);
    norm_text_free(&nt);
    input_bytes_free(&b);
    input_list_free(&in);
    match_free(m);
    gaz_free(&g);
    return 0;
}
