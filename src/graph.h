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
#include <string.h>

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
    uint32_t doc;        /* 1 + the document's index (graph_evidence_doc); 0: no evidence yet */
    uint32_t start, end; /* original bytes of the sentence */
    uint32_t snippet;    /* the sentence text in the graph's snippet store (graph_evidence_snippet); 0: none */
} graph_evidence;

/* A snippet: the sentence text, whitespace collapsed, at most ~310 bytes,
 * NUL-terminated. plain: TSV and XML escaping leave it as it is (graph.c:
 * snippet_plain). */
typedef struct {
    const char *text; /* NULL: no evidence */
    uint32_t len;
    int plain;
} graph_snippet;

typedef struct {
    uint32_t entity;    /* gazetteer entity index */
    uint32_t mentions;  /* mention count */
    uint32_t documents; /* distinct documents */
    uint32_t last_doc;  /* internal: 1 + last document index counted */
    double weight;      /* sum of incident edge weights (for ranking); internal until graph_finish */
    uint64_t id_head;   /* internal, once sealed: the id's first 8 bytes as a big-endian number */
} graph_node;

/* 48 bytes: edges are counted in hash order, sorted and merged by the
 * hundred thousand, so their size is memory traffic, and their pages are
 * fresh memory (costly here: the kernel zeroes each). What follows from the
 * relation (goldstein), from the other counts (evidence count) or from the
 * nodes (score) is computed by the functions below; while counting, the
 * top bit of documents marks an edge counted in the current document
 * (graph.c: touch_doc). */
typedef struct {
    uint32_t a, b;    /* entity indexes; after graph_finish id(a) < id(b) unless directed (then a acts on b) */
    int32_t relation; /* relation lexicon index, -1 for co-occurrence */
    uint8_t kind;     /* enum graph_edge_kind */
    uint8_t directed;
    int8_t polarity;                /* -1 conflict, 0 co-occurrence, +1 cooperation */
    uint8_t quadclass;              /* 0 for co-occurrence */
    uint32_t weight;                /* occurrences (windows or statements) */
    uint32_t documents;             /* distinct documents */
    uint32_t negated, hypothetical; /* statements marked so */
    graph_evidence best;            /* strongest evidence: shortest sentence, first seen on ties */
} graph_edge;

/* Occurrences and negated statements: every one is evidence. */
static inline uint64_t graph_edge_evidence_count(const graph_edge *e)
{
    return (uint64_t)e->weight + e->negated;
}

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
double graph_edge_score(const graph *gr, const graph_edge *e);
/* The same from the counts: documents(ab) and documents(a) + documents(b). */
static inline double graph_dice(uint32_t documents, uint64_t pair_docs)
{
    return pair_docs ? 2.0 * documents / (double)pair_docs : 0.0;
}

/* The snippet store: records of a 16-bit header (the length, bit 15 the
 * plain flag), the text and a NUL, each at a multiple of
 * GRAPH_SNIPPET_UNIT bytes in one of the store's blocks (one 2 MiB unit
 * each). graph_evidence.snippet is 1 + (block << GRAPH_SNIPPET_BLOCK_BITS
 * | unit): a 32-bit reference instead of a pointer keeps graph_edge at 48
 * bytes, and addresses 32 GiB of snippets. */
#define GRAPH_SNIPPET_UNIT 8
#define GRAPH_SNIPPET_BLOCK_BITS 18
/* Bytes readable from a snippet's text on, whatever its length: the
 * store's room for a record (slack past a short one), for fixed-size
 * copies. */
#define GRAPH_SNIPPET_READABLE 320

/* The store's block table, for graph_snippet_in in a loop over edges;
 * valid until the graph is freed or changed. */
char *const *graph_snippet_blocks(const graph *gr);

/* The first byte of the record of reference ref (not 0): for a prefetch. */
static inline const char *graph_snippet_record(char *const *blocks, uint32_t ref)
{
    uint32_t r = ref - 1;
    return blocks[r >> GRAPH_SNIPPET_BLOCK_BITS] +
           (size_t)(r & ((1u << GRAPH_SNIPPET_BLOCK_BITS) - 1)) * GRAPH_SNIPPET_UNIT;
}

/* The snippet of reference ref in the store of blocks (graph_snippet_blocks);
 * {NULL, 0, 1} for 0. */
static inline graph_snippet graph_snippet_in(char *const *blocks, uint32_t ref)
{
    if (!ref)
        return (graph_snippet){NULL, 0, 1};
    const char *r = graph_snippet_record(blocks, ref);
    uint16_t head;
    memcpy(&head, r, sizeof head);
    return (graph_snippet){r + sizeof head, head & 0x7FFFu, head >> 15};
}

/* The evidence's snippet, owned by the graph; {NULL, 0, 1} if none. */
graph_snippet graph_evidence_snippet(const graph *gr, const graph_evidence *ev);

#endif
