/* emit.h - writers of the output formats. Each writes one complete file
 * through out.h (atomic) and returns 0, or -1 with e set. */
#ifndef ENTGRAPH_EMIT_H
#define ENTGRAPH_EMIT_H

#include <stdio.h>

#include "doc.h"
#include "gaz.h"
#include "graph.h"
#include "util.h"

typedef struct {
    const char *layout; /* Graphviz engine for the SVG: sfdp (default) ... */
    size_t top;         /* SVG/DOT: keep the top N nodes by weight (0 = all) */
    int network;        /* 0 all, 1 alliance (cooperation edges), 2 adversary (conflict edges) */
} emit_opts;

/* mentions.tsv is streamed: header once, then each document's rows in input
 * order. The rows are formatted into out (reused, replaced) on a worker;
 * m caches the escaped entity columns of g's entities, shared by all the
 * workers (safe to call emit_mentions_rows on several threads at once). */
typedef struct emit_mentions emit_mentions;
emit_mentions *emit_mentions_new(const gaz *g); /* g must outlive it */
void emit_mentions_free(emit_mentions *m);      /* NULL-safe */
void emit_mentions_header(FILE *fp);
void emit_mentions_rows(buf *out, emit_mentions *m, const doc *d);

int emit_nodes_tsv(const graph *gr, const char *dir, eg_err *e);
int emit_edges_tsv(const graph *gr, const char *dir, int threads, eg_err *e);
/* threads: how many may format the edges at once (>= 1). */
int emit_graphml(const graph *gr, const char *dir, int threads, eg_err *e);
/* graph.graphml and edges.tsv both, their edges from one pass: what an
 * edge's two rows share (its snippet, its score) is looked up once. The
 * files are the two calls' byte for byte; a failure leaves neither. */
int emit_graphml_edges_tsv(const graph *gr, const char *dir, int threads, eg_err *e);
/* graph.dot and/or graph.svg through cgraph/gvc (the only Graphviz user).
 * *cut_nodes tells how many nodes the top-N cut removed. */
int emit_graphviz(const graph *gr, const char *dir, int want_dot, int want_svg,
                  const emit_opts *o, size_t *cut_nodes, eg_err *e);

/* Display helpers shared by the emitters: fill colour by bloc, shape by type. */
const char *emit_bloc_color(const char *bloc); /* "#rrggbb" */
const char *emit_type_shape(const char *type);
void emit_rgb(const char *bloc, int rgb[3]); /* the bloc colour as 0-255 ints */
const char *emit_kind_name(const graph_edge *e);                    /* cooccurrence | stated */
const char *emit_relation_name(const graph *gr, const graph_edge *e); /* "cooccurrence" for those */
const char *emit_num(char out[32], double v);                       /* "%.6g" into out; returns out */
size_t emit_num_len(char out[32], double v); /* the same; returns the length */
const gaz_entity *emit_node_entity(const graph *gr, const graph_node *n);
const char *emit_entity_id(const graph *gr, uint32_t entity);
/* Called at node i of a loop over the graph's n nodes in order (nodes:
 * graph_node_at(gr, 0), g: graph_gaz(gr), read once by the loop): fetches
 * what later nodes' rows read from the gazetteer (entities and their
 * strings, all over it), so they are in cache when those rows are written.
 * Three steps ahead: the entity (far), then its strings and first alias
 * (near), then that alias's text (nearer). */
#define EMIT_NODE_AHEAD 8
static inline void emit_node_ahead(const gaz *g, const graph_node *nodes, size_t n, size_t i)
{
    if (i + 2 * EMIT_NODE_AHEAD < n)
        __builtin_prefetch(&g->ents[nodes[i + 2 * EMIT_NODE_AHEAD].entity]);
    if (i + EMIT_NODE_AHEAD < n) {
        const gaz_entity *e = &g->ents[nodes[i + EMIT_NODE_AHEAD].entity];
        __builtin_prefetch(e->id);
        __builtin_prefetch(e->name);
        __builtin_prefetch(e->note);
        if (e->n_aliases)
            __builtin_prefetch(&g->aliases[e->first_alias]);
    }
    if (i + EMIT_NODE_AHEAD / 2 < n) {
        const gaz_entity *e = &g->ents[nodes[i + EMIT_NODE_AHEAD / 2].entity];
        if (e->n_aliases)
            __builtin_prefetch(g->aliases[e->first_alias].surface);
    }
}

/* Writes dir/name atomically: body fills the stream (returns 0, or -1 with e
 * set, which discards the file). */
typedef int (*emit_body)(FILE *fp, const graph *gr, const void *ctx, eg_err *e);
int emit_write(const char *dir, const char *name, emit_body body, const graph *gr, const void *ctx,
               eg_err *e);

#endif
