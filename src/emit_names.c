/* emit_names.c - texts every edge repeats, escaped once per file. The kind
 * and relation names come from emit_kind_name/emit_relation_name on a probe
 * edge per relation, so they stay the one source of those names. */
#include "emit_names.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"

emit_names *emit_names_new(const graph *gr, out_escape esc)
{
    emit_names *nm = xcalloc(1, sizeof *nm);
    size_t rels = rel_count(graph_lexicon(gr));
    nm->gr = gr;
    nm->esc = esc;
    nm->nodes = graph_node_count(gr);
    out_tab_init(&nm->tab);
    for (size_t i = 0; i < nm->nodes; i++)
        out_tab_add_str(&nm->tab, esc, emit_node_entity(gr, graph_node_at(gr, i))->id);
    for (size_t k = 0; k <= rels; k++) {
        graph_edge probe = {.kind = k ? EDGE_STATED : EDGE_COOCCURRENCE, .relation = (int32_t)k - 1};
        out_tab_add_str(&nm->tab, esc, emit_kind_name(&probe));
        out_tab_add_str(&nm->tab, esc, emit_relation_name(gr, &probe));
    }
    nm->fixed = nm->tab.n;
    return nm;
}

void emit_names_free(emit_names *nm)
{
    if (!nm)
        return;
    out_tab_free(&nm->tab);
    free(nm);
}

void emit_names_id(out_w *w, const emit_names *nm, uint32_t entity)
{
    long i = graph_node_find(nm->gr, entity);
    assert(i >= 0);
    out_w_tab(w, &nm->tab, (size_t)i);
}

size_t emit_names_doc(emit_names *nm, uint32_t ev_doc)
{
    assert(ev_doc > 0);
    size_t h = (size_t)(((uint64_t)ev_doc * 0x9E3779B97F4A7C15u) >> (64 - EMIT_NAMES_DOC_BITS));
    if (nm->doc[h] != ev_doc) {
        if (nm->tab.n - nm->fixed >= EMIT_NAMES_DOC_MAX) {
            nm->tab.n = nm->fixed;
            nm->tab.text.p = nm->tab.text.start + nm->tab.off[nm->fixed];
            memset(nm->doc, 0, sizeof nm->doc);
        }
        nm->doc[h] = ev_doc;
        nm->doc_entry[h] = nm->tab.n;
        out_tab_add_str(&nm->tab, nm->esc, graph_doc_id(nm->gr, ev_doc - 1));
    }
    return nm->doc_entry[h];
}
