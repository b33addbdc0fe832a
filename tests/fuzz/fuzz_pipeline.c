/* fuzz_pipeline.c - libFuzzer target for the whole per-document pipeline
 * (normalise, segment, match, resolve, stated relations: pipe_doc) with a
 * fixed gazetteer and relation lexicon, followed by the graph built from the
 * one document. Mentions must map back to the input bytes, never overlap,
 * point at real sentences and aliases of their entity; relations must link
 * known entities inside one sentence; the graph must only hold them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "fuzz.h"
#include "gaz.h"
#include "graph.h"
#include "match.h"
#include "pipeline.h"
#include "rel.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static gaz fz_pipe_g;
static rel_lexicon *fz_pipe_lx;
static matcher *fz_pipe_m;
static pipe_scratch *fz_pipe_s;
static doc fz_pipe_d;

static void fz_pipe_load(const char *text, int lexicon)
{
    char *path = fz_temp_file(text, strlen(text));
    eg_err e = {{0}};
    FZ_CHECK(path != NULL);
    int rc = lexicon ? rel_load(&fz_pipe_lx, path, &e) : gaz_load(&fz_pipe_g, path, &e);
    if (rc != 0) {
        fprintf(stderr, "fuzz pipeline setup: %s\n", e.msg);
        abort();
    }
    unlink(path);
    free(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (fz_pipe_m)
        return 0;
    fz_pipe_load(fz_gazetteer(), 0);
    fz_pipe_load(fz_relations(), 1);
    FZ_CHECK(rel_count(fz_pipe_lx) > 0);
    fz_pipe_m = match_new(&fz_pipe_g);
    fz_pipe_s = pipe_scratch_new();
    return 0;
}

static void fz_pipe_check(const doc *d)
{
    const gaz *g = &fz_pipe_g;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const mention *m = &d->mentions.v[i];
        FZ_CHECK(m->start < m->end && m->end <= d->len);
        FZ_CHECK(m->nstart < m->nend && m->nend <= d->nt.len);
        FZ_CHECK(norm_orig(&d->nt, m->nstart) == m->start && norm_orig(&d->nt, m->nend) == m->end);
        FZ_CHECK(m->entity < g->n_ents && m->alias < g->n_aliases);
        FZ_CHECK(g->aliases[m->alias].entity == m->entity || g->aliases[m->alias].short_form);
        FZ_CHECK(m->sentence < d->sents.n);
        const seg_sentence *s = &d->sents.v[m->sentence];
        /* a name may wrap across a line break that the segmenter took as a
         * headline end ("KIM JONG\nUN"): only its start is sure to be inside */
        FZ_CHECK(s->start <= m->nstart && m->nstart < s->end);
        if (i > 0) {
            const mention *p = &d->mentions.v[i - 1];
            FZ_CHECK(p->nend <= m->nstart && p->sentence <= m->sentence && p->token <= m->token);
        }
    }
    for (size_t i = 0; i < d->rels.n; i++) {
        const stated_rel *r = &d->rels.v[i];
        FZ_CHECK(r->a < g->n_ents && r->b < g->n_ents && r->a != r->b);
        FZ_CHECK(r->relation < rel_count(fz_pipe_lx));
        FZ_CHECK(r->sentence < d->sents.n);
        FZ_CHECK(r->trig_start < r->trig_end && r->trig_end <= d->len);
        const seg_sentence *s = &d->sents.v[r->sentence];
        FZ_CHECK(norm_orig(&d->nt, s->start) <= r->trig_start && r->trig_end <= norm_orig(&d->nt, s->end));
    }
}

static void fz_pipe_graph(const doc *d)
{
    graph_opts o = {.window = WINDOW_SENTENCE};
    graph *gr = graph_new(&fz_pipe_g, fz_pipe_lx, &o);
    graph_add_doc(gr, d);
    graph_finish(gr);
    FZ_CHECK(graph_doc_count(gr) == 1);
    for (size_t i = 0; i < graph_node_count(gr); i++) {
        const graph_node *n = graph_node_at(gr, i);
        FZ_CHECK(n->entity < fz_pipe_g.n_ents && n->mentions >= 1 && n->mentions <= d->mentions.n);
        FZ_CHECK(graph_node_find(gr, n->entity) == (long)i);
    }
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *e = graph_edge_at(gr, i);
        FZ_CHECK(graph_node_find(gr, e->a) >= 0 && graph_node_find(gr, e->b) >= 0);
        FZ_CHECK(e->weight + e->negated >= 1 && e->documents == 1); /* negated-only edges have weight 0 */
        FZ_CHECK(graph_evidence_snippet(gr, &e->best).text != NULL && e->best.end <= d->len);
    }
    graph_free(gr);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fz_pipe_m)
        LLVMFuzzerInitialize(NULL, NULL);
    pipe_config c = {.g = &fz_pipe_g, .m = fz_pipe_m, .lx = fz_pipe_lx, .threads = 1};
    doc *d = &fz_pipe_d;
    d->path = "fuzz";
    d->bytes = (const char *)data;
    d->len = size;
    pipe_doc(&c, fz_pipe_s, d);
    fz_pipe_check(d);
    fz_pipe_graph(d);
    return 0;
}
