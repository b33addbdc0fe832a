/* graph.h - the in-memory network: nodes are entities seen, edges are
 * co-occurrences within a window (undirected) or stated relations (typed,
 * signed, directed or symmetric), each with counts and its best evidence.
 *
 * Documents are added in input order (graph_add_doc), or to partial graphs
 * merged with graph_merge; graph_finish sorts, scores and filters once, so
 * every result is deterministic. */
#ifndef ENTGRAPH_GRAPH_H
#define ENTGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "gaz.h"
#include "rel.h"

enum graph_window { WINDOW_SENTENCE, WINDOW_PARAGRAPH, WINDOW_DOCUMENT, WINDOW_TOKENS };
enum graph_edge_kind { EDGE_COOCCURRENCE = 0, EDGE_STATED = 1 };

typedef struct {
    enum graph_window window;
    uint32_t window_tokens; /* for WINDOW_TOKENS */
    uint32_t min_weight;    /* drop co-occurrence edges with weight below this */
} graph_opts;

/* The evidence of an edge: a sentence of one document. */
typedef struct {
    char *snippet;        /* the sentence text, whitespace collapsed, at most ~300 bytes */
    uint32_t doc;         /* 1 + the document's index (graph_evidence_doc); 0: no evidence yet */
    uint32_t start, end;  /* original bytes of the sentence */
    uint16_t snippet_len; /* strlen(snippet), at most ~310 */
    uint16_t snippet_plain; /* 1: TSV and XML escaping leave the snippet as it is (graph.c: snippet_plain) */
} graph_evidence;

typedef struct {
    uint32_t entity;    /* gazetteer entity index */
    uint32_t mentions;  /* mention count */
    uint32_t documents; /* distinct documents */
    uint32_t last_doc;  /* internal: 1 + last document index counted */
    double weight;      /* sum of incident edge weights (for ranking) */
    uint64_t id_head;   /* internal, once sealed: the id's first 8 bytes as a big-endian number */
} graph_node;

/* 64 bytes: edges are counted in hash order, sorted and merged by the
 * hundred thousand, so their size is memory traffic. What follows from the
 * relation (goldstein) or from a few counts (score) is computed by the
 * functions below. */
typedef struct {
    uint32_t a, b;       /* entity indexes; after graph_finish id(a) < id(b) unless directed (then a acts on b) */
    int32_t relation;    /* relation lexicon index, -1 for co-occurrence */
    uint8_t kind;        /* enum graph_edge_kind */
    uint8_t directed;
    int8_t polarity;     /* -1 conflict, 0 co-occurrence, +1 cooperation */
    uint8_t quadclass;   /* 0 for co-occurrence */
    uint32_t weight;     /* occurrences (windows or statements) */
    uint32_t documents;  /* distinct documents */
    uint32_t evidence_count;
    union {
        uint32_t last_doc;  /* internal, while counting */
        uint32_t pair_docs; /* after graph_finish: documents(a) + documents(b), see graph_edge_score */
    };
    uint32_t negated, hypothetical; /* statements marked so */
    graph_evidence best; /* strongest evidence: shortest sentence, first seen on ties */
} graph_edge;

typedef struct graph graph;

graph *graph_new(const gaz *g, const rel_lexicon *lx, const graph_opts *o);
void graph_free(graph *gr); /* NULL-safe */
/* From here on the graph keeps the documents' paths (doc.path) as they are
 * instead of copies: for paths that outlive it (the input list's), which
 * spares a copy of every path (12 MB of fresh memory on 1 GB of text). A
 * graph merged into another lends it its ids as they are. */
void graph_borrow_paths(graph *gr);
void graph_add_doc(graph *gr, const doc *d);
/* Puts a graph in output order (nodes by id, edges as graph_finish says);
 * no document can be added after. graph_merge and graph_finish seal what is
 * not sealed yet; a worker seals its partial graph on its own thread, so
 * the sorting is spread over the threads. Call again: no effect. */
void graph_seal(graph *gr);
/* Adds everything src counted to dst and frees src: worker threads each
 * build a partial graph over their share of the documents (each document
 * in one partial, added in ordinal order), merged before graph_finish. The
 * result does not depend on which worker took which document. Both are
 * sealed, so the merge is one linear pass; dst stays sealed. */
void graph_merge(graph *dst, graph *src);
/* Seals (nodes by entity id, edges by (a id, b id, kind, relation name)),
 * computes scores and node weights, applies min_weight. Call once. */
void graph_finish(graph *gr);

size_t graph_node_count(const graph *gr);
const graph_node *graph_node_at(const graph *gr, size_t i);
/* Node index of a gazetteer entity, or -1 if it was never mentioned. */
long graph_node_find(const graph *gr, uint32_t entity);
size_t graph_edge_count(const graph *gr);
/* The edges are one array: edge i is graph_edge_at(gr, 0) + i. */
const graph_edge *graph_edge_at(const graph *gr, size_t i);
size_t graph_doc_count(const graph *gr);
const gaz *graph_gaz(const graph *gr);
const rel_lexicon *graph_lexicon(const graph *gr);
/* The id (path) of document i (< graph_doc_count), owned by the graph;
 * its length goes to *len unless len is NULL. */
const char *graph_doc_id(const graph *gr, size_t i, size_t *len);
/* The id of the evidence's document (graph_doc_id(ev->doc - 1)); NULL if
 * the edge has no evidence. */
const char *graph_evidence_doc(const graph *gr, const graph_evidence *ev);
/* Goldstein value of a stated edge's relation; 0 for co-occurrence. */
double graph_edge_goldstein(const graph *gr, const graph_edge *e);
/* Association after graph_finish: the Dice coefficient on the document
 * sets of a and b, 2*documents(ab) / (documents(a) + documents(b)). */
static inline double graph_edge_score(const graph_edge *e)
{
    return e->pair_docs ? 2.0 * e->documents / e->pair_docs : 0.0;
}

#endif
