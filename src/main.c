/* main.c - the entgraph command line: options, the run, the summary.
 * Exit status: 0 ok, 1 runtime or input error, 2 usage error. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "emit.h"
#include "gaz.h"
#include "graph.h"
#include "input.h"
#include "lint.h"
#include "match.h"
#include "out.h"
#include "pipeline.h"
#include "rel.h"

#ifndef ENTGRAPH_VERSION
#define ENTGRAPH_VERSION "0.1.0"
#endif
#ifndef ENTGRAPH_DATADIR
#define ENTGRAPH_DATADIR "/usr/local/share/entgraph"
#endif

enum { FMT_DOT = 1, FMT_SVG = 2, FMT_GRAPHML = 4, FMT_MENTIONS = 8, FMT_NODES = 16, FMT_EDGES = 32 };
static const struct {
    const char *name;
    int bit;
    const char *file; /* what it writes in the output folder */
} formats[] = {{"dot", FMT_DOT, "graph.dot"},
               {"svg", FMT_SVG, "graph.svg"},
               {"graphml", FMT_GRAPHML, "graph.graphml"},
               {"mentions", FMT_MENTIONS, "mentions.tsv"},
               {"nodes", FMT_NODES, "nodes.tsv"},
               {"edges", FMT_EDGES, "edges.tsv"}};

typedef struct {
    const char **gaz_paths;
    size_t n_gaz;
    const char *out_dir;
    int formats;
    graph_opts gopts;
    emit_opts eopts;
    int quiet;
    int threads;
    const char *cache_dir; /* compiled matchers (cache.h); NULL: none */
    char cache_buf[4096];  /* cache_dir when it is the default */
} options;

static void usage(FILE *fp)
{
    fputs("usage: entgraph [OPTIONS] [INPUT...]\n"
          "       entgraph lint [-g PATH] [INPUT...]\n"
          "Finds gazetteer entities in news text and writes their network.\n"
          "INPUT: files, folders (recursive: *.txt *.md *.text), '-' for stdin;\n"
          "       none: stdin, or the sample corpus tests/corpus/ when stdin is a terminal.\n"
          "  -g, --gazetteer PATH   file or folder of *.tsv (repeatable; default ./gazetteer)\n"
          "  -o, --out DIR          output folder (default: out)\n"
          "  -f, --formats LIST     dot,svg,graphml,mentions,nodes,edges (default: all)\n"
          "  -w, --window UNIT      sentence (default) | paragraph | document | N tokens\n"
          "      --min-weight N     drop co-occurrence edges seen fewer than N times\n"
          "      --layout ENGINE    SVG layout: sfdp (default) | neato | fdp | circo | twopi | dot\n"
          "      --top N            SVG/DOT: keep the N heaviest nodes (default 40, 0 = all)\n"
          "      --network VIEW     all (default) | alliance (cooperation) | adversary (conflict)\n"
          "  -j, --threads N        worker threads (default: number of cores)\n"
          "      --fsync            outputs reach the disk before they replace the old ones\n"
          "                         (durable across a power cut; slower: waits for the disk)\n"
          "      --cache DIR        keep compiled gazetteers in DIR (default: $ENTGRAPH_CACHE,\n"
          "                         else $XDG_CACHE_HOME/entgraph or ~/.cache/entgraph)\n"
          "      --no-cache         build the gazetteer's automaton afresh, keep nothing\n"
          "  -q, --quiet            no progress or summary\n"
          "  -h, --help             this help\n"
          "      --version          print the version\n",
          fp);
}

static _Noreturn void usage_error(const char *fmt, const char *arg)
{
    fputs("entgraph: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'entgraph --help'.\n", stderr);
    exit(2);
}

static long parse_count(const char *s, const char *opt)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 0 || v > 100000000)
        usage_error("bad number for %s", opt);
    return v;
}

static int parse_formats(const char *list)
{
    int bits = 0;
    char *copy = xstrdup(list), *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
            if (strcmp(tok, formats[i].name) == 0)
                break;
        if (i == sizeof formats / sizeof formats[0]) {
            if (strcmp(tok, "gexf") == 0)
                usage_error("format '%s' is not available yet", tok);
            usage_error("unknown format '%s' (want dot,svg,graphml,mentions,nodes,edges)", tok);
        }
        bits |= formats[i].bit;
    }
    free(copy);
    if (!bits)
        usage_error("no output format in '%s'", list);
    return bits;
}

static void parse_window(graph_opts *g, const char *s)
{
    if (strcmp(s, "sentence") == 0)
        g->window = WINDOW_SENTENCE;
    else if (strcmp(s, "paragraph") == 0)
        g->window = WINDOW_PARAGRAPH;
    else if (strcmp(s, "document") == 0)
        g->window = WINDOW_DOCUMENT;
    else if (*s >= '0' && *s <= '9') {
        long n = parse_count(s, "--window");
        if (n < 1)
            usage_error("window of '%s' tokens is too small", s);
        g->window = WINDOW_TOKENS;
        g->window_tokens = (uint32_t)n;
    } else
        usage_error("unknown window '%s' (want sentence, paragraph, document or a number)", s);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *default_gazetteer(void)
{
    if (is_dir("gazetteer"))
        return "gazetteer";
    return ENTGRAPH_DATADIR "/gazetteer";
}

static int cores(void)
{
    const char *s = getenv("ENTGRAPH_THREADS");
    if (s && atoi(s) > 0)
        return atoi(s);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Command-line parsing shared by the run and `lint`. Returns the index of
 * the first INPUT in argv. */
static int parse_options(options *o, int argc, char **argv, int lint_mode)
{
    enum { OPT_MIN_WEIGHT = 256, OPT_LAYOUT, OPT_TOP, OPT_NETWORK, OPT_FSYNC, OPT_CACHE, OPT_NO_CACHE, OPT_VERSION };
    static const struct option longopts[] = {
        {"gazetteer", required_argument, NULL, 'g'},
        {"out", required_argument, NULL, 'o'},
        {"formats", required_argument, NULL, 'f'},
        {"window", required_argument, NULL, 'w'},
        {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
        {"layout", required_argument, NULL, OPT_LAYOUT},
        {"top", required_argument, NULL, OPT_TOP},
        {"network", required_argument, NULL, OPT_NETWORK},
        {"threads", required_argument, NULL, 'j'},
        {"fsync", no_argument, NULL, OPT_FSYNC},
        {"cache", required_argument, NULL, OPT_CACHE},
        {"no-cache", no_argument, NULL, OPT_NO_CACHE},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    static const char *const layouts[] = {"sfdp", "neato", "fdp", "circo", "twopi", "dot"};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, lint_mode ? "+g:qh" : "g:o:f:w:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'g':
            o->gaz_paths = xrealloc(o->gaz_paths, (o->n_gaz + 1) * sizeof *o->gaz_paths);
            o->gaz_paths[o->n_gaz++] = optarg;
            break;
        case 'o':
            if (!*optarg)
                usage_error("%sempty output folder", "");
            o->out_dir = optarg;
            break;
        case 'f':
            o->formats = parse_formats(optarg);
            break;
        case 'w':
            parse_window(&o->gopts, optarg);
            break;
        case OPT_MIN_WEIGHT:
            o->gopts.min_weight = (uint32_t)parse_count(optarg, "--min-weight");
            break;
        case OPT_LAYOUT: {
            size_t i;
            for (i = 0; i < sizeof layouts / sizeof layouts[0]; i++)
                if (strcmp(optarg, layouts[i]) == 0)
                    break;
            if (i == sizeof layouts / sizeof layouts[0])
                usage_error("unknown layout '%s' (want sfdp, neato, fdp, circo, twopi or dot)", optarg);
            o->eopts.layout = layouts[i];
            break;
        }
        case OPT_TOP:
            o->eopts.top = (size_t)parse_count(optarg, "--top");
            break;
        case OPT_NETWORK:
            if (strcmp(optarg, "all") == 0)
                o->eopts.network = 0;
            else if (strcmp(optarg, "alliance") == 0)
                o->eopts.network = 1;
            else if (strcmp(optarg, "adversary") == 0)
                o->eopts.network = 2;
            else
                usage_error("unknown network '%s' (want all, alliance or adversary)", optarg);
            break;
        case 'j':
            o->threads = (int)parse_count(optarg, "--threads");
            if (o->threads < 1)
                usage_error("%s--threads needs at least 1", "");
            break;
        case 'q':
            o->quiet = 1;
            break;
        case OPT_FSYNC:
            out_set_fsync(1);
            break;
        case OPT_CACHE:
            if (!*optarg)
                usage_error("%sempty cache folder", "");
            o->cache_dir = optarg;
            break;
        case OPT_NO_CACHE:
            o->cache_dir = NULL;
            break;
        case 'h':
            usage(stdout);
            exit(0);
        case OPT_VERSION:
            printf("entgraph %s\n", ENTGRAPH_VERSION);
            exit(0);
        case ':':
            usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            if (optopt && optopt < 256)
                usage_error("unknown option '-%c'", (const char *)&(char[2]){(char)optopt, 0});
            usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    return optind;
}

static int is_relation_file(const char *p)
{
    const char *base = strrchr(p, '/');
    return strcmp(base ? base + 1 : p, "relations.tsv") == 0;
}

/* A job (of start-up, mostly) on a thread of its own, or run at its join if no
 * thread could start. */
typedef struct {
    void *(*fn)(void *);
    void *arg;
    pthread_t tid;
    int threaded;
} side_job;

static void side_start(side_job *j, void *(*fn)(void *), void *arg)
{
    *j = (side_job){.fn = fn, .arg = arg};
    j->threaded = eg_thread_start(&j->tid, fn, arg) == 0;
}

/* Waits for the job (or runs it here); a job never started, or joined
 * already, is nothing to wait for. */
static void side_join(side_job *j)
{
    if (j->threaded)
        pthread_join(j->tid, NULL);
    else if (j->fn)
        j->fn(j->arg);
    *j = (side_job){0};
}

/* Each worker builds a partial graph and formats its documents' mention
 * rows; the consumer only writes the rows in input order, and the partial
 * graphs are merged at the end: the first one ended becomes gr, the others
 * are merged into it. */
typedef struct {
    graph *gr;            /* NULL till the first worker ends */
    out_gather *mentions; /* NULL unless mentions.tsv is wanted */
    matcher *m;           /* freed once the scan is done (scan_done) */
    side_job *saving;     /* m's cache image being written (joined before m is freed) */
    emit_mentions *em;    /* freed once the scan is done, too */
    const gaz *g;
    const rel_lexicon *lx;
    const graph_opts *gopts;
} run_ctx;

static void *worker_begin(void *ctx)
{
    const run_ctx *rc = ctx;
    graph *gr = graph_new(rc->g, rc->lx, rc->gopts);
    graph_borrow_paths(gr); /* the input list's paths live till the end (run) */
    return gr;
}

static void worker_doc(void *ctx, void *partial, doc *d)
{
    const run_ctx *rc = ctx;
    graph_add_doc(partial, d);
    if (rc->mentions)
        emit_mentions_rows(&d->rows, rc->em, d);
}

/* The automaton and the mention rows' entity columns are done with once
 * the last document is processed: their pages go back (kept, util.h)
 * before the last partial graph is sorted and the partials are merged,
 * which took fresh pages while these still held theirs. */
static void scan_done(void *ctx)
{
    run_ctx *rc = ctx;
    side_join(rc->saving);
    match_free(rc->m);
    rc->m = NULL;
    emit_mentions_free(rc->em);
    rc->em = NULL;
}

/* Sorting a partial graph on its worker's thread overlaps the other
 * workers' last documents, and leaves graph_merge a linear pass. */
static void worker_done(void *ctx, void *partial)
{
    (void)ctx;
    graph_seal(partial);
}

/* An empty graph made up front to merge into held its node arrays' block
 * for the whole scan, and the first merge gave it up unused. */
static void worker_end(void *ctx, void *partial)
{
    run_ctx *rc = ctx;
    if (rc->gr)
        graph_merge(rc->gr, partial);
    else
        rc->gr = partial;
}

/* The rows go to the file as the worker formatted them (no copy into the
 * stream's buffer); the document gets an emptied buffer of earlier rows. */
static int consume(void *ctx, doc *d)
{
    run_ctx *rc = ctx;
    if (rc->mentions)
        out_gather_take(rc->mentions, &d->rows);
    return 0;
}

/* The outputs are independent once the graph is finished (it is read-only
 * from here on), so they are written on up to -j threads at once. Only the
 * Graphviz job uses Graphviz and emit_gv.c's static sort state. */
typedef struct {
    const options *o;
    const graph *gr;
    out_file *mf;
    size_t *cut;
} write_ctx;

static int job_mentions(void *ctx, eg_err *e) { return out_commit(((write_ctx *)ctx)->mf, e); }
static int job_graphml(void *ctx, eg_err *e)
{
    const write_ctx *w = ctx;
    return emit_graphml(w->gr, w->o->out_dir, w->o->threads, e);
}
static int job_edges(void *ctx, eg_err *e)
{
    const write_ctx *w = ctx;
    return emit_edges_tsv(w->gr, w->o->out_dir, w->o->threads, e);
}
static int job_graphml_edges(void *ctx, eg_err *e)
{
    const write_ctx *w = ctx;
    return emit_graphml_edges_tsv(w->gr, w->o->out_dir, w->o->threads, e);
}
static int job_nodes(void *ctx, eg_err *e)
{
    const write_ctx *w = ctx;
    return emit_nodes_tsv(w->gr, w->o->out_dir, e);
}
static int job_graphviz(void *ctx, eg_err *e)
{
    const write_ctx *w = ctx;
    int f = w->o->formats;
    return emit_graphviz(w->gr, w->o->out_dir, !!(f & FMT_DOT), !!(f & FMT_SVG), &w->o->eopts, w->cut, e);
}

/* Commits mentions.tsv and writes the others; the first failure in job order
 * is the message. All of them replace the previous outputs only once every
 * one is complete: a failed run leaves the previous set as it was. */
static int write_outputs(const options *o, graph *gr, out_file *mf, size_t *cut, eg_err *e)
{
    write_ctx w = {.o = o, .gr = gr, .mf = mf, .cut = cut};
    out_job jobs[5];
    size_t n = 0, mentions = SIZE_MAX;
    /* Biggest first, so the last file to finish starts early. */
    if (mf) {
        mentions = n;
        jobs[n++] = (out_job){.fn = job_mentions, .ctx = &w};
    }
    /* graph.graphml and edges.tsv: both from one pass over the edges when
     * both are asked for. */
    int both = (o->formats & FMT_GRAPHML) && (o->formats & FMT_EDGES);
    if (both)
        jobs[n++] = (out_job){.fn = job_graphml_edges, .ctx = &w};
    else if (o->formats & FMT_GRAPHML)
        jobs[n++] = (out_job){.fn = job_graphml, .ctx = &w};
    if (o->formats & (FMT_DOT | FMT_SVG))
        jobs[n++] = (out_job){.fn = job_graphviz, .ctx = &w};
    if (!both && (o->formats & FMT_EDGES))
        jobs[n++] = (out_job){.fn = job_edges, .ctx = &w};
    if (o->formats & FMT_NODES)
        jobs[n++] = (out_job){.fn = job_nodes, .ctx = &w};
    out_batch_begin();
    int rc = out_run_jobs(jobs, n, o->threads, e);
    if (mentions != SIZE_MAX && jobs[mentions].rc == 1)
        out_abort(mf); /* not started: an earlier job failed */
    return out_batch_end(rc == 0, e);
}

/* The pages the matcher build will take (about 16 bytes per gazetteer byte)
 * are touched on a thread of their own (xbig_prefault), so the build does not
 * fault them in one by one on start-up's critical path. Pages the build leaves
 * serve the workers' big blocks. Without a thread it is skipped: faulting them
 * later would gain nothing. A matcher mapped from the cache needs none of
 * them: then the listing of the inputs and the gazetteer have both cores. */
static void *prefault_build(void *arg)
{
    xbig_prefault(*(const size_t *)arg);
    return NULL;
}

static void prefault_start(side_job *j, const size_t *bytes)
{
    side_start(j, prefault_build, (void *)bytes);
    if (!j->threaded)
        *j = (side_job){0};
}

/* The image of the cache used last, read on a thread of its own from the
 * start of the run (match_guess_read), while the gazetteer is parsed. */
typedef struct {
    const char *dir;
    match_guess *guess; /* NULL: none, or taken */
    side_job job;
} image_guess;

static void *read_guess(void *arg)
{
    image_guess *ig = arg;
    ig->guess = match_guess_read(ig->dir);
    return NULL;
}

/* The automaton is built (or read from the cache) on its own thread
 * while the calling thread lists the inputs and opens the outputs (both
 * read the gazetteer only). */
typedef struct {
    const gaz *g;
    const char *cache_dir;
    size_t prefault_bytes; /* for a build: see prefault_build */
    side_job prefault;     /* started by a build; joined by the caller */
    matcher *m;
    double seconds;
    bool cached; /* mapped from the cache, not built */
    bool save;   /* built: its image is wanted under key */
    cache_key key;
    side_job job;
    side_job saving; /* save_image, while the scan runs */
    image_guess guess;
} matcher_build;

static void *build_matcher(void *arg)
{
    matcher_build *b = arg;
    double t = now_seconds();
    bool keyed = b->cache_dir && match_cache_key(&b->key, b->g) == 0;
    side_join(&b->guess.job);
    b->m = match_from_guess(b->guess.guess, b->g, keyed ? &b->key : NULL);
    b->guess.guess = NULL;
    if (keyed && !b->m) /* no guess, or a wrong one: the image by its key */
        b->m = match_from_cache(b->g, b->cache_dir, &b->key);
    b->cached = b->m != NULL;
    if (!b->m) {
        if (b->prefault_bytes)
            prefault_start(&b->prefault, &b->prefault_bytes);
        b->m = match_new(b->g);
        b->save = keyed;
    }
    b->seconds = now_seconds() - t;
    return NULL;
}

/* A built matcher's image is written on a thread of its own while the
 * documents are scanned (the matcher is read-only by then); 187 MB for a
 * million aliases took a second. Failing to write one only means the next
 * run builds too. */
static void *save_image(void *arg)
{
    const matcher_build *b = arg;
    match_to_cache(b->m, b->g, b->cache_dir, &b->key);
    return NULL;
}

/* Starts the guess at the cache image (image_guess) if there is a cache. */
static void matcher_guess_start(matcher_build *b, const char *cache_dir)
{
    if (!cache_dir)
        return;
    b->guess.dir = cache_dir;
    side_start(&b->guess.job, read_guess, &b->guess);
}

/* Joins the guess if no build took it, and frees what it read. */
static void matcher_guess_end(matcher_build *b)
{
    side_join(&b->guess.job);
    match_guess_free(b->guess.guess);
    b->guess.guess = NULL;
}

/* b->prefault_bytes is set (or 0) before. */
static void matcher_build_start(matcher_build *b, const gaz *g, const char *cache_dir)
{
    b->g = g;
    b->cache_dir = cache_dir;
    side_start(&b->job, build_matcher, b);
}

/* Returns the matcher (built here if no thread could start). */
static matcher *matcher_build_join(matcher_build *b)
{
    side_join(&b->job);
    return b->m;
}

/* The previous outputs this run will replace give their cached pages back
 * (out_release_old) on a thread of their own, at once: start-up leaves
 * the second core partly idle, and the run's memory and its outputs then
 * take those pages instead of fresh ones. */
static void *release_old_outputs(void *arg)
{
    const options *o = arg;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (o->formats & formats[i].bit)
            out_release_old(o->out_dir, formats[i].file);
    return NULL;
}

/* The inputs are listed on a thread of their own from the start of the run
 * on: while the gazetteers load (a folder of 21k articles takes 20-40 ms,
 * mostly the kernel's; the gazetteers leave the second core idle
 * meanwhile), and on while the workers read what is listed so far
 * (input_list_share): 211k articles took ~150 ms to list, which the scan
 * waited for. The command line's inputs are checked before anything is
 * written (input_listing_check), so a missing path stops the run as it
 * did when the listing came first. Its warnings are held back until the
 * listing is joined (after the scan), and dropped if the gazetteers fail,
 * so they never interleave with the run's own. */
typedef struct {
    const char *const *args;
    int n;
    input_list in;
    buf warnings;
    eg_err e;
    int rc;
    side_job job;
} input_listing;

static void *list_inputs(void *arg)
{
    input_listing *l = arg;
    eg_warn_hold(&l->warnings);
    for (int i = 0; i < l->n && l->rc == 0; i++)
        l->rc = input_add(&l->in, l->args[i], &l->e);
    eg_warn_hold(NULL);
    input_list_close(&l->in); /* readers waiting for more now see the end */
    return NULL;
}

static void input_listing_start(input_listing *l, const char *const *args, int n)
{
    *l = (input_listing){.args = args, .n = n};
    input_list_share(&l->in);
    side_start(&l->job, list_inputs, l);
    if (!l->job.threaded) /* no thread: list here, as the workers wait for a listing that ends */
        side_join(&l->job);
}

/* The top-level check of every input (input_check), in order: 0, or -1
 * with e set to the first failure. */
static int input_listing_check(const input_listing *l, eg_err *e)
{
    for (int i = 0; i < l->n; i++)
        if (input_check(l->args[i], e) < 0)
            return -1;
    return 0;
}

/* Waits for the listing, stopping it first if stop is set (the run ended
 * before it did); its warnings go to stderr if show is set. Returns its
 * status (0, or -1 with e set). The list stays in l->in. */
static int input_listing_join(input_listing *l, int stop, int show, eg_err *e)
{
    if (stop)
        input_list_stop(&l->in);
    side_join(&l->job);
    if (show && l->warnings.len)
        fwrite(l->warnings.data, 1, l->warnings.len, stderr);
    buf_free(&l->warnings);
    int rc = l->rc;
    if (rc < 0 && e)
        *e = l->e;
    l->rc = 0;
    return rc;
}

/* The bytes of the gazetteer files (*.tsv of a folder): what the matcher
 * build's memory grows with. */
static size_t gazetteer_bytes(const options *o)
{
    size_t sum = 0;
    struct stat st;
    for (size_t i = 0; i < o->n_gaz; i++) {
        const char *p = o->gaz_paths[i];
        if (stat(p, &st) != 0)
            continue;
        if (S_ISREG(st.st_mode)) {
            sum += (size_t)st.st_size;
            continue;
        }
        DIR *d = S_ISDIR(st.st_mode) ? opendir(p) : NULL;
        for (struct dirent *de; d && (de = readdir(d)) != NULL;) {
            size_t n = strlen(de->d_name);
            if (n > 4 && strcmp(de->d_name + n - 4, ".tsv") == 0 && fstatat(dirfd(d), de->d_name, &st, 0) == 0)
                sum += (size_t)st.st_size;
        }
        if (d)
            closedir(d);
    }
    return sum;
}

/* Loads entities from every -g path, and the relation lexicon from the first
 * path that has one. The matcher build starts once the last path with
 * entities is read (it needs their rows only), so the relation lexicon that
 * follows and the check of the ids overlap it. The first failure in the
 * paths' order is the message (see gaz_check_ids). */
static int load_gazetteers(const options *o, gaz *g, rel_lexicon **lx, matcher_build *mb, eg_err *e)
{
    size_t last_gaz = SIZE_MAX;
    for (size_t i = 0; i < o->n_gaz; i++)
        if (!is_relation_file(o->gaz_paths[i]))
            last_gaz = i;
    int rc = 0;
    for (size_t i = 0; i < o->n_gaz && rc == 0; i++) {
        const char *p = o->gaz_paths[i];
        if (!is_relation_file(p)) {
            rc = gaz_parse(g, p, e);
            if (rc == 0 && i == last_gaz && g->n_ents)
                matcher_build_start(mb, g, o->cache_dir);
        }
        if (rc == 0 && !*lx && (is_relation_file(p) || is_dir(p))) {
            rc = rel_load(lx, p, e);
            if (rc == 0 && rel_count(*lx) == 0) {
                rel_free(*lx);
                *lx = NULL;
            }
        }
    }
    if (gaz_check_ids(g, rc, e) < 0)
        return -1;
    gaz_link_events(g);
    gaz_drop_ids(g); /* checked: no lookups follow */
    if (g->n_ents == 0)
        return eg_fail(e, o->gaz_paths[0], 0, "gazetteer has no entities");
    return 0;
}

static int run(options *o, int n_inputs, char **inputs)
{
    double t0 = now_seconds();
    eg_err e = {{0}};
    gaz g = {0};
    rel_lexicon *lx = NULL;
    matcher *m = NULL;
    matcher_build mb = {0};
    graph *gr = NULL;
    out_file *mf = NULL;
    emit_mentions *em = NULL;
    int status = 1;
    const char *dflt[1] = {isatty(0) ? (is_dir("tests/corpus") ? "tests/corpus" : ENTGRAPH_DATADIR "/corpus") : "-"};
    input_listing il;
    side_job release;
    side_start(&release, release_old_outputs, o);
    matcher_guess_start(&mb, o->cache_dir);
    size_t gz = gazetteer_bytes(o);
    mb.prefault_bytes = gz >= ((size_t)256 << 10) ? 16 * gz : 0; /* small ones: a few pages */
    input_listing_start(&il, n_inputs ? (const char *const *)inputs : dflt, n_inputs ? n_inputs : 1);

    int loaded = load_gazetteers(o, &g, &lx, &mb, &e);
    double t_load = now_seconds();
    if (loaded < 0) {
        input_listing_join(&il, 1, 0, NULL);
        goto done;
    }
    if (input_listing_check(&il, &e) < 0) {
        input_listing_join(&il, 0, 1, NULL); /* its warnings, as when the listing came first */
        goto done;
    }
    if (out_mkdir(o->out_dir, &e) < 0)
        goto done;
    if (o->formats & FMT_MENTIONS) {
        if (!(mf = out_open(o->out_dir, "mentions.tsv", &e)))
            goto done;
        emit_mentions_header(out_stream(mf));
        em = emit_mentions_new(&g);
    }
    m = matcher_build_join(&mb);
    double t_build = now_seconds();
    if (mb.save)
        side_start(&mb.saving, save_image, &mb);

    out_gather rows;
    if (mf)
        out_gather_init(&rows, out_stream(mf));
    run_ctx ctx = {
        .mentions = mf ? &rows : NULL, .m = m, .saving = &mb.saving, .em = em, .g = &g, .lx = lx, .gopts = &o->gopts};
    pipe_config pc = {.g = &g, .m = m, .lx = lx, .threads = o->threads, .worker_begin = worker_begin,
                      .worker_doc = worker_doc, .worker_done = worker_done, .worker_end = worker_end,
                      .consume = consume, .ctx = &ctx, .progress = !o->quiet && isatty(2),
                      .no_tokens = o->gopts.window != WINDOW_TOKENS};
    pc.rows_only = 1;         /* consume takes the rows only */
    pc.scan_done = scan_done; /* frees m and em */
    pipe_stats st;
    pipe_run(&pc, &il.in, &st);
    if (input_listing_join(&il, 1, 1, &e) < 0) /* ended already, unless the run stopped first */
        goto done;
    gr = ctx.gr; /* every worker ended (pipeline.h), the calling thread's at least */
    m = ctx.m;   /* NULL: scan_done freed it (and em), so nothing is left to free at done */
    em = ctx.em;
    side_join(&mb.saving);       /* scan_done joined it (a no-op then) */
    side_join(&mb.prefault);     /* done long before */
    double t_built = mb.seconds; /* for the summary */
    bool cached = mb.cached;
    mb = (matcher_build){0};
    out_gather_done(ctx.mentions); /* a write error stays in the stream: out_commit reports it */
    double t_scan = now_seconds();
    side_join(&release); /* done long before: none of its advice lands on the new outputs */
    graph_finish(gr);
    size_t cut = 0;
    int wrc = write_outputs(o, gr, mf, &cut, &e);
    mf = NULL; /* committed or aborted by write_outputs/out_commit */
    if (wrc < 0)
        goto done;
    double t_end = now_seconds();
    if (!o->quiet) {
        double scan = t_scan - t_build;
        fprintf(stderr,
                "entgraph: %zu documents (%zu skipped, %zu unreadable), %.2f MB, %zu mentions, %zu stated "
                "relations, %zu nodes, %zu edges\n",
                st.docs, st.skipped, st.failed, (double)st.bytes / 1e6, st.mentions, st.relations,
                graph_node_count(gr), graph_edge_count(gr));
        fprintf(stderr,
                "entgraph: gazetteer %zu entities, %zu aliases (load %.3fs, build %.3fs%s); scan %.3fs = %.1f "
                "MB/s; total %.3fs\n",
                g.n_ents, g.n_aliases, t_load - t0, t_built, cached ? ", cached" : "", scan,
                scan > 0 ? (double)st.bytes / 1e6 / scan : 0.0, t_end - t0);
        if (cut)
            fprintf(stderr, "entgraph: the picture shows the top %zu nodes by weight; %zu lighter nodes cut "
                            "(--top 0 keeps all; GraphML and tables keep everything)\n",
                    o->eopts.top, cut);
        fprintf(stderr, "entgraph: outputs in %s/\n", o->out_dir);
    }
    status = st.failed ? 1 : 0;
done:
    if (status && e.msg[0])
        fprintf(stderr, "entgraph: %s\n", e.msg);
    if (!m)
        m = matcher_build_join(&mb); /* an error came while it was being built */
    matcher_guess_end(&mb);          /* a no-op if the build took it */
    side_join(&release);             /* a no-op if joined already */
    side_join(&mb.prefault);         /* likewise */
    side_join(&mb.saving);           /* likewise; before m goes */
    out_abort(mf);
    emit_mentions_free(em);
    graph_free(gr);
    match_free(m);
    rel_free(lx);
    input_listing_join(&il, 1, 0, NULL); /* a no-op if joined already */
    input_list_free(&il.in);
    gaz_free(&g);
    out_release_replaced(); /* the replaced outputs' blocks: freed on a child process */
    return status;
}

int main(int argc, char **argv)
{
    out_install_cleanup();
    options o = {.out_dir = "out",
                 .formats = FMT_DOT | FMT_SVG | FMT_GRAPHML | FMT_MENTIONS | FMT_NODES | FMT_EDGES,
                 .gopts = {.window = WINDOW_SENTENCE, .min_weight = 0},
                 .eopts = {.layout = "sfdp", .top = 40, .network = 0},
                 .threads = cores()};
    o.cache_dir = cache_dir_default(o.cache_buf, sizeof o.cache_buf);
    int lint_mode = argc > 1 && strcmp(argv[1], "lint") == 0;
    if (lint_mode) {
        argv++;
        argc--;
    }
    int first = parse_options(&o, argc, argv, lint_mode);
    const char *dflt[1] = {default_gazetteer()};
    if (o.n_gaz == 0) {
        o.gaz_paths = dflt;
        o.n_gaz = 1;
    }
    int status = lint_mode ? lint_run(o.gaz_paths, o.n_gaz, argc - first, argv + first)
                           : run(&o, argc - first, argv + first);
    if (o.gaz_paths != dflt)
        free(o.gaz_paths);
    return status;
}
