/* emit_tsv.c - the tables: mentions.tsv (streamed per document), nodes.tsv
 * and edges.tsv. Header row first, no quoting, fields escaped by
 * out_w_tsv through one buffered writer per file; rows follow the graph's
 * sorted order, so output is stable. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "emit_names.h"
#include "out.h"
#include "out_par.h"

/* A row is field() for the first column, then next() for each other one. */
static void field(out_w *w, const char *s) { out_w_tsv_str(w, s); }

static void next(out_w *w, const char *s)
{
    out_w_putc(w, '\t');
    out_w_tsv_str(w, s);
}

/* Numbers never need escaping. */
static void next_num(out_w *w, double v)
{
    char tmp[32];
    out_w_putc(w, '\t');
    out_w_put(w, tmp, emit_num_len(tmp, v));
}

/* Six per edge row, three per mention row: one room check, no call for a
 * one-digit value. */
static inline void next_u32(out_w *w, uint32_t v)
{
    out_w_room(w, 21);
    *w->p++ = '\t';
    if (v < 10)
        *w->p++ = (char)('0' + v);
    else
        w->p += out_fmt_u64(w->p, v);
}

/* The columns between sentence and surface, "\t" id "\t" type "\t", of
 * each entity, escaped when a row first needs them: one copy per row
 * instead of two strlen, two escapes and three tabs. Made on first use by
 * whichever worker meets the entity first, so the cost follows the
 * entities the corpus mentions, not the size of the gazetteer. The slots
 * are one array by entity, the text in the slot: a row's entity costs one
 * cache miss, not two (a pointer, then its block), and is prefetched a few
 * rows ahead. state: 0 empty, SLOT_BUSY while a worker writes the text
 * (others meanwhile format the columns themselves), SLOT_LONG for columns
 * longer than the slot (formatted by every row, rare), else SLOT_READY +
 * the text's length, stored after the text (release). */
enum { SLOT_BUSY = 1, SLOT_LONG, SLOT_READY };
#define ROW_AHEAD 8 /* rows between a slot's prefetch and its use */
typedef struct {
    char text[60];
    _Atomic uint32_t state;
} ent_slot;

struct emit_mentions {
    const gaz *g;
    ent_slot *slot; /* by entity index */
};

emit_mentions *emit_mentions_new(const gaz *g)
{
    emit_mentions *m = xcalloc(1, sizeof *m);
    m->g = g;
    /* All zero: every slot empty. A big block (xbig): the slots of the
     * entities met are spread over the whole array (1.7 MB for 27k
     * entities), and the pages touched go to the block pool when the scan
     * is done (emit_mentions_free). */
    m->slot = xbig_alloc((g->n_ents ? g->n_ents : 1) * sizeof *m->slot);
    return m;
}

void emit_mentions_free(emit_mentions *m)
{
    if (!m)
        return;
    xbig_free(m->slot);
    free(m);
}

/* "\t" id "\t" type "\t" of entity, escaped, into w. */
static void entity_cols(out_w *w, const gaz_entity *ent)
{
    next(w, ent->id);
    next(w, ent->type);
    out_w_putc(w, '\t');
}

/* A row whose entity's slot was not ready (state st): writes its columns
 * to w, and fills the slot if it was empty and no other worker claims it
 * first. */
static void entity_slot(out_w *w, emit_mentions *m, uint32_t entity, uint32_t st)
{
    ent_slot *s = &m->slot[entity];
    size_t at = (size_t)(w->p - w->start); /* w may grow (move) */
    entity_cols(w, &m->g->ents[entity]);
    size_t n = (size_t)(w->p - w->start) - at;
    uint32_t empty = 0;
    if (st == 0 && atomic_compare_exchange_strong_explicit(&s->state, &empty, SLOT_BUSY, memory_order_acquire,
                                                           memory_order_relaxed)) {
        if (n <= sizeof s->text) {
            memcpy(s->text, w->start + at, n);
            atomic_store_explicit(&s->state, SLOT_READY + (uint32_t)n, memory_order_release);
        } else
            atomic_store_explicit(&s->state, SLOT_LONG, memory_order_relaxed);
    }
}

void emit_mentions_header(FILE *fp) { fputs("doc\tstart\tend\tsentence\tentity\ttype\tsurface\n", fp); }

/* "\t" and v's digits at p, which has room for 21 bytes; word and n from
 * out_digits_word(v) (n 0: v is too big for a word). Returns the end. */
static inline char *put_col(char *p, uint32_t v, uint64_t word, size_t n)
{
    *p++ = '\t';
    if (!n)
        return p + out_fmt_u64(p, v);
    memcpy(p, &word, 8);
    return p + n;
}

static inline char *put_num(char *p, uint32_t v)
{
    uint64_t word;
    size_t n = out_digits_word(v, &word);
    return put_col(p, v, word, n);
}

/* Room a row needs past the doc column (64 bytes at least, as copied):
 * start, end and sentence (3 * 21), the entity's slot copied whole (60), a
 * clean surface (32, out_tsv_short), the newline. */
#define ROW_ROOM (3 * 21 + 60 + 32 + 1)

void emit_mentions_rows(buf *out, emit_mentions *em, const doc *d)
{
    out->len = 0;
    if (!d->mentions.n)
        return;
    const char *path = d->path ? d->path : "-";
    size_t path_len = strlen(path);
    /* A memory writer over out's buffer: it grows (into a new heap buffer)
     * when a document has more rows than the buffer holds. Buffers go round
     * between documents (out_gather), hundreds of them when a worker runs
     * ahead: each takes the pool's size for this document's rows (util.h:
     * xpool_fit), too small ones replaced up front instead of copied as
     * they grow, too big ones handed back for the big documents. */
    xpool_fit(out, d->mentions.n * (path_len + 96));
    out_w w;
    out_w_init(&w, NULL, out->data, out->cap);
    /* Every row starts with the same doc field: escaped once (on the stack
     * unless the path is long), then copied. */
    char df_storage[512];
    out_w df;
    out_w_init(&df, NULL, df_storage, sizeof df_storage);
    out_w_tsv(&df, path, path_len);
    size_t doc_len = (size_t)(df.p - df.start);
    size_t row_room = (doc_len > 64 ? doc_len : 64) + ROW_ROOM;
    /* Mentions come in text order, several to a sentence: the sentence
     * column is kept from the row before, as a word. */
    uint64_t sent_word = 0;
    size_t sent_len = 0;
    uint32_t sent = UINT32_MAX;
    const mention *ms = d->mentions.v;
    size_t n = d->mentions.n;
    for (size_t i = 0; i < n && i < ROW_AHEAD; i++)
        __builtin_prefetch(&em->slot[ms[i].entity]);
    for (size_t i = 0; i < n; i++) {
        const mention *m = &ms[i];
        if (i + ROW_AHEAD < n)
            __builtin_prefetch(&em->slot[ms[i + ROW_AHEAD].entity]);
        /* One check for the row, then stores without one, through a local
         * pointer (w goes to calls: its p would live in memory). */
        out_w_reserve(&w, row_room);
        char *p = w.p;
        if (doc_len <= 64)
            memcpy(p, df.start, 64); /* df_storage holds 64 */
        else
            memcpy(p, df.start, doc_len);
        p = put_num(p + doc_len, m->start);
        p = put_num(p, m->end);
        if (m->sentence != sent) {
            sent = m->sentence;
            sent_len = out_digits_word(sent, &sent_word);
        }
        p = put_col(p, sent, sent_word, sent_len);
        const ent_slot *s = &em->slot[m->entity];
        uint32_t st = atomic_load_explicit(&s->state, memory_order_acquire);
        if (st >= SLOT_READY) {
            memcpy(p, s->text, sizeof s->text);
            p += st - SLOT_READY;
        } else {
            w.p = p;
            entity_slot(&w, em, m->entity, st);
            out_w_reserve(&w, 33); /* long columns may have used the row's room */
            p = w.p;
        }
        char *end = NULL;
        if (m->end <= d->len && m->start <= m->end &&
            !(end = out_tsv_short(p, d->bytes + m->start, m->end - m->start, d->len - m->start))) {
            w.p = p;
            out_w_tsv(&w, d->bytes + m->start, m->end - m->start);
            out_w_reserve(&w, 1);
            end = w.p;
        }
        p = end ? end : p;
        *p++ = '\n';
        w.p = p;
    }
    out_w_done(&df);
    out->len = (size_t)(w.p - w.start);
    if (w.start != out->data) { /* it grew (rare): the rows go round in a buf as big */
        size_t len = out->len;
        buf_free(out);
        out->data = memcpy(xpool_alloc((size_t)(w.end - w.start), &out->cap), w.start, len);
        out->len = len;
    }
    out_w_done(&w); /* frees what it grew into */
}

static int nodes_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)ctx;
    const gaz *g = graph_gaz(gr);
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SMALL);
    out_w_lit(&w, "id\tlabel\ttype\tbloc\tcountry\tmentions\tdocuments\tweight\taliases\tnote\n");
    size_t nn = graph_node_count(gr);
    const graph_node *nodes = nn ? graph_node_at(gr, 0) : NULL;
    for (size_t i = 0; i < nn; i++) {
        emit_node_ahead(g, nodes, nn, i);
        const graph_node *n = &nodes[i];
        const gaz_entity *ent = &g->ents[n->entity];
        field(&w, ent->id);
        next(&w, ent->name);
        next(&w, ent->type);
        next(&w, ent->bloc);
        next(&w, ent->country);
        next_u32(&w, n->mentions);
        next_u32(&w, n->documents);
        next_num(&w, n->weight);
        out_w_putc(&w, '\t');
        for (uint32_t k = 0; k < ent->n_aliases; k++) {
            if (k)
                out_w_putc(&w, '|');
            field(&w, g->aliases[ent->first_alias + k].surface);
        }
        next(&w, ent->note);
        out_w_putc(&w, '\n');
    }
    return out_w_done(&w) ? out_w_fail(&w, e) : 0;
}

/* "\t" kind "\t" relation "\t" directed "\t" polarity "\t" quadclass "\t"
 * goldstein: written once per kind and relation (emit_fields_put). */
static void edge_fields(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    out_w_putc(w, '\t');
    emit_names_kind(w, nm, ed);
    out_w_putc(w, '\t');
    emit_names_relation(w, nm, ed);
    if (ed->directed)
        out_w_lit(w, "\ttrue\t");
    else
        out_w_lit(w, "\tfalse\t");
    out_w_i64(w, ed->polarity);
    next_u32(w, ed->quadclass);
    next_num(w, emit_names_goldstein(nm, ed));
}

/* Rows repeat ids, names and the same few scores: those come escaped or
 * formatted once per file (emit_names, shared by the threads) or once per
 * thread (the score memo, emit_edges_state in emit_names.h). */
emit_names *emit_edges_tsv_names(const graph *gr)
{
    return emit_names_new(gr, out_w_tsv, edge_fields, NULL);
}

void emit_edges_tsv_head(out_w *w)
{
    out_w_lit(w, "source\ttarget\tkind\trelation\tdirected\tpolarity\tquadclass\tgoldstein\tweight\t"
                 "documents\tscore\tnegated\thypothetical\tevidence_doc\tevidence\n");
}

EMIT_EDGES_FORMATTER(format_rows, emit_tsv_row, NULL)

/* Rows are formatted on up to *threads threads, written in order. */
static int edges_body(FILE *fp, const graph *gr, const void *threads, eg_err *e)
{
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SMALL);
    emit_edges_tsv_head(&w);
    emit_names *tnm = emit_edges_tsv_names(gr);
    const emit_names *nm[2] = {tnm, NULL};
    /* ~250 bytes an edge; room for long evidence sentences. */
    enum { chunk = 2048, room = 512 };
    out_par_fmt f = {.state_new = emit_edges_state_new,
                     .state_free = emit_edges_state_free,
                     .format = format_rows,
                     .ctx = nm,
                     .slot_bytes = {chunk * room}};
    out_par_write(&w, graph_edge_count(gr), chunk, *(const int *)threads, &f);
    emit_names_free(tnm);
    return out_w_done(&w) ? out_w_fail(&w, e) : 0;
}

int emit_nodes_tsv(const graph *gr, const char *dir, eg_err *e)
{
    return emit_write(dir, "nodes.tsv", nodes_body, gr, NULL, e);
}

int emit_edges_tsv(const graph *gr, const char *dir, int threads, eg_err *e)
{
    return emit_write(dir, "edges.tsv", edges_body, gr, &threads, e);
}
