/* emit_names.h - the texts edges of a table or GraphML file repeat (their
 * endpoints' ids, kind and relation names, evidence documents), escaped once
 * per file for that file's format instead of once per edge, in one table
 * all formatting threads share. */
#ifndef ENTGRAPH_EMIT_NAMES_H
#define ENTGRAPH_EMIT_NAMES_H

#include "graph.h"
#include "out.h"

/* An escaped text in a table's buffer: one load finds it. */
typedef struct {
    uint32_t off, len;
} emit_span;

typedef struct emit_names emit_names;

/* The columns an edge's kind and relation decide (kind, relation, directed,
 * polarity, quadclass, goldstein) in a file's format: head writes them up
 * to where a directed edge names its actor (the id of its source), tail
 * (NULL: there is no such place) the rest after that id; for an undirected
 * edge head writes them all. */
typedef void (*emit_fields_fn)(out_w *w, const emit_names *nm, const graph_edge *ed);

/* Those columns for one (kind and relation, directed): formatted once on a
 * probe edge whose polarity and quadclass are the lexicon's. */
typedef struct {
    uint32_t key;  /* emit_fields_key of the probe */
    uint32_t hole; /* 1: the actor's id goes between head and tail */
    emit_span head, tail;
} emit_fields;

/* What every thread formatting a file reads: made once, then read-only. */
struct emit_names {
    const graph *gr;
    const graph_edge *edges; /* graph_edge_at(gr, 0): edge i is edges[i], no call */
    char *const *snips;      /* graph_snippet_blocks(gr), for graph_snippet_in */
    out_escape esc;
    out_tab tab;       /* (kind, relation) pairs; then node ids, document ids, the fields' texts */
    emit_span *id;     /* by entity index; only the graph's nodes are set */
    uint32_t *docs;    /* by entity index: its node's documents (emit_names_score) */
    int dense;         /* id and docs are big blocks, not sparse mappings (emit_names.c: by_entity) */
    emit_span *doc;    /* by graph_evidence.doc: 1 + the graph's document index, 0 (no document) an empty span */
    double *goldstein; /* graph_edge_goldstein by emit_names_pair / 2 */
    emit_fields_fn head, tail;
    emit_fields *fields; /* by emit_names_pair + directed; NULL without head */
    size_t row_max;      /* the most an edge's row takes of the table (emit_row_room) */
};

/* esc: the file's escaper (out_w_tsv, the GraphML one); head and tail as
 * emit_fields_fn says (head NULL: no emit_fields_put). Can't fail. */
emit_names *emit_names_new(const graph *gr, out_escape esc, emit_fields_fn head, emit_fields_fn tail);
void emit_names_free(emit_names *nm); /* NULL-safe */

/* Every span is followed by at least 64 bytes of the table's buffer, so a
 * short one is copied as a fixed 64. */
static inline void emit_names_span(out_w *w, const emit_names *nm, emit_span s)
{
    out_w_put_over(w, nm->tab.text.start + s.off, s.len, 64);
}

/* s[0, n) to p, returns p + n. Copied as a fixed 32, 64, 128 or 192
 * bytes (n up to 192) inline, so up to 63 bytes past s + n are read and
 * past p + n written: the caller has them. Most ids fit 32 bytes, a
 * relation's GraphML fields ~130 and a snippet ~110: no memcpy call for
 * those (26 instructions each, with the call). wide (a constant): the
 * caller is built for AVX2 (EMIT_EDGES_FORMATTER), and a 32-byte piece
 * is one register, not two SSE ones (GCC 12 inlines memcpy with 16-byte
 * moves at most, even for AVX2, and splits a 32-byte vector through the
 * stack where there is no AVX). */
typedef char emit_v16 __attribute__((vector_size(16), aligned(1), may_alias));
typedef char emit_v32 __attribute__((vector_size(32), aligned(1), may_alias));
/* Piece i (32 bytes) of s to p. */
static inline __attribute__((always_inline)) void emit_copy32(char *p, const char *s, size_t i, int wide)
{
    if (wide) {
        ((emit_v32 *)(void *)p)[i] = ((const emit_v32 *)(const void *)s)[i];
    } else {
        ((emit_v16 *)(void *)p)[2 * i] = ((const emit_v16 *)(const void *)s)[2 * i];
        ((emit_v16 *)(void *)p)[2 * i + 1] = ((const emit_v16 *)(const void *)s)[2 * i + 1];
    }
}
/* The first k (1, 2, 4 or 6, a constant) pieces, the last first:
 * written out, as GCC 12 at -O2 does not unroll a loop over them. */
static inline __attribute__((always_inline)) void emit_copy_k(char *p, const char *s, int k, int wide)
{
    switch (k) {
    case 6:
        emit_copy32(p, s, 5, wide);
        emit_copy32(p, s, 4, wide);
        /* fall through */
    case 4:
        emit_copy32(p, s, 3, wide);
        emit_copy32(p, s, 2, wide);
        /* fall through */
    case 2:
        emit_copy32(p, s, 1, wide);
        /* fall through */
    default:
        emit_copy32(p, s, 0, wide);
    }
}
static inline __attribute__((always_inline)) char *emit_copy_over(char *p, const char *s, size_t n, int wide)
{
    if (n <= 32)
        emit_copy_k(p, s, 1, wide);
    else if (n <= 64)
        emit_copy_k(p, s, 2, wide);
    else if (n <= 128)
        emit_copy_k(p, s, 4, wide);
    else if (n <= 192)
        emit_copy_k(p, s, 6, wide);
    else
        memcpy(p, s, n);
    return p + n;
}
/* emit_copy_over for a text most often 65 to 192 bytes long (a snippet:
 * 92% at 10 MB): two tests to its size, not three or four. */
static inline __attribute__((always_inline)) char *emit_copy_long(char *p, const char *s, size_t n, int wide)
{
    if (n <= 128) {
        if (n <= 64)
            return emit_copy_over(p, s, n, wide);
        emit_copy_k(p, s, 4, wide);
    } else if (n <= 192) {
        emit_copy_k(p, s, 6, wide);
    } else {
        memcpy(p, s, n);
    }
    return p + n;
}

/* A span of a table with 64 bytes readable after each entry (the names,
 * a thread's documents), base its text, to p, which has room for
 * s.len + 64 bytes (emit_copy_over); returns the end. */
static inline char *emit_span_put(char *p, const char *base, emit_span s, int wide)
{
    return emit_copy_over(p, base + s.off, s.len, wide);
}

/* entity must be a node of the graph (every edge endpoint is). */
static inline void emit_names_id(out_w *w, const emit_names *nm, uint32_t entity)
{
    emit_names_span(w, nm, nm->id[entity]);
}

/* The escaped id of the evidence's document (ev from the graph), for
 * emit_span_put from the table's text; an empty span if it has none: no
 * test for that in a loop over edges. */
static inline emit_span emit_names_doc(const emit_names *nm, const graph_evidence *ev)
{
    return nm->doc[ev->doc];
}

/* Edges come in order of their first endpoint; the second one's id, the
 * evidence document's id and the evidence snippet (in the graph's store)
 * are random reads, cache misses that used to stall most of the escaping
 * time. A loop over edges calls _far 2 * EMIT_AHEAD edges ahead (the
 * spans), _near EMIT_AHEAD ahead (the texts), so they are in cache when
 * the edge is written: emit_edge_prefetch_* once per edge for what every
 * file reads, emit_names_prefetch_* for each file's table. */
#define EMIT_AHEAD 8
/* always_inline: GCC 12 finds a function that only prefetches "const" and
 * drops calls to it when it is inlined late (all of _near's prefetches went). */
#define EMIT_PREFETCHER static inline __attribute__((always_inline)) void
EMIT_PREFETCHER emit_names_prefetch_far(const emit_names *nm, const graph_edge *ed)
{
    __builtin_prefetch(&nm->doc[ed->best.doc]);
    __builtin_prefetch(&nm->id[ed->b]); /* read by _near */
}
EMIT_PREFETCHER emit_names_prefetch_near(const emit_names *nm, const graph_edge *ed)
{
    const char *names = nm->tab.text.start;
    __builtin_prefetch(names + nm->id[ed->b].off);
    __builtin_prefetch(names + nm->doc[ed->best.doc].off);
}
EMIT_PREFETCHER emit_edge_prefetch_far(const emit_names *nm, const graph_edge *ed)
{
    __builtin_prefetch(&nm->docs[ed->b]);
}
EMIT_PREFETCHER emit_edge_prefetch_near(const emit_names *nm, const graph_edge *ed)
{
    /* Most snippets span two or three lines (~110 bytes); the length is
     * in the record, so the third line is a guess. */
    if (ed->best.snippet) {
        const char *r = graph_snippet_record(nm->snips, ed->best.snippet);
        __builtin_prefetch(r);
        __builtin_prefetch(r + 64);
        __builtin_prefetch(r + 128);
    }
}

/* All of them, in a loop writing edges i < hi to the files of tables
 * nm[0, n). */
EMIT_PREFETCHER emit_names_ahead(const emit_names *const *nm, size_t n, size_t i, size_t hi)
{
    const graph_edge *edges = nm[0]->edges;
    if (i + 2 * EMIT_AHEAD < hi) {
        const graph_edge *ed = &edges[i + 2 * EMIT_AHEAD];
        emit_edge_prefetch_far(nm[0], ed);
        for (size_t k = 0; k < n; k++)
            emit_names_prefetch_far(nm[k], ed);
    }
    if (i + EMIT_AHEAD < hi) {
        const graph_edge *ed = &edges[i + EMIT_AHEAD];
        emit_edge_prefetch_near(nm[0], ed);
        for (size_t k = 0; k < n; k++)
            emit_names_prefetch_near(nm[k], ed);
    }
}

/* graph_edge_score(nm->gr, ed) without the look-ups of the nodes. */
static inline double emit_names_score(const emit_names *nm, const graph_edge *ed)
{
    return graph_dice(ed->documents, (uint64_t)nm->docs[ed->a] + nm->docs[ed->b]);
}

/* Pair 0 is co-occurrence, pair 1 + r lexicon relation r. */
static inline size_t emit_names_pair(const emit_names *nm, const graph_edge *ed)
{
    (void)nm;
    return 2 * (ed->kind == EDGE_STATED ? (size_t)ed->relation + 1 : 0);
}
static inline void emit_names_kind(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    out_w_tab(w, &nm->tab, emit_names_pair(nm, ed));
}
static inline void emit_names_relation(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    out_w_tab(w, &nm->tab, emit_names_pair(nm, ed) + 1);
}
/* graph_edge_goldstein(nm->gr, ed), from the table. */
static inline double emit_names_goldstein(const emit_names *nm, const graph_edge *ed)
{
    return nm->goldstein[emit_names_pair(nm, ed) / 2];
}

/* What else the fields' texts depend on: kind, directed, polarity and
 * quadclass in one word. */
static inline uint32_t emit_fields_key(const graph_edge *ed)
{
    return (uint32_t)ed->kind | (uint32_t)ed->directed << 8 | (uint32_t)(uint8_t)ed->polarity << 16 |
           (uint32_t)ed->quadclass << 24;
}

/* head, the actor's id and tail as the edge needs them, written directly. */
void emit_names_fields_slow(out_w *w, const emit_names *nm, const graph_edge *ed);

/* The table's fields for the edge, or NULL: an edge whose polarity or
 * quadclass is not its relation's goes the slow way. */
static inline const emit_fields *emit_names_fields_of(const emit_names *nm, const graph_edge *ed)
{
    const emit_fields *f = &nm->fields[emit_names_pair(nm, ed) + (ed->directed != 0)];
    return f->key == emit_fields_key(ed) ? f : NULL;
}

/* The fields f (emit_names_fields_of(ed)) at p, which has room for
 * f->head.len + f->tail.len + nm->id[ed->a].len + 3 * 64 bytes (row_max
 * counts them): one or two copies instead of six formatted columns.
 * Returns the end. */
static inline char *emit_fields_put(char *p, const emit_names *nm, const emit_fields *f, const graph_edge *ed, int wide)
{
    const char *base = nm->tab.text.start;
    p = emit_span_put(p, base, f->head, wide);
    if (f->hole) {
        p = emit_span_put(p, base, nm->id[ed->a], wide);
        p = emit_span_put(p, base, f->tail, wide);
    }
    return p;
}
/* The fields at p: from f, or else through the slow path, which writes
 * through w (it may grow the buffer) and then reserves `room` again.
 * Returns where the row goes on. */
static inline char *emit_fields_at(out_w *w, char *p, const emit_names *nm, const emit_fields *f, const graph_edge *ed,
                                   size_t room, int wide)
{
    if (f)
        return emit_fields_put(p, nm, f, ed, wide);
    w->p = p;
    emit_names_fields_slow(w, nm, ed);
    out_w_reserve(w, room);
    return w->p;
}

/* ---- the loop over edges ---- */

/* An edge as each file's row reads it: what does not depend on the file's
 * format is looked up once per edge however many files are written. */
typedef struct {
    const graph_edge *ed;
    const out_counter *id; /* the edge's index, as text */
    graph_snippet sn;      /* its evidence snippet */
    const char *score;     /* emit_names_score's text (OUT_NUM_TEXT bytes readable) */
    size_t score_len;
} emit_edge;

/* What an edge's row reads first, in either format, from the file's table
 * nm: its two ids, its evidence's document, the relation's fields (NULL:
 * the slow path, emit_fields_at). */
typedef struct {
    const graph_edge *ed;
    const char *names; /* the table's text, which the spans index */
    emit_span a, b, ev_doc;
    const emit_fields *f;
} emit_row;
static inline emit_row emit_row_of(const emit_names *nm, const emit_edge *e)
{
    const graph_edge *ed = e->ed;
    return (emit_row){ed,
                      nm->tab.text.start,
                      nm->id[ed->a],
                      nm->id[ed->b],
                      emit_names_doc(nm, &ed->best),
                      emit_names_fields_of(nm, ed)};
}
/* The room for a row: `fixed` bytes, `copied` bytes of snippet copied as
 * they are, and the spans and relation's fields at their table's longest
 * (a bound made once, instead of the row's own lengths added per row). */
static inline size_t emit_row_room(const emit_names *nm, size_t fixed, size_t copied)
{
    return fixed + nm->row_max + copied;
}

/* Writes an edge's row (a line of the file) to w; nm is the file's table. */
typedef void (*emit_edge_fn)(out_w *w, const emit_names *nm, const emit_edge *e, int wide);

/* A formatting thread's state (out_par_fmt's): the tables of the files
 * written, and a memo of the scores' texts. */
typedef struct {
    const emit_names *nm[2]; /* nm[1] NULL: one file */
    out_num_memo num;        /* last: ~530 KB, cleared only as far as out_num_memo_init needs */
} emit_edges_state;
/* ctx: the emit_names of the files, an array of two (the second NULL for one file). */
void *emit_edges_state_new(void *ctx);
void emit_edges_state_free(void *state);

/* The rows' own lines, fetched for writing ahead of the rows: a slot's
 * buffer was last written some chunks (megabytes) before, its lines are
 * out of the cache, and 30% of the loop's time (perf, 100 MB) sat on a
 * row's first store. next is the first line past those fetched so far;
 * returns the new one: one prefetch a line, however long the rows. */
#define EMIT_OUT_AHEAD 1536 /* bytes: 2-3 GraphML rows, 6 of edges.tsv */
static inline __attribute__((always_inline)) uintptr_t emit_out_ahead(const out_w *w, uintptr_t next)
{
    uintptr_t p = (uintptr_t)w->p, end = p + EMIT_OUT_AHEAD;
    if (next < p || next > end) /* a new chunk, or the buffer moved (it grew) */
        next = p;
    for (; next < end; next += 64)
        __builtin_prefetch((const void *)next, 1, 3);
    return next;
}

/* The rows of edges [lo, hi) into w[0] (row0, table st->nm[0]) and, if
 * row1, into w[1] (row1, st->nm[1]): a formatter for out_par_write(_n).
 * Inlined with the row functions constant, so one loop writes an edge's
 * rows of both files with what they share looked up once. */
#define EMIT_LOOP static inline __attribute__((always_inline)) void
EMIT_LOOP emit_edges_loop(emit_edges_state *st, out_w *w, size_t lo, size_t hi, emit_edge_fn row0, emit_edge_fn row1,
                          int wide)
{
    const emit_names *nm = st->nm[0];
    out_counter id;
    out_counter_init(&id, lo);
    uintptr_t next0 = 0, next1 = 0; /* emit_out_ahead's */
    for (size_t i = lo; i < hi; i++) {
        emit_names_ahead(st->nm, row1 ? 2 : 1, i, hi);
        next0 = emit_out_ahead(&w[0], next0);
        if (row1)
            next1 = emit_out_ahead(&w[1], next1);
        const graph_edge *ed = &nm->edges[i];
        emit_edge e = {.ed = ed, .id = &id, .sn = graph_snippet_in(nm->snips, ed->best.snippet)};
        e.score = out_num_text(&st->num, emit_names_score(nm, ed), &e.score_len);
        row0(&w[0], nm, &e, wide);
        if (row1)
            row1(&w[1], st->nm[1], &e, wide);
        out_counter_next(&id);
    }
}

/* A formatter `name` for out_par_write(_n): the loop above with rows row0
 * and row1 (NULL: one file). Where the CPU runs AVX2 it calls a copy of
 * the loop built for AVX2, whose span and snippet copies take half the
 * moves (emit_copy_over's wide): 653 -> 608 instructions an edge for both
 * files at 10 MB. Rows must be always_inline to be built for AVX2 too. */
#if defined(__x86_64__) && defined(__GNUC__)
#define EMIT_EDGES_FORMATTER(name, row0, row1)                                                                         \
    __attribute__((target("avx2"))) static void name##_avx2(void *state, out_w *w, size_t lo, size_t hi)               \
    {                                                                                                                  \
        emit_edges_loop(state, w, lo, hi, row0, row1, 1);                                                              \
    }                                                                                                                  \
    static void name(void *state, out_w *w, size_t lo, size_t hi)                                                      \
    {                                                                                                                  \
        if (eg_cpu_avx2())                                                                                             \
            name##_avx2(state, w, lo, hi);                                                                             \
        else                                                                                                           \
            emit_edges_loop(state, w, lo, hi, row0, row1, 0);                                                          \
    }
#else
#define EMIT_EDGES_FORMATTER(name, row0, row1)                                                                         \
    static void name(void *state, out_w *w, size_t lo, size_t hi)                                                      \
    {                                                                                                                  \
        emit_edges_loop(state, w, lo, hi, row0, row1, 0);                                                              \
    }
#endif

/* A plain snippet's text to p, which has room for sn->len + 64 bytes;
 * returns the end. Up to 192 bytes (most) through emit_copy_over, which
 * reads past the text into the store's slack (GRAPH_SNIPPET_READABLE). */
static inline char *emit_snippet_put(char *p, const graph_snippet *sn, int wide)
{
    _Static_assert(GRAPH_SNIPPET_READABLE >= 192, "emit_copy_over reads up to 192 bytes of a snippet");
    return emit_copy_long(p, sn->text, sn->len, wide);
}

/* ---- edges.tsv's row ---- */

/* Here, inline, so that GraphML's loop writes an edge's two rows at once
 * (emit_graphml_edges_tsv). Room for a row but its spans, snippet and
 * fields: five counts, a score, tabs (about 140 bytes), and the 64 bytes
 * each span copies past its text. */
#define EMIT_TSV_ROW_ROOM 512

/* "\t" and v's digits at p, which has 21 bytes of room; returns the end. */
static inline char *emit_tsv_put_count(char *p, uint64_t v)
{
    *p = '\t';
    return out_put_u64(p + 1, v);
}

/* "\t" a "\t" b "\t" at p for a, b below 10 (most counts: 99% of rows
 * have four such); returns the end. */
static inline char *emit_tsv_put_digits(char *p, uint32_t a, uint32_t b)
{
    p[0] = '\t';
    p[1] = (char)('0' + a);
    p[2] = '\t';
    p[3] = (char)('0' + b);
    p[4] = '\t';
    return p + 5;
}

/* An edge's row (an emit_edge_fn), from one room check, through a local
 * pointer (w goes to calls: its p would live in memory). The rare pieces
 * (fields not the relation's, a snippet to escape) go through w. Always
 * inlined: GCC 12 made it a call from the AVX2 loops (EMIT_EDGES_FORMATTER). */
static inline __attribute__((always_inline)) void emit_tsv_row(out_w *w, const emit_names *nm, const emit_edge *e,
                                                               int wide)
{
    emit_row r = emit_row_of(nm, e);
    const graph_edge *ed = r.ed;
    graph_snippet sn = e->sn;
    int plain = sn.plain; /* nothing to escape (graph.h) */
    out_w_reserve(w, emit_row_room(nm, EMIT_TSV_ROW_ROOM, plain ? sn.len : 0));
    char *p = emit_span_put(w->p, r.names, r.a, wide);
    *p++ = '\t';
    p = emit_span_put(p, r.names, r.b, wide);
    p = emit_fields_at(w, p, nm, r.f, ed, EMIT_TSV_ROW_ROOM + r.ev_doc.len + (plain ? sn.len : 0), wide);
    if ((ed->weight | ed->documents | ed->negated | ed->hypothetical) < 10) { /* so each is below 10 */
        p = emit_tsv_put_digits(p, ed->weight, ed->documents);
        memcpy(p, e->score, OUT_NUM_TEXT);
        p = emit_tsv_put_digits(p + e->score_len, ed->negated, ed->hypothetical);
    } else {
        p = emit_tsv_put_count(p, ed->weight);
        p = emit_tsv_put_count(p, ed->documents);
        *p++ = '\t';
        memcpy(p, e->score, OUT_NUM_TEXT);
        p = emit_tsv_put_count(p + e->score_len, ed->negated);
        p = emit_tsv_put_count(p, ed->hypothetical);
        *p++ = '\t';
    }
    if (r.ev_doc.len)
        p = emit_span_put(p, r.names, r.ev_doc, wide);
    *p++ = '\t';
    if (plain) {
        if (sn.len) /* else no snippet at all: no text to read */
            p = emit_snippet_put(p, &sn, wide);
    } else {
        w->p = p;
        out_w_tsv(w, sn.text, sn.len);
        out_w_reserve(w, 1);
        p = w->p;
    }
    *p++ = '\n';
    w->p = p;
}

/* edges.tsv's header row and table (emit_tsv.c), for emit_graphml_edges_tsv. */
void emit_edges_tsv_head(out_w *w);
emit_names *emit_edges_tsv_names(const graph *gr); /* free with emit_names_free */

#endif
