/* graph.c - builds the network from documents: nodes per entity seen,
 * co-occurrence edges per window, stated edges per lexicon relation, each
 * with counts and the shortest evidence sentence.
 *
 * Counting rules (the outputs' meaning depends on them):
 *  - sentence / paragraph / document windows: each unordered pair of distinct
 *    entities counts once per window instance, however often either repeats;
 *  - N-token windows: each pair of mentions of distinct entities whose token
 *    indexes differ by at most N counts once (so repeated close mentions add up);
 *  - stated edges: one count per statement; negated statements go to
 *    `negated` only, hypothetical ones count in `weight` and in `hypothetical`;
 *  - documents = distinct documents with at least one count (or negation);
 *  - score = Dice coefficient on document sets: 2*docs(ab) / (docs(a)+docs(b)).
 * Evidence: sentence windows and statements use the sentence itself; wider
 * windows use the sentence of the later of the two entities' first mentions
 * in the window; token windows the sentence of the later mention. The
 * shortest candidate sentence (original bytes) wins, the first on ties. */
#include "graph.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

#define SNIPPET_MAX 300
#define NO_NODE UINT32_MAX

struct graph {
    const gaz *g;
    const rel_lexicon *lx;
    graph_opts o;
    graph_node *nodes;
    size_t n_nodes, cap_nodes;
    uint32_t *node_of; /* entity index -> node index, NO_NODE if unseen */
    graph_edge *edges;
    size_t n_edges, cap_edges;
    strmap *edge_ix; /* packed (a, b, kind, relation) -> edge index */
    char **docs;     /* document ids, in input order; evidence points here */
    size_t n_docs, cap_docs;
    uint32_t *scratch; /* per window: distinct entities, then their sentences */
    size_t cap_scratch;
    int finished;
};

graph *graph_new(const gaz *g, const rel_lexicon *lx, const graph_opts *o)
{
    graph *gr = xcalloc(1, sizeof *gr);
    gr->g = g;
    gr->lx = lx;
    if (o)
        gr->o = *o;
    gr->node_of = xmalloc((g->n_ents ? g->n_ents : 1) * sizeof *gr->node_of);
    for (size_t i = 0; i < g->n_ents; i++)
        gr->node_of[i] = NO_NODE;
    gr->edge_ix = strmap_new();
    return gr;
}

void graph_free(graph *gr)
{
    if (!gr)
        return;
    for (size_t i = 0; i < gr->n_edges; i++)
        free(gr->edges[i].best.snippet);
    for (size_t i = 0; i < gr->n_docs; i++)
        free(gr->docs[i]);
    free(gr->docs);
    free(gr->edges);
    free(gr->nodes);
    free(gr->node_of);
    free(gr->scratch);
    strmap_free(gr->edge_ix);
    free(gr);
}

/* ---- evidence snippets ---- */

/* The sentence's original bytes with whitespace runs collapsed to one space,
 * invalid UTF-8 replaced by U+FFFD, cut at a character boundary near
 * SNIPPET_MAX bytes with "..." appended. Always valid UTF-8. */
static char *make_snippet(const char *text, size_t n)
{
    /* The limit is checked before each character: at most SNIPPET_MAX - 1
     * bytes, a space, one 4-byte character, "..." and the NUL. */
    char *out = xmalloc(SNIPPET_MAX + 8);
    const unsigned char *s = (const unsigned char *)text;
    size_t len = 0, i = 0;
    int space = 0;
    while (i < n && len < SNIPPET_MAX) {
        unsigned char c = s[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            space = len > 0;
            i++;
            continue;
        }
        if (space)
            out[len++] = ' ';
        space = 0;
        if (c < 0x80) {
            out[len++] = (char)c;
            i++;
            continue;
        }
        size_t k = eg_utf8_len(s + i, n - i);
        if (k == 0) {
            memcpy(out + len, "\xEF\xBF\xBD", 3);
            len += 3;
            i++;
        } else {
            memcpy(out + len, s + i, k);
            len += k;
            i += k;
        }
    }
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i < n) {
        memcpy(out + len, "...", 3);
        len += 3;
    }
    out[len] = '\0';
    return len + 1 < SNIPPET_MAX / 2 ? xrealloc(out, len + 1) : out; /* most sentences are short */
}

/* Original byte span of sentence s of d. */
static void sentence_span(const doc *d, uint32_t s, uint32_t *start, uint32_t *end)
{
    if (d->sent_orig) {
        *start = d->sent_orig[2 * (size_t)s];
        *end = d->sent_orig[2 * (size_t)s + 1];
    } else if (d->nt.map && s < d->sents.n) {
        *start = norm_orig(&d->nt, d->sents.v[s].start);
        *end = norm_orig(&d->nt, d->sents.v[s].end);
    } else {
        *start = *end = 0;
    }
    if (*end > d->len)
        *end = (uint32_t)d->len;
    if (*start > *end)
        *start = *end;
}

static void offer_evidence(graph *gr, graph_edge *e, const doc *d, uint32_t s)
{
    uint32_t start, end;
    sentence_span(d, s, &start, &end);
    graph_evidence *b = &e->best;
    if (b->doc && end - start >= b->end - b->start)
        return;
    free(b->snippet);
    b->doc = gr->docs[gr->n_docs - 1];
    b->sentence = s;
    b->start = start;
    b->end = end;
    b->snippet = make_snippet(d->bytes + start, end - start);
}

/* ---- nodes and edges ---- */

static graph_node *node_for(graph *gr, uint32_t entity)
{
    assert(entity < gr->g->n_ents);
    if (gr->node_of[entity] == NO_NODE) {
        XGROW(gr->nodes, gr->cap_nodes, gr->n_nodes + 1);
        graph_node *n = &gr->nodes[gr->n_nodes];
        memset(n, 0, sizeof *n);
        n->entity = entity;
        gr->node_of[entity] = (uint32_t)gr->n_nodes++;
    }
    return &gr->nodes[gr->node_of[entity]];
}

static graph_edge *edge_for(graph *gr, uint32_t a, uint32_t b, int kind, int32_t relation)
{
    uint32_t key[4] = {a, b, (uint32_t)kind, (uint32_t)relation};
    uint32_t ix;
    if (strmap_get(gr->edge_ix, (const char *)key, sizeof key, &ix))
        return &gr->edges[ix];
    XGROW(gr->edges, gr->cap_edges, gr->n_edges + 1);
    graph_edge *e = &gr->edges[gr->n_edges];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    e->kind = (uint8_t)kind;
    e->relation = relation;
    strmap_put(gr->edge_ix, (const char *)key, sizeof key, (uint32_t)gr->n_edges++);
    return e;
}

static void touch_doc(graph_edge *e, uint32_t tag)
{
    if (e->last_doc != tag) {
        e->last_doc = tag;
        e->documents++;
    }
}

static void count_cooc(graph *gr, const doc *d, uint32_t x, uint32_t y, uint32_t sentence)
{
    graph_edge *e = edge_for(gr, x < y ? x : y, x < y ? y : x, EDGE_COOCCURRENCE, -1);
    e->weight++;
    e->evidence_count++;
    touch_doc(e, (uint32_t)gr->n_docs);
    offer_evidence(gr, e, d, sentence);
}

static uint32_t window_of(const graph *gr, const doc *d, const mention *m)
{
    switch (gr->o.window) {
    case WINDOW_SENTENCE: return m->sentence;
    case WINDOW_PARAGRAPH: return m->sentence < d->sents.n ? d->sents.v[m->sentence].para : 0;
    default: return 0;
    }
}

/* One window instance: mentions [lo,hi). Pairs of distinct entities, each
 * once; scratch holds the distinct entities and the sentence of each one's
 * first mention (so the later of the two is the evidence). */
static void window_pairs(graph *gr, const doc *d, size_t lo, size_t hi)
{
    XGROW(gr->scratch, gr->cap_scratch, 2 * (hi - lo));
    uint32_t *ents = gr->scratch, *sent = gr->scratch + (hi - lo);
    size_t k = 0;
    for (size_t i = lo; i < hi; i++) {
        const mention *m = &d->mentions.v[i];
        size_t j = 0;
        while (j < k && ents[j] != m->entity)
            j++; /* windows hold few distinct entities; a linear check is cheapest */
        if (j == k) {
            ents[k] = m->entity;
            sent[k++] = m->sentence;
        }
    }
    for (size_t i = 0; i < k; i++)
        for (size_t j = i + 1; j < k; j++)
            count_cooc(gr, d, ents[i], ents[j], sent[j] > sent[i] ? sent[j] : sent[i]);
}

static void add_cooccurrences(graph *gr, const doc *d)
{
    const mention *m = d->mentions.v;
    size_t n = d->mentions.n;
    if (gr->o.window == WINDOW_TOKENS) {
        for (size_t j = 1; j < n; j++)
            for (size_t i = j; i-- > 0 && m[j].token - m[i].token <= gr->o.window_tokens;)
                if (m[i].entity != m[j].entity)
                    count_cooc(gr, d, m[i].entity, m[j].entity, m[j].sentence);
        return;
    }
    size_t lo = 0;
    for (size_t i = 1; i <= n; i++)
        if (i == n || window_of(gr, d, &m[i]) != window_of(gr, d, &m[lo])) {
            window_pairs(gr, d, lo, i);
            lo = i;
        }
}

static void add_stated(graph *gr, const doc *d)
{
    size_t nrel = gr->lx ? rel_count(gr->lx) : 0;
    for (size_t i = 0; i < d->rels.n; i++) {
        const stated_rel *r = &d->rels.v[i];
        if (r->relation >= nrel || r->a == r->b)
            continue;
        const rel_type *t = rel_get(gr->lx, r->relation);
        int sym = r->symmetric || t->symmetric;
        uint32_t a = r->a, b = r->b;
        if (sym && a > b)
            a = r->b, b = r->a;
        graph_edge *e = edge_for(gr, a, b, EDGE_STATED, (int32_t)r->relation);
        e->directed = (uint8_t)!sym;
        e->polarity = (int8_t)t->polarity;
        e->quadclass = (uint8_t)t->quadclass;
        e->goldstein = t->goldstein;
        if (r->negated)
            e->negated++;
        else
            e->weight++;
        if (r->hypothetical && !r->negated)
            e->hypothetical++;
        e->evidence_count++; /* a negation is evidence too: it was said */
        touch_doc(e, (uint32_t)gr->n_docs);
        offer_evidence(gr, e, d, r->sentence);
    }
}

void graph_add_doc(graph *gr, const doc *d)
{
    assert(!gr->finished);
    XGROW(gr->docs, gr->cap_docs, gr->n_docs + 1);
    gr->docs[gr->n_docs++] = xstrdup(d->path ? d->path : "-");
    uint32_t tag = (uint32_t)gr->n_docs; /* 1 + document index: last_doc marks */
    for (size_t i = 0; i < d->mentions.n; i++) {
        graph_node *n = node_for(gr, d->mentions.v[i].entity);
        n->mentions++;
        if (n->last_doc != tag) {
            n->last_doc = tag;
            n->documents++;
        }
    }
    add_cooccurrences(gr, d);
    add_stated(gr, d);
}

/* ---- finishing ---- */

static const gaz *sort_gaz; /* qsort has no context argument in C11 */
static const rel_lexicon *sort_lx;

static int cmp_node(const void *x, const void *y)
{
    const graph_node *a = x, *b = y;
    return strcmp(sort_gaz->ents[a->entity].id, sort_gaz->ents[b->entity].id);
}

static const char *relation_name(const graph_edge *e)
{
    return e->kind == EDGE_STATED ? rel_get(sort_lx, (uint32_t)e->relation)->name : "";
}

static int cmp_edge(const void *x, const void *y)
{
    const graph_edge *a = x, *b = y;
    int c = strcmp(sort_gaz->ents[a->a].id, sort_gaz->ents[b->a].id);
    if (!c)
        c = strcmp(sort_gaz->ents[a->b].id, sort_gaz->ents[b->b].id);
    if (!c)
        c = (int)a->kind - (int)b->kind;
    if (!c)
        c = strcmp(relation_name(a), relation_name(b));
    if (!c) /* same name from two lexicon rows: keep a fixed order anyway */
        c = (a->relation > b->relation) - (a->relation < b->relation);
    return c;
}

void graph_finish(graph *gr)
{
    assert(!gr->finished);
    gr->finished = 1;
    strmap_free(gr->edge_ix); /* edges move below; lookups are over */
    gr->edge_ix = NULL;

    size_t kept = 0;
    for (size_t i = 0; i < gr->n_edges; i++) {
        graph_edge *e = &gr->edges[i];
        if (e->kind == EDGE_COOCCURRENCE && e->weight < gr->o.min_weight) {
            free(e->best.snippet);
            continue;
        }
        gr->edges[kept++] = *e;
    }
    gr->n_edges = kept;

    for (size_t i = 0; i < gr->n_edges; i++) {
        graph_edge *e = &gr->edges[i];
        if (!e->directed && strcmp(gr->g->ents[e->a].id, gr->g->ents[e->b].id) > 0) {
            uint32_t t = e->a; /* undirected: source is the smaller id in every output */
            e->a = e->b;
            e->b = t;
        }
        graph_node *na = &gr->nodes[gr->node_of[e->a]], *nb = &gr->nodes[gr->node_of[e->b]];
        uint32_t sum = na->documents + nb->documents;
        e->score = sum ? 2.0 * e->documents / sum : 0.0;
        na->weight += e->weight;
        nb->weight += e->weight;
    }

    sort_gaz = gr->g;
    sort_lx = gr->lx;
    if (gr->n_nodes)
        qsort(gr->nodes, gr->n_nodes, sizeof *gr->nodes, cmp_node);
    if (gr->n_edges)
        qsort(gr->edges, gr->n_edges, sizeof *gr->edges, cmp_edge);
    for (size_t i = 0; i < gr->n_nodes; i++)
        gr->node_of[gr->nodes[i].entity] = (uint32_t)i;
}

size_t graph_node_count(const graph *gr) { return gr->n_nodes; }
const graph_node *graph_node_at(const graph *gr, size_t i) { return &gr->nodes[i]; }
size_t graph_edge_count(const graph *gr) { return gr->n_edges; }
const graph_edge *graph_edge_at(const graph *gr, size_t i) { return &gr->edges[i]; }
size_t graph_doc_count(const graph *gr) { return gr->n_docs; }
const gaz *graph_gaz(const graph *gr) { return gr->g; }
const rel_lexicon *graph_lexicon(const graph *gr) { return gr->lx; }

long graph_node_find(const graph *gr, uint32_t entity)
{
    if (entity >= gr->g->n_ents || gr->node_of[entity] == NO_NODE)
        return -1;
    return (long)gr->node_of[entity];
}
