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

/* mentions.tsv is streamed: header once, then each document in input order. */
void emit_mentions_header(FILE *fp);
void emit_mentions_doc(FILE *fp, const gaz *g, const doc *d);

int emit_nodes_tsv(const graph *gr, const char *dir, eg_err *e);
int emit_edges_tsv(const graph *gr, const char *dir, eg_err *e);
int emit_graphml(const graph *gr, const char *dir, eg_err *e);
/* graph.dot and/or graph.svg through cgraph/gvc (the only Graphviz user).
 * *cut_nodes tells how many nodes the top-N cut removed. */
int emit_graphviz(const graph *gr, const char *dir, int want_dot, int want_svg,
                  const emit_opts *o, size_t *cut_nodes, eg_err *e);

/* Display helpers shared by the emitters: fill colour by bloc, shape by type. */
const char *emit_bloc_color(const char *bloc); /* "#rrggbb" */
const char *emit_type_shape(const char *type);

#endif
