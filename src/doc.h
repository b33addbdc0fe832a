/* doc.h - one document as it flows through the pipeline, and its mentions.
 * A worker fills a doc_result from the input bytes; the graph consumes it. */
#ifndef ENTGRAPH_DOC_H
#define ENTGRAPH_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "norm.h"
#include "seg.h"
#include "util.h"

typedef struct {
    uint32_t start, end;   /* original input bytes [start,end) */
    uint32_t nstart, nend; /* normalised text [nstart,nend) */
    uint32_t entity;       /* gazetteer entity index */
    uint32_t alias;        /* gazetteer alias index that matched */
    uint32_t sentence;     /* index into the document's sentences */
    uint32_t token;        /* index of the word the mention starts at */
} mention;

typedef struct {
    mention *v;
    size_t n, cap;
} mention_list;

/* A stated relation found in a sentence (filled by the relations stage). */
typedef struct {
    uint32_t a, b;          /* entity indexes: a acts on b (or symmetric) */
    uint32_t relation;      /* index into the relation lexicon */
    uint32_t sentence;
    uint32_t trig_start, trig_end; /* original bytes of the trigger */
    int8_t negated;         /* 1: "did not", "no", "refrained from" */
    int8_t hypothetical;    /* 1: could, would, may ... */
    int8_t symmetric;       /* its relation's direction is "sym" (a copy: the graph reads the lexicon's) */
} stated_rel;

typedef struct {
    stated_rel *v;
    size_t n, cap;
} rel_list;

typedef struct {
    const char *path;      /* doc id, as DESIGN.md says (borrowed) */
    uint32_t ordinal;      /* position in the input list: evidence ties go to the earliest */
    const char *bytes;     /* original input bytes (borrowed) */
    size_t len;
    norm_text nt;
    seg_list sents;
    uint32_t *sent_orig;   /* per sentence: original [start,end) pairs, 2 entries each; NULL (the pipeline's
                            * documents): the graph maps the sentences it needs through nt */
    size_t sent_orig_cap;
    mention_list mentions; /* in text order */
    rel_list rels;
    buf rows;              /* output rows formatted on the worker (mentions.tsv), written in order */
} doc;

void doc_free(doc *d); /* frees owned buffers; the struct may be reused */

#endif
