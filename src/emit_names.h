/* emit_names.h - the texts edges of a table or GraphML file repeat (their
 * endpoints' ids, kind and relation names, evidence documents), escaped once
 * per file for that file's format instead of once per edge. */
#ifndef ENTGRAPH_EMIT_NAMES_H
#define ENTGRAPH_EMIT_NAMES_H

#include "graph.h"
#include "out.h"

#define EMIT_NAMES_DOC_BITS 12
#define EMIT_NAMES_DOC_MAX (4 << EMIT_NAMES_DOC_BITS)
typedef struct {
    const graph *gr;
    out_escape esc;
    out_tab tab; /* node ids by node index, (kind, relation) pairs, then document ids */
    size_t nodes;
    size_t fixed; /* entries before the document ids */
    /* Evidence documents met so far (graph_evidence.doc, 0: none),
     * direct-mapped, so most edges need neither the graph's id nor its
     * escaping. A miss adds an entry; past EMIT_NAMES_DOC_MAX of them the
     * document entries are dropped and the cache starts over, so the table
     * stays small however many documents give evidence. */
    uint32_t doc[1 << EMIT_NAMES_DOC_BITS];
    size_t doc_entry[1 << EMIT_NAMES_DOC_BITS];
} emit_names;

/* esc: the file's escaper (out_w_tsv, the GraphML one). Can't fail. */
emit_names *emit_names_new(const graph *gr, out_escape esc);
void emit_names_free(emit_names *nm); /* NULL-safe */

/* entity must be a node of the graph (every edge endpoint is). */
void emit_names_id(out_w *w, const emit_names *nm, uint32_t entity);

/* The table entry of an evidence's document id: ev_doc is a graph_evidence.doc
 * of the graph, not 0. Write it with out_w_tab; emit_names_empty tells an
 * empty id. */
size_t emit_names_doc(emit_names *nm, uint32_t ev_doc);
static inline int emit_names_empty(const emit_names *nm, size_t entry)
{
    return nm->tab.off[entry + 1] == nm->tab.off[entry];
}

/* Pair 0 is co-occurrence, pair 1 + r lexicon relation r. */
static inline size_t emit_names_pair(const emit_names *nm, const graph_edge *ed)
{
    return nm->nodes + 2 * (ed->kind == EDGE_STATED ? (size_t)ed->relation + 1 : 0);
}
static inline void emit_names_kind(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    out_w_tab(w, &nm->tab, emit_names_pair(nm, ed));
}
static inline void emit_names_relation(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    out_w_tab(w, &nm->tab, emit_names_pair(nm, ed) + 1);
}

#endif
