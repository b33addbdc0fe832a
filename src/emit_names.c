/* emit_names.c - texts every edge repeats, escaped once per file. The kind
 * and relation names come from emit_kind_name/emit_relation_name on a probe
 * edge per relation, so they stay the one source of those names. */
#include "emit_names.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"

#define DOC_AHEAD 8 /* documents between an id's prefetch and its escape */

/* Adds s[0, n) through esc; returns where it went. Straight into the
 * table's text, with no entry of its own: its span is how it is found. */
static emit_span add(emit_names *nm, out_escape esc, const char *s, size_t n)
{
    out_w *t = &nm->tab.text;
    size_t at = (size_t)(t->p - t->start);
    esc(t, s, n);
    out_w_room(t, 64); /* emit_span_put reads 64 bytes from any entry */
    size_t len = (size_t)(t->p - t->start) - at;
    assert(at <= UINT32_MAX && len <= UINT32_MAX);
    return (emit_span){(uint32_t)at, (uint32_t)len};
}

/* An escaper that copies: for texts already in the file's format. */
static void copy(out_w *w, const char *s, size_t n)
{
    out_w_put(w, s, n);
}

void emit_names_fields_slow(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    nm->head(w, nm, ed);
    if (nm->tail && ed->directed) {
        emit_names_id(w, nm, ed->a);
        nm->tail(w, nm, ed);
    }
}

/* The fields of each (kind and relation, directed), from probe edges. */
static void make_fields(emit_names *nm, size_t rels)
{
    const rel_lexicon *lx = graph_lexicon(nm->gr);
    nm->fields = xcalloc(2 * (rels + 1), sizeof *nm->fields);
    out_w w;
    out_w_init(&w, NULL, NULL, 256);
    for (size_t k = 0; k <= rels; k++)
        for (int directed = 0; directed < 2; directed++) {
            graph_edge probe = {
                .kind = k ? EDGE_STATED : EDGE_COOCCURRENCE, .relation = (int32_t)k - 1, .directed = (uint8_t)directed};
            if (k) {
                probe.polarity = (int8_t)rel_get(lx, (uint32_t)k - 1)->polarity;
                probe.quadclass = (uint8_t)rel_get(lx, (uint32_t)k - 1)->quadclass;
            }
            emit_fields *f = &nm->fields[emit_names_pair(nm, &probe) + (size_t)directed];
            f->key = emit_fields_key(&probe);
            f->hole = nm->tail && directed;
            w.p = w.start;
            nm->head(&w, nm, &probe);
            f->head = add(nm, copy, w.start, (size_t)(w.p - w.start));
            w.p = w.start;
            if (f->hole)
                nm->tail(&w, nm, &probe);
            f->tail = add(nm, copy, w.start, (size_t)(w.p - w.start));
        }
    out_w_done(&w);
}

/* A table by entity index of which only the nodes' entries are written
 * (and read): where the graph has at least one node in DENSE_NODES
 * entities, nearly every 4 KiB page of it holds one, and a big block
 * (kept pages, most often: no fault at all) is cheaper than a sparse
 * mapping (a fault per page touched: ~50 a table for 27k entities at 100
 * MB); else the sparse mapping, for few nodes in a big gazetteer. */
#define DENSE_NODES 64
static void *by_entity(const emit_names *nm, size_t size)
{
    size_t n = graph_gaz(nm->gr)->n_ents;
    return nm->dense ? xbig_scratch_raw((n ? n : 1) * size) : xsparse_calloc(n ? n : 1, size);
}

static void by_entity_free(const emit_names *nm, void *table)
{
    if (nm->dense)
        xbig_free(table);
    else
        xsparse_free(table);
}

emit_names *emit_names_new(const graph *gr, out_escape esc, emit_fields_fn head, emit_fields_fn tail)
{
    emit_names *nm = xcalloc(1, sizeof *nm);
    const gaz *g = graph_gaz(gr);
    size_t rels = rel_count(graph_lexicon(gr));
    nm->gr = gr;
    nm->edges = graph_edge_count(gr) ? graph_edge_at(gr, 0) : NULL;
    nm->snips = graph_snippet_blocks(gr);
    nm->esc = esc;
    out_tab_init(&nm->tab);
    nm->goldstein = xmalloc((rels + 1) * sizeof *nm->goldstein);
    for (size_t k = 0; k <= rels; k++) {
        graph_edge probe = {.kind = k ? EDGE_STATED : EDGE_COOCCURRENCE, .relation = (int32_t)k - 1};
        out_tab_add_str(&nm->tab, esc, emit_kind_name(&probe));
        out_tab_add_str(&nm->tab, esc, emit_relation_name(gr, &probe));
        nm->goldstein[k] = graph_edge_goldstein(gr, &probe);
    }
    /* The ids' room first, as one block: a table grown by doubling from
     * 4 KiB took fresh heap pages at each step (~60 faults a file). A
     * node's span holds its id's length until the id is added. */
    size_t room = 4096;
    size_t nn = graph_node_count(gr);
    nm->dense = nn >= g->n_ents / DENSE_NODES;
    nm->id = by_entity(nm, sizeof *nm->id);
    nm->docs = by_entity(nm, sizeof *nm->docs);
    const graph_node *nodes = nn ? graph_node_at(gr, 0) : NULL;
    for (size_t i = 0; i < nn; i++) {
        emit_node_ahead(g, nodes, nn, i);
        uint32_t entity = nodes[i].entity;
        nm->id[entity].len = (uint32_t)strlen(g->ents[entity].id);
        nm->docs[entity] = nodes[i].documents;
        room += nm->id[entity].len;
    }
    size_t n_docs = graph_doc_count(gr);
    for (size_t i = 0; i < n_docs; i++) {
        size_t n;
        graph_doc_id(gr, i, &n);
        room += n;
    }
    out_w_reserve(&nm->tab.text, room + room / 8);
    size_t max_id = 0, max_doc = 0, max_fields = 0;
    for (size_t i = 0; i < nn; i++) {
        uint32_t entity = nodes[i].entity;
        nm->id[entity] = add(nm, esc, g->ents[entity].id, nm->id[entity].len);
        max_id = nm->id[entity].len > max_id ? nm->id[entity].len : max_id;
    }
    /* Every document's id: nearly all are some edge's evidence. The ids
     * lie in the graph's arena (or the input list), each on lines of its
     * own: fetched a few documents ahead. */
    nm->doc = xbig_scratch_raw((n_docs + 1) * sizeof *nm->doc);
    nm->doc[0] = (emit_span){0, 0}; /* no document */
    for (size_t i = 0; i < n_docs; i++) {
        if (i + DOC_AHEAD < n_docs)
            __builtin_prefetch(graph_doc_id(gr, i + DOC_AHEAD, NULL));
        size_t n;
        const char *id = graph_doc_id(gr, i, &n);
        nm->doc[i + 1] = add(nm, esc, id, n);
        max_doc = nm->doc[i + 1].len > max_doc ? nm->doc[i + 1].len : max_doc;
    }
    nm->head = head;
    nm->tail = tail;
    if (head) {
        make_fields(nm, rels);
        for (size_t k = 0; k < 2 * (rels + 1); k++) {
            size_t n = (size_t)nm->fields[k].head.len + nm->fields[k].tail.len;
            max_fields = n > max_fields ? n : max_fields;
        }
    }
    /* emit_row_room: two ids, a document and the fields with the actor's id. */
    nm->row_max = 2 * max_id + max_doc + max_fields + max_id + 3 * 64;
    return nm;
}

void emit_names_free(emit_names *nm)
{
    if (!nm)
        return;
    out_tab_free(&nm->tab);
    by_entity_free(nm, nm->id);
    by_entity_free(nm, nm->docs);
    xbig_free(nm->doc);
    free(nm->goldstein);
    free(nm->fields);
    free(nm);
}

void *emit_edges_state_new(void *ctx)
{
    const emit_names *const *nm = ctx;
    emit_edges_state *st =
        xbig_alloc_raw(sizeof *st); /* the memo: a 2 MiB unit, most often one kept from the graph's sort */
    st->nm[0] = nm[0];
    st->nm[1] = nm[1];
    out_num_memo_init(&st->num, emit_num_len);
    return st;
}

void emit_edges_state_free(void *state)
{
    xbig_free(state);
}
