/* emit_names.c - texts every edge repeats, escaped once per file (document
 * ids: once per thread that meets them). The kind
 * and relation names come from emit_kind_name/emit_relation_name on a probe
 * edge per relation, so they stay the one source of those names. */
#include "emit_names.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"

/* Adds s[0, n) through esc; returns where it went. */
static emit_span add(emit_names *nm, out_escape esc, const char *s, size_t n)
{
    size_t at = (size_t)(nm->tab.text.p - nm->tab.text.start);
    out_tab_add(&nm->tab, esc, s, n);
    size_t len = (size_t)(nm->tab.text.p - nm->tab.text.start) - at;
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

emit_names *emit_names_new(const graph *gr, out_escape esc, emit_fields_fn head, emit_fields_fn tail)
{
    emit_names *nm = xcalloc(1, sizeof *nm);
    const gaz *g = graph_gaz(gr);
    size_t rels = rel_count(graph_lexicon(gr));
    nm->gr = gr;
    nm->edges = graph_edge_count(gr) ? graph_edge_at(gr, 0) : NULL;
    nm->esc = esc;
    out_tab_init(&nm->tab);
    nm->goldstein = xmalloc((rels + 1) * sizeof *nm->goldstein);
    for (size_t k = 0; k <= rels; k++) {
        graph_edge probe = {.kind = k ? EDGE_STATED : EDGE_COOCCURRENCE, .relation = (int32_t)k - 1};
        out_tab_add_str(&nm->tab, esc, emit_kind_name(&probe));
        out_tab_add_str(&nm->tab, esc, emit_relation_name(gr, &probe));
        nm->goldstein[k] = graph_edge_goldstein(gr, &probe);
    }
    nm->id = xsparse_calloc(g->n_ents ? g->n_ents : 1, sizeof *nm->id); /* pages only where a node's id goes */
    for (size_t i = 0; i < graph_node_count(gr); i++) {
        const graph_node *n = graph_node_at(gr, i);
        const char *id = g->ents[n->entity].id;
        nm->id[n->entity] = add(nm, esc, id, strlen(id));
    }
    nm->head = head;
    nm->tail = tail;
    if (head)
        make_fields(nm, rels);
    return nm;
}

void emit_names_free(emit_names *nm)
{
    if (!nm)
        return;
    out_tab_free(&nm->tab);
    xsparse_free(nm->id);
    free(nm->goldstein);
    free(nm->fields);
    free(nm);
}

emit_docs *emit_docs_new(const emit_names *nm)
{
    emit_docs *dc = xcalloc(1, sizeof *dc);
    dc->nm = nm;
    /* The tables a thread fills as it meets documents, spread over all
     * their pages, come from big blocks (util.h): a huge page, often one
     * kept from the scan, instead of a fault per 4 KiB page (~90 a thread
     * at 100 MB); the ids' text starts as one whole huge page. */
    out_w_init(&dc->text, NULL, NULL, XBIG_PAGE);
    dc->doc_text_max = EMIT_NAMES_DOC_TEXT;
    size_t slots = 64;
    while (slots < graph_doc_count(nm->gr) && slots < EMIT_NAMES_DOC_SLOTS_MAX)
        slots *= 2;
    dc->doc = xbig_scratch(slots * sizeof *dc->doc);
    dc->doc_mask = slots - 1;
    return dc;
}

void emit_docs_free(emit_docs *dc)
{
    if (!dc)
        return;
    out_w_done(&dc->text);
    xbig_free(dc->doc);
    free(dc);
}

void emit_docs_miss(emit_docs *dc, const graph_evidence *ev)
{
    if ((size_t)(dc->text.p - dc->text.start) >= dc->doc_text_max) {
        dc->text.p = dc->text.start;
        memset(dc->doc, 0, (dc->doc_mask + 1) * sizeof *dc->doc);
    }
    emit_doc_slot *s = &dc->doc[ev->doc & dc->doc_mask];
    size_t n, at = (size_t)(dc->text.p - dc->text.start);
    const char *id = graph_doc_id(dc->nm->gr, ev->doc - 1, &n);
    dc->nm->esc(&dc->text, id, n);
    out_w_room(&dc->text, 64); /* emit_docs_span reads 64 bytes from any entry */
    size_t len = (size_t)(dc->text.p - dc->text.start) - at;
    assert(at <= UINT32_MAX && len <= UINT32_MAX);
    s->id = ev->doc;
    s->text = (emit_span){(uint32_t)at, (uint32_t)len};
}
