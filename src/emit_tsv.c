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

/* "\t" start "\t" end of a mention. Its end mostly differs from its start
 * in the last two digits only ((start % 100) + length < 100, start >= 10):
 * then end is start's digits with those two replaced, not a second
 * formatting. */
static inline void next_span(out_w *w, uint32_t start, uint32_t end)
{
    out_w_room(w, 64);
    char *p = w->p;
    *p++ = '\t';
    char *digits = p;
    if (start < 10)
        *p++ = (char)('0' + start);
    else
        p += out_fmt_u64(p, start);
    size_t n = (size_t)(p - digits);
    *p++ = '\t';
    uint32_t low = start % 100 + (end - start); /* wraps past 100 if end < start */
    if (start >= 10 && low < 100) {
        memmove(p, digits, 16); /* n <= 10, the room holds 16; the two overlap */
        p[n - 2] = (char)('0' + low / 10);
        p[n - 1] = (char)('0' + low % 10);
        p += n;
    } else if (end < 10)
        *p++ = (char)('0' + end);
    else
        p += out_fmt_u64(p, end);
    w->p = p;
}

/* The columns between sentence and surface, "\t" id "\t" type "\t", of
 * entity i, escaped when a row first needs them: one copy per row instead of
 * two strlen, two escapes and three tabs. Made on first use, by whichever
 * worker meets the entity first (a worker that loses the race frees its
 * copy), so the cost follows the entities the corpus mentions, not the size
 * of the gazetteer. */
typedef struct {
    size_t len;
    char text[];
} ent_cols;

struct emit_mentions {
    const gaz *g;
    _Atomic(ent_cols *) *cols; /* by entity index; NULL until first used */
};

emit_mentions *emit_mentions_new(const gaz *g)
{
    emit_mentions *m = xcalloc(1, sizeof *m);
    m->g = g;
    m->cols = xcalloc(g->n_ents ? g->n_ents : 1, sizeof *m->cols);
    for (size_t i = 0; i < g->n_ents; i++)
        atomic_init(&m->cols[i], NULL);
    return m;
}

void emit_mentions_free(emit_mentions *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->g->n_ents; i++)
        free(atomic_load_explicit(&m->cols[i], memory_order_relaxed));
    free((void *)m->cols);
    free(m);
}

static const ent_cols *entity_cols(emit_mentions *m, uint32_t entity)
{
    ent_cols *c = atomic_load_explicit(&m->cols[entity], memory_order_acquire);
    if (c)
        return c;
    char storage[256];
    out_w w;
    out_w_init(&w, NULL, storage, sizeof storage);
    next(&w, m->g->ents[entity].id);
    next(&w, m->g->ents[entity].type);
    out_w_putc(&w, '\t');
    size_t len = (size_t)(w.p - w.start);
    c = xmalloc(sizeof *c + len + 32); /* rows copy the text as a fixed 32 bytes */
    c->len = len;
    memcpy(c->text, w.start, len);
    memset(c->text + len, 0, 32);
    out_w_done(&w);
    ent_cols *first = NULL;
    if (!atomic_compare_exchange_strong_explicit(&m->cols[entity], &first, c, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        free(c); /* another worker made them first: same text */
        c = first;
    }
    return c;
}

void emit_mentions_header(FILE *fp) { fputs("doc\tstart\tend\tsentence\tentity\ttype\tsurface\n", fp); }

void emit_mentions_rows(buf *out, emit_mentions *em, const doc *d)
{
    out->len = 0;
    if (!d->mentions.n)
        return;
    const char *path = d->path ? d->path : "-";
    size_t path_len = strlen(path);
    /* A memory writer over out's buffer: it grows (into a new heap buffer)
     * when a document has more rows than the buffer holds. Buffers go round
     * between documents (out_gather), so one too small for a typical row
     * count is replaced up front, not copied as it grows. */
    size_t want = d->mentions.n * (path_len + 96);
    if (out->cap < want) {
        free(out->data);
        out->cap = 4096;
        while (out->cap < want)
            out->cap *= 2; /* a few sizes: a freed buffer fits the next one of its size */
        out->data = xmalloc(out->cap);
    }
    out_w w;
    out_w_init(&w, NULL, out->data, out->cap);
    /* Every row starts with the same doc field: escaped once (on the stack
     * unless the path is long), then copied. */
    char df_storage[512];
    out_w df;
    out_w_init(&df, NULL, df_storage, sizeof df_storage);
    out_w_tsv(&df, path, path_len);
    size_t doc_len = (size_t)(df.p - df.start);
    /* Mentions come in text order, several to a sentence: the sentence
     * column ("\t" and its digits) is kept from the row before. */
    char sent_text[16] = {0};
    size_t sent_len = 0;
    uint32_t sent = UINT32_MAX;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const mention *m = &d->mentions.v[i];
        out_w_put_over(&w, df.start, doc_len, 64); /* df_storage holds 64 */
        next_span(&w, m->start, m->end);
        if (m->sentence != sent) {
            out_w_room(&w, 32); /* first: a memory writer may move as it grows */
            char *at = w.p;
            next_u32(&w, m->sentence);
            sent = m->sentence;
            sent_len = (size_t)(w.p - at);
            memcpy(sent_text, at, sizeof sent_text); /* <= 11 bytes written, 32 of room */
        } else
            out_w_slot(&w, sent_text, sent_len);
        const ent_cols *c = entity_cols(em, m->entity);
        out_w_put_over(&w, c->text, c->len, 32);
        if (m->end <= d->len && m->start <= m->end)
            out_w_tsv_in(&w, d->bytes + m->start, m->end - m->start, d->len - m->start);
        out_w_putc(&w, '\n');
    }
    out_w_done(&df);
    out->len = (size_t)(w.p - w.start);
    if (w.start != out->data) { /* it grew (rare): the rows go round in a buf as big */
        free(out->data);
        out->cap = (size_t)(w.end - w.start);
        out->data = memcpy(xmalloc(out->cap), w.start, out->len);
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
    for (size_t i = 0; i < graph_node_count(gr); i++) {
        const graph_node *n = graph_node_at(gr, i);
        const gaz_entity *ent = emit_node_entity(gr, n);
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
    return out_w_done(&w) ? eg_fail(e, NULL, 0, "write error") : 0;
}

/* Rows repeat ids, names and the same few scores: those come escaped or
 * formatted once per file (emit_names, shared by the threads) or once per
 * thread (the documents, a number memo). */
typedef struct {
    const emit_names *nm;
    emit_docs *dc;
    out_num_memo num;
} edges_state;

static void *edges_state_new(void *names)
{
    const emit_names *nm = names;
    edges_state *st = xmalloc(sizeof *st);
    st->nm = nm;
    st->dc = emit_docs_new(nm);
    out_num_memo_init(&st->num, emit_num_len);
    return st;
}

static void edges_state_free(void *state)
{
    edges_state *st = state;
    emit_docs_free(st->dc);
    free(st);
}

/* "\t" kind "\t" relation "\t" directed "\t" polarity "\t" quadclass "\t"
 * goldstein: written once per kind and relation (emit_names_fields). */
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

static void format_edges(void *state, out_w *w, size_t lo, size_t hi)
{
    edges_state *st = state;
    const emit_names *nm = st->nm;
    for (size_t i = lo; i < hi; i++) {
        const graph_edge *ed = &nm->edges[i];
        emit_names_ahead(st->dc, i, hi);
        emit_names_id(w, nm, ed->a);
        out_w_putc(w, '\t');
        emit_names_id(w, nm, ed->b);
        emit_names_fields(w, nm, ed);
        next_u32(w, ed->weight);
        next_u32(w, ed->documents);
        out_w_putc(w, '\t');
        out_w_num(w, &st->num, graph_edge_score(ed));
        next_u32(w, ed->negated);
        next_u32(w, ed->hypothetical);
        out_w_putc(w, '\t');
        if (ed->best.doc)
            emit_docs_span(w, st->dc, emit_docs_get(st->dc, &ed->best));
        out_w_putc(w, '\t');
        if (ed->best.snippet_plain) /* nothing to escape (graph.h) */
            out_w_put(w, ed->best.snippet, ed->best.snippet_len);
        else if (ed->best.snippet)
            out_w_tsv(w, ed->best.snippet, ed->best.snippet_len);
        out_w_putc(w, '\n');
    }
}

/* Rows are formatted on up to *threads threads, written in order. */
static int edges_body(FILE *fp, const graph *gr, const void *threads, eg_err *e)
{
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SMALL);
    out_w_lit(&w, "source\ttarget\tkind\trelation\tdirected\tpolarity\tquadclass\tgoldstein\tweight\t"
                  "documents\tscore\tnegated\thypothetical\tevidence_doc\tevidence\n");
    emit_names *nm = emit_names_new(gr, out_w_tsv, edge_fields, NULL);
    out_par_fmt f = {.state_new = edges_state_new, .state_free = edges_state_free, .format = format_edges, .ctx = nm};
    /* ~250 bytes an edge: a chunk fits a slot's buffer (OUT_W_SIZE). */
    out_par_write(&w, graph_edge_count(gr), 4096, *(const int *)threads, &f);
    emit_names_free(nm);
    return out_w_done(&w) ? eg_fail(e, NULL, 0, "write error") : 0;
}

int emit_nodes_tsv(const graph *gr, const char *dir, eg_err *e)
{
    return emit_write(dir, "nodes.tsv", nodes_body, gr, NULL, e);
}

int emit_edges_tsv(const graph *gr, const char *dir, int threads, eg_err *e)
{
    return emit_write(dir, "edges.tsv", edges_body, gr, &threads, e);
}
